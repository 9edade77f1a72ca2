import type { ReactNode } from 'react';
import { label } from '@/features/interview';
import { formatDate } from '@/lib/i18n/format';

/** The fields of an interview every list row shows. */
export interface InterviewRowData {
  company: string | null;
  interview_type: string;
  difficulty: string;
  created_at: string;
  score: number | null;
}

/**
 * One interview in an `interview-list`: title, "company · type · difficulty · date · …" line, a badge,
 * the score out of 100 and optional actions. Lists differ only in what they pass in.
 */
export function InterviewRow({
  interview,
  title,
  meta,
  badge,
  actions,
  className,
}: {
  interview: InterviewRowData;
  title: ReactNode;
  /** The list's own entries of the meta line, after the date (answered count, archive date). */
  meta: ReactNode;
  badge: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <li className={className ? `interview-list__item ${className}` : 'interview-list__item'}>
      <div className="interview-list__main">
        <div className="interview-list__title">{title}</div>
        <div className="interview-list__meta">
          {interview.company ? `${interview.company} · ` : ''}
          {label(interview.interview_type)} · {label(interview.difficulty)} · {formatDate(interview.created_at)} · {meta}
        </div>
      </div>
      <div className="interview-list__side">
        {badge}
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
        {actions}
      </div>
    </li>
  );
}
