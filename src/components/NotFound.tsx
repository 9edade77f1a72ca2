import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { useDocumentTitle } from '@/lib/use-document-title';
import { routes } from '@/lib/routes';

/**
 * The app's 404 page. Also what non-admins get inside the admin console, so they can't tell it exists.
 */
export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  const { pathname } = useLocation();
  return (
    <div className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p className="muted">
        <Trans i18nKey="notFound.body" values={{ path: pathname }} components={{ code: <code /> }} />
      </p>
      <div className="state__actions">
        <ButtonLink to={routes.home}>{t('notFound.home')}</ButtonLink>
      </div>
    </div>
  );
}
