import { useParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSharedReport } from '../api/get-shared-report';
import { ReportView } from '../components/ReportView';
import '../reports.css';

/** `/shared/:token` — a report someone shared; public, read-only. */
export function SharedReportPage() {
  const { token = '' } = useParams();
  const shared = useSharedReport(token);
  useDocumentTitle(shared.data ? `Shared report: ${shared.data.data.session.title}` : 'Shared interview report');

  if (shared.isPending) {
    return (
      <div className="page">
        <h1 className="visually-hidden">Shared interview report</h1>
        <LoadingState label="Loading the report…" />
      </div>
    );
  }
  if (shared.isError) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>Shared interview report</h1>
        <ErrorState
          title="We couldn't load this report"
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
        <h1 tabIndex={-1}>This link doesn&apos;t work anymore</h1>
        <p className="muted">
          The link may be mistyped, it may have expired, or the person who shared it turned it off. Ask them for a new one.
        </p>
        <div className="state__actions">
          <ButtonLink to="/">Practise your own interviews</ButtonLink>
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
