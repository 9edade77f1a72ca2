import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import type { RecentInterview } from '../api/get-recent-interviews';
import { InterviewRow } from './InterviewRow';
import { InterviewStatusBadge } from './InterviewStatusBadge';
import { routes } from '@/lib/routes';

/** A list of interviews with status, score and the right link (report, or resume the room). */
export function InterviewList({ interviews }: { interviews: RecentInterview[] }) {
  const { t } = useT();
  return (
    <ul className="interview-list">
      {interviews.map((interview) => {
        // An abandoned interview keeps its answers: its report page shows what was stored.
        const finished = interview.status === 'completed' || interview.status === 'abandoned';
        const running = interview.status === 'pending' || interview.status === 'in_progress';
        return (
          <InterviewRow
            key={interview.id}
            interview={interview}
            title={
              finished ? (
                <Link to={routes.app.report(interview.id)}>{interview.title}</Link>
              ) : running ? (
                <Link to={routes.app.interview(interview.id)}>{interview.title}</Link>
              ) : (
                interview.title
              )
            }
            meta={t('list.answered', { answered: interview.questions_answered, total: interview.total_questions })}
            badge={<InterviewStatusBadge status={interview.status} />}
            actions={
              running ? (
                <Link
                  className="btn btn--secondary btn--sm"
                  to={routes.app.interview(interview.id)}
                  aria-label={t('list.resumeLabel', { title: interview.title })}
                >
                  {t('list.resume')}
                </Link>
              ) : null
            }
          />
        );
      })}
    </ul>
  );
}
