import { ErrorState } from '@/components/ErrorState';
import { EmptyState } from '@/components/EmptyState';
import { LoadingState } from '@/components/LoadingState';
import { label } from '@/features/interview';
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
          <li key={interview.id} className="interview-list__item interview-list__item--archived">
            <div className="interview-list__main">
              <div className="interview-list__title">{interview.title ?? interview.job_role}</div>
              <div className="interview-list__meta">
                {interview.company ? `${interview.company} · ` : ''}
                {label(interview.interview_type)} · {label(interview.difficulty)} · {formatDate(interview.created_at)} ·{' '}
                {t('archived.answered', { answered: interview.questions_answered, total: interview.total_questions })} ·{' '}
                {t('archived.archivedOn', { date: formatDate(interview.archived_at) })}
              </div>
            </div>
            <div className="interview-list__side">
              <span className="status-badge status-badge--archived">{t('archived.badge')}</span>
              <span className="interview-list__score">
                {interview.score !== null ? (
                  <>
                    {Math.round(interview.score)}
                    <span className="muted">/100</span>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
