import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; description?: ReactNode; action?: ReactNode; icon?: ReactNode };

export function EmptyState({ title, description, action, icon }: EmptyStateProps) {
  return (
    <section className="state state--empty" aria-label={title}>
      <div className="state__icon" aria-hidden="true">
        {icon ?? '○'}
      </div>
      <h2 className="state__title">{title}</h2>
      {description ? <div className="state__text">{description}</div> : null}
      {action ? <div className="state__actions">{action}</div> : null}
    </section>
  );
}
