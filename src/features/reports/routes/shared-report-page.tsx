import { useParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSharedReport } from '../api/get-shared-report';
import { ReportView } from '../components/ReportView';
import '../reports.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** `/shared/:token` — a report someone shared; public, read-only. */
export function SharedReportPage() {
  const { t } = useT();
  const { token = '' } = useParams();
  const shared = useSharedReport(token);
  useDocumentTitle(shared.data ? t('shared.documentTitle', { title: shared.data.data.session.title }) : t('view.sharedEyebrow'));

  if (shared.isPending) {
    return (
      <div className="page">
        <h1 className="visually-hidden">{t('view.sharedEyebrow')}</h1>
        <LoadingState label={t('shared.loading')} />
      </div>
    );
  }
  if (shared.isError) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('view.sharedEyebrow')}</h1>
        <ErrorState
          title={t('page.error')}
          message={toUserMessage(shared.error)}
          onRetry={() => void shared.refetch()}
          isRetrying={shared.isFetching}
        />
      </div>
    );
  }
  if (!shared.data) {
    return (
      <div className="page page--narrow not-found">
        <h1 tabIndex={-1}>{t('shared.gone.title')}</h1>
        <p className="muted">{t('shared.gone.body')}</p>
        <div className="state__actions">
          <ButtonLink to={routes.home}>{t('shared.gone.action')}</ButtonLink>
        </div>
      </div>
    );
  }
  return (
    <div className="page">
      <ReportView data={shared.data.data} shared={{ includeAnswers: shared.data.includeAnswers }} />
    </div>
  );
}
