import { ButtonLink } from '@/components/Button';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** Shown for a missing interview — and for someone else's (RLS returns nothing, so it looks the same). */
export function InterviewNotFound({ what = 'interview' }: { what?: 'interview' | 'report' }) {
  const { t } = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p className="muted">{t(`notFound.${what}`)}</p>
      <div className="state__actions">
        <ButtonLink to={routes.app.history}>{t('notFound.yourInterviews')}</ButtonLink>
        <ButtonLink to={routes.app.dashboard} variant="ghost">
          {t('notFound.dashboard')}
        </ButtonLink>
      </div>
    </div>
  );
}
