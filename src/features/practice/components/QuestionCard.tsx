import { InlineText } from '@/components/InlineText';
import { Link } from 'react-router-dom';
import type { BankQuestionSummary } from '../api/list-bank-questions';
import { TYPE_LABELS } from '../api/list-bank-questions';

export function QuestionMeta({
  question,
}: {
  question: Pick<BankQuestionSummary, 'type' | 'category' | 'difficulty' | 'time_limit_seconds'>;
}) {
  return (
    <ul className="chips" aria-label="Question details">
      <li className="chip">{TYPE_LABELS[question.type as keyof typeof TYPE_LABELS] ?? question.type}</li>
      <li className="chip capitalize">{question.category}</li>
      <li className={`chip chip--${question.difficulty}`}>
        <span className="capitalize">{question.difficulty}</span>
      </li>
      {question.time_limit_seconds ? <li className="chip">{Math.round(question.time_limit_seconds / 60) || 1} min</li> : null}
    </ul>
  );
}

export function QuestionCard({ question, onTag }: { question: BankQuestionSummary; onTag: (tag: string) => void }) {
  return (
    <li className="card question-card">
      <QuestionMeta question={question} />
      <h2 className="question-card__title">
        <Link to={`/app/practice/${question.id}`} className="question-card__link">
          <InlineText text={question.question} />
        </Link>
      </h2>
      <div className="question-card__footer">
        {question.tags.length > 0 ? (
          <ul className="tags" aria-label="Tags">
            {question.tags.slice(0, 6).map((tag) => (
              <li key={tag}>
                <button type="button" className="tag" onClick={() => onTag(tag)} aria-label={`Filter by tag ${tag}`}>
                  #{tag}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <span />
        )}
        <span className="muted small">
          {question.times_answered > 0 && question.average_score !== null
            ? `Avg. score ${Math.round(question.average_score)} · ${question.times_answered} answers`
            : 'Not answered yet'}
        </span>
      </div>
    </li>
  );
}
