import type { ReactNode } from 'react';

type AuthCardProps = { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode };

export function AuthCard({ title, subtitle, children, footer }: AuthCardProps) {
  return (
    <div className="auth-page">
      <section className="card auth-card">
        <header className="auth-card__header">
          <h1 tabIndex={-1}>{title}</h1>
          {subtitle ? <p className="muted">{subtitle}</p> : null}
        </header>
        {children}
        {footer ? <footer className="auth-card__footer">{footer}</footer> : null}
      </section>
    </div>
  );
}
