import { InlineText } from '@/components/InlineText';
import { Link } from 'react-router-dom';
import { label } from '@/features/interview';
import { formatNumber } from '@/lib/i18n/format';
import type { BankQuestionSummary } from '../api/list-bank-questions';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

const CATEGORY_KEYS = new Set(['frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general']);

export function QuestionMeta({
  question,
}: {
  question: Pick<BankQuestionSummary, 'type' | 'category' | 'difficulty' | 'time_limit_seconds'>;
}) {
  const { t } = useT();
  return (
    <ul className="chips" aria-label={t('card.details')}>
      <li className="chip">{label(question.type)}</li>
      <li className="chip capitalize">{CATEGORY_KEYS.has(question.category) ? t(`categories.${question.category}`) : question.category}</li>
      <li className={`chip chip--${question.difficulty}`}>
        <span className="capitalize">{label(question.difficulty)}</span>
      </li>
      {question.time_limit_seconds ? (
        <li className="chip">{t('card.minutes', { count: Math.round(question.time_limit_seconds / 60) || 1 })}</li>
      ) : null}
    </ul>
  );
}

export function QuestionCard({ question, onTag }: { question: BankQuestionSummary; onTag: (tag: string) => void }) {
  const { t } = useT();
  return (
    <li className="card question-card">
      <QuestionMeta question={question} />
      <h2 className="question-card__title">
        <Link to={routes.app.practiceQuestion(question.id)} className="question-card__link">
          <InlineText text={question.question} />
        </Link>
      </h2>
      <div className="question-card__footer">
        {question.tags.length > 0 ? (
          <ul className="tags" aria-label={t('card.tags')}>
            {question.tags.slice(0, 6).map((tag) => (
              <li key={tag}>
                <button type="button" className="tag" onClick={() => onTag(tag)} aria-label={t('card.filterByTag', { tag })}>
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
            ? t('card.stats', { score: formatNumber(Math.round(question.average_score)), count: question.times_answered })
            : t('card.notAnswered')}
        </span>
      </div>
    </li>
  );
}
