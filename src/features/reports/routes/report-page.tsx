import { useParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewNotFound } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReport } from '../api/get-report';
import { ReportView } from '../components/ReportView';
import { ShareReportPanel } from '../components/ShareReportPanel';
import '../reports.css';
import { useT } from '../i18n';

/** `/app/interviews/:id/report` — another user's id renders the not-found page (RLS returns nothing). */
export function ReportPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const report = useReport(id);
  useDocumentTitle(report.data ? t('page.documentTitle', { title: report.data.session.title }) : t('view.eyebrow'));

  if (report.isPending) {
    return (
      <div className="page">
        <h1 className="visually-hidden">{t('view.eyebrow')}</h1>
        <LoadingState label={t('page.loading')} />
      </div>
    );
  }
  if (report.isError) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('view.eyebrow')}</h1>
        <ErrorState
          title={t('page.error')}
          message={toUserMessage(report.error)}
          onRetry={() => void report.refetch()}
          isRetrying={report.isFetching}
        />
      </div>
    );
  }
  if (!report.data) return <InterviewNotFound what="report" />;

  const { session } = report.data;
  if (session.status === 'pending' || session.status === 'in_progress') {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{session.title}</h1>
        <EmptyState
          title={t('page.unfinished.title')}
          description={t('page.unfinished.body')}
          action={<ButtonLink to={`/app/interviews/${session.id}`}>{t('page.unfinished.action')}</ButtonLink>}
        />
      </div>
    );
  }

  return (
    <div className="page">
      <ReportView data={report.data} actions={session.status === 'completed' ? <ShareReportPanel interviewId={session.id} /> : null} />
    </div>
  );
}
