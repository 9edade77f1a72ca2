import { Spinner } from './Spinner';

type LoadingStateProps = { label?: string; fullPage?: boolean };

export function LoadingState({ label = 'Loading…', fullPage = false }: LoadingStateProps) {
  return (
    <div className={fullPage ? 'state state--full' : 'state'} role="status" aria-live="polite">
      <Spinner size="lg" />
      <p className="state__text">{label}</p>
    </div>
  );
}
