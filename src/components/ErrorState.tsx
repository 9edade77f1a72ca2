import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

type ErrorStateProps = {
  title?: string;
  message: string;
  onRetry?: () => void;
  isRetrying?: boolean;
  action?: ReactNode;
};

export function ErrorState({ title, message, onRetry, isRetrying, action }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <section className="state state--error" role="alert">
      <div className="state__icon" aria-hidden="true">
        !
      </div>
      <h2 className="state__title">{title ?? t('states.error')}</h2>
      <p className="state__text">{message}</p>
      {onRetry || action ? (
        <div className="state__actions">
          {onRetry ? (
            <Button variant="secondary" onClick={onRetry} isLoading={isRetrying}>
              {t('states.tryAgain')}
            </Button>
          ) : null}
          {action}
        </div>
      ) : null}
    </section>
  );
}
