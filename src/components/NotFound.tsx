import { useLocation } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * The app's 404 page. Also what non-admins get inside the admin console, so they can't tell it exists.
 */
export function NotFound() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  return (
    <div className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>Page not found</h1>
      <p className="muted">
        We couldn&apos;t find <code>{pathname}</code>. It may have moved, or the link may be wrong.
      </p>
      <div className="state__actions">
        <ButtonLink to="/">Go to home page</ButtonLink>
      </div>
    </div>
  );
}
