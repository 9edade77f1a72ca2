import { ErrorState } from '@/components/ErrorState';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { InterviewRow } from '@/features/dashboard';
import { toUserMessage } from '@/lib/errors';
import { formatDate } from '@/lib/i18n/format';
import { useArchivedInterviews } from '../api/list-archived-interviews';
import { useT } from '../i18n';

/**
 * Interviews the lifecycle job archived (finished more than two years ago): listed read-only, marked
 * "Archived", with no report link or resume action; they are part of the data export.
 */
export function ArchivedInterviewList({ role = '' }: { role?: string }) {
  const { t } = useT();
  const archived = useArchivedInterviews();
  if (archived.isPending) return <LoadingState label={t('archived.loading')} />;
  if (archived.isError)
    return <ErrorState title={t('archived.error')} message={toUserMessage(archived.error)} onRetry={() => void archived.refetch()} />;
  const rows = role ? archived.data.filter((interview) => interview.job_role === role) : archived.data;
  if (rows.length === 0) return <EmptyState title={t('archived.empty')} description={t('archived.explained')} />;
  return (
    <>
      <p className="muted">
        {t('archived.count', { count: rows.length })} {t('archived.explained')}
      </p>
      <ul className="interview-list" aria-label={t('archived.listLabel')}>
        {rows.map((interview) => (
          <InterviewRow
            key={interview.id}
            className="interview-list__item--archived"
            interview={interview}
            title={interview.title ?? interview.job_role}
            meta={
              <>
                {t('archived.answered', { answered: interview.questions_answered, total: interview.total_questions })} ·{' '}
                {t('archived.archivedOn', { date: formatDate(interview.archived_at) })}
              </>
            }
            badge={<span className="status-badge status-badge--archived">{t('archived.badge')}</span>}
          />
        ))}
      </ul>
    </>
  );
}
