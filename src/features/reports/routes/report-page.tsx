import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewNotFound } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { useMyUserId } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isInterviewId, useReport } from '../api/get-report';
import { summaryReportQueryOptions } from '../api/get-summary-report';
import { transcriptQueryOptions } from '../api/get-transcript';
import { reportSharesQueryOptions } from '../api/list-report-shares';
import { ReportTypeSwitch, type ReportType } from '../components/ReportTypeSwitch';
import { ReportView } from '../components/ReportView';
import { SummaryReportView } from '../components/SummaryReportView';
import { TranscriptView } from '../components/TranscriptView';
import { ShareReportPanel } from '../components/ShareReportPanel';
import '../reports.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/**
 * Asks for the parts shown under the report (transcript and share links, or the summary) together with
 * the report itself, instead of once the report has arrived and rendered them: one round trip less, and
 * their answers arrive while the page is still loading rather than each re-rendering it afterwards.
 */
function usePrefetchReportParts(interviewId: string, reportType: ReportType) {
  const queryClient = useQueryClient();
  const userId = useMyUserId();
  useEffect(() => {
    if (userId === '' || !isInterviewId(interviewId)) return;
    if (reportType === 'summary') {
      void queryClient.prefetchQuery(summaryReportQueryOptions(userId, interviewId));
      return;
    }
    void queryClient.prefetchQuery(transcriptQueryOptions(userId, interviewId));
    void queryClient.prefetchQuery(reportSharesQueryOptions(interviewId));
  }, [queryClient, userId, interviewId, reportType]);
}

/** `/app/interviews/:id/report` — another user's id renders the not-found page (RLS returns nothing). */
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
  usePrefetchReportParts(id, reportType);
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
