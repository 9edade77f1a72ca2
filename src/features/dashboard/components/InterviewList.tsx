import { Link } from 'react-router-dom';
import { label } from '@/features/interview';
import { formatDate } from '@/lib/i18n/format';
import { useT } from '../i18n';
import type { RecentInterview } from '../api/get-recent-interviews';
import { InterviewStatusBadge } from './InterviewStatusBadge';

/** A list of interviews with status, score and the right link (report, or resume the room). */
export function InterviewList({ interviews }: { interviews: RecentInterview[] }) {
  const { t } = useT();
  return (
    <ul className="interview-list">
      {interviews.map((interview) => {
        const finished = interview.status === 'completed';
        const running = interview.status === 'pending' || interview.status === 'in_progress';
        return (
          <li key={interview.id} className="interview-list__item">
            <div className="interview-list__main">
              <div className="interview-list__title">
                {finished ? (
                  <Link to={`/app/interviews/${interview.id}/report`}>{interview.title}</Link>
                ) : running ? (
                  <Link to={`/app/interviews/${interview.id}`}>{interview.title}</Link>
                ) : (
                  interview.title
                )}
              </div>
              <div className="interview-list__meta">
                {interview.company ? `${interview.company} · ` : ''}
                {label(interview.interview_type)} · {label(interview.difficulty)} · {formatDate(interview.created_at)} ·{' '}
                {t('list.answered', { answered: interview.questions_answered, total: interview.total_questions })}
              </div>
            </div>
            <div className="interview-list__side">
              <InterviewStatusBadge status={interview.status} />
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
              {running ? (
                <Link
                  className="btn btn--secondary btn--sm"
                  to={`/app/interviews/${interview.id}`}
                  aria-label={t('list.resumeLabel', { title: interview.title })}
                >
                  {t('list.resume')}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
