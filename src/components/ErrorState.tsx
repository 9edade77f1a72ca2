import type { ReactNode } from 'react';
import { Button } from './Button';

type ErrorStateProps = {
  title?: string;
  message: string;
  onRetry?: () => void;
  isRetrying?: boolean;
  action?: ReactNode;
};

export function ErrorState({ title = 'Something went wrong', message, onRetry, isRetrying, action }: ErrorStateProps) {
  return (
    <section className="state state--error" role="alert">
      <div className="state__icon" aria-hidden="true">
        !
      </div>
      <h2 className="state__title">{title}</h2>
      <p className="state__text">{message}</p>
      {onRetry || action ? (
        <div className="state__actions">
          {onRetry ? (
            <Button variant="secondary" onClick={onRetry} isLoading={isRetrying}>
              Try again
            </Button>
          ) : null}
          {action}
        </div>
      ) : null}
    </section>
  );
}
