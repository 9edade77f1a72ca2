import { useParams, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewNotFound } from '@/features/interview';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useReport } from '../api/get-report';
import { ReportTypeSwitch, type ReportType } from '../components/ReportTypeSwitch';
import { ReportView } from '../components/ReportView';
import { SummaryReportView } from '../components/SummaryReportView';
import { TranscriptView } from '../components/TranscriptView';
import { ShareReportPanel } from '../components/ShareReportPanel';
import '../reports.css';

/** `/app/interviews/:id/report` — another user's id renders the not-found page (RLS returns nothing). */
export function ReportPage() {
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
  useDocumentTitle(report.data ? `Report: ${report.data.session.title}` : 'Interview report');

  if (report.isPending) {
    return (
      <div className="page">
        <h1 className="visually-hidden">Interview report</h1>
        <LoadingState label="Loading your report…" />
      </div>
    );
  }
  if (report.isError) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>Interview report</h1>
        <ErrorState
          title="We couldn't load this report"
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
          title="This interview isn't finished yet"
          description="Your report is written when you finish the interview. Pick up where you left off."
          action={<ButtonLink to={`/app/interviews/${session.id}`}>Resume interview</ButtonLink>}
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
