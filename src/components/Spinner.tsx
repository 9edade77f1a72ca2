type SpinnerProps = { size?: 'sm' | 'md' | 'lg'; className?: string };

/** Decorative spinner; pair it with visible or visually-hidden text. */
export function Spinner({ size = 'md', className }: SpinnerProps) {
  return <span className={['spinner', `spinner--${size}`, className].filter(Boolean).join(' ')} aria-hidden="true" />;
}
