import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { Button } from './Button';
import { ErrorState } from './ErrorState';
import { isChunkLoadError } from '@/lib/errors';

/** Router errorElement: never shows stack traces or raw payloads. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);

  let title = 'Something went wrong';
  let message = 'An unexpected error occurred. Reload the page to try again.';
  if (isRouteErrorResponse(error) && error.status === 404) {
    title = 'Page not found';
    message = "We couldn't find the page you were looking for.";
  } else if (isChunkLoadError(error)) {
    title = 'Update available';
    message = 'This page could not be loaded — the app may have been updated. Reload to get the latest version.';
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
            <Button onClick={() => window.location.reload()}>Reload page</Button>
            <Link to="/" className="btn btn--ghost btn--md" reloadDocument>
              Go to home page
            </Link>
          </>
        }
      />
    </div>
  );
}
