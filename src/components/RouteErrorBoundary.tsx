import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Button } from './Button';
import { ErrorState } from './ErrorState';
import { isChunkLoadError } from '@/lib/errors';
import { routes } from '@/lib/routes';

/** Router errorElement: never shows stack traces or raw payloads. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);

  let title = t('routeError.title');
  let message = t('routeError.body');
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = t('notFound.title');
    message = t('routeError.notFound');
  } else if (isChunkLoadError(error)) {
    title = t('routeError.updateTitle');
    message = t('routeError.updateBody');
  }

  return (
    <div className="page page--narrow">
      <h1 className="visually-hidden" tabIndex={-1}>
        {title}
      </h1>
      <ErrorState
        title={title}
        message={message}
        action={
          <>
            <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
            <Link to={routes.home} className="btn btn--ghost btn--md" reloadDocument>
              {t('notFound.home')}
            </Link>
          </>
        }
      />
    </div>
  );
}
