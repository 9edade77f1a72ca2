import { useParams, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewNotFound } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { prefetchForPage, type PageDataLoader } from '@/lib/page-data';
import { useDocumentTitle } from '@/lib/use-document-title';
import { reportQueryOptions, useReport } from '../api/get-report';
import { ReportTypeSwitch, type ReportType } from '../components/ReportTypeSwitch';
import { ReportView } from '../components/ReportView';
import { SummaryReportView } from '../components/SummaryReportView';
import { TranscriptView } from '../components/TranscriptView';
import { ShareReportPanel } from '../components/ShareReportPanel';
import '../reports.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** The report's one request, started before the app has rendered (see PageDataLoader). */
export const loadPageData: PageDataLoader = (client, { userId, params }) =>
  prefetchForPage(client, reportQueryOptions(userId, params.id ?? ''));

/**
 * `/app/interviews/:id/report` — another user's id renders the not-found page. The report, transcript,
 * share links and summary arrive in one request (see reportQueryOptions).
 */
export function ReportPage() {
  const { t } = useT();
  const { id = '' } = useParams();
  const report = useReport(id);
  const [params, setParams] = useSearchParams();
  const reportType: ReportType = params.get('view') === 'summary' ? 'summary' : 'detailed';
  const showReportType = (next: ReportType) => {
    const nextParams = new URLSearchParams(params);
    if (next === 'summary') nextParams.set('view', 'summary');
    else nextParams.delete('view');
    setParams(nextParams, { replace: true });
  };
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
          action={<ButtonLink to={routes.app.interview(session.id)}>{t('page.unfinished.action')}</ButtonLink>}
        />
      </div>
    );
  }

  const completed = session.status === 'completed';
  return (
    <div className="page">
      {completed ? <ReportTypeSwitch value={reportType} onChange={showReportType} /> : null}
      {completed && reportType === 'summary' ? (
        <SummaryReportView interviewId={session.id} title={session.title} />
      ) : (
        <>
          <ReportView data={report.data} actions={completed ? <ShareReportPanel interviewId={session.id} /> : null} />
          <TranscriptView interviewId={session.id} />
        </>
      )}
    </div>
  );
}
