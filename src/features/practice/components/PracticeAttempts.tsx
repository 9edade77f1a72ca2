import { useId } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { usePracticeAttempts } from '../api/list-practice-attempts';
import { useT } from '../i18n';

const signed = (n: number) => formatNumber(n, { signDisplay: 'exceptZero' });

/** The caller's scored attempts at this question: how the score moved from the first to the latest. */
export function PracticeAttempts({ bankQuestionId }: { bankQuestionId: string }) {
  const { t } = useT();
  const attempts = usePracticeAttempts(bankQuestionId);
  const headingId = useId();
  const scored = (attempts.data ?? []).filter((a): a is typeof a & { score: number } => a.score !== null);
  if (scored.length === 0) return null;
  const first = Math.round(scored[0]!.score);
  const latest = Math.round(scored[scored.length - 1]!.score);

  return (
    <section className="card attempts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attempts.title')}</h2>
      {scored.length > 1 ? (
        <p className="attempts__summary">
          {latest > first ? t('attempts.improving') : latest < first ? t('attempts.lower') : t('attempts.same')}{' '}
          {t('attempts.summary', { first, latest, delta: signed(latest - first), count: scored.length })}
        </p>
      ) : (
        <p className="muted">{t('attempts.answerAgain')}</p>
      )}
      {scored.length > 2 ? (
        <LineChart title={t('attempts.chartTitle')} points={scored.map((a, i) => ({ label: `#${i + 1}`, value: Math.round(a.score) }))} />
      ) : null}
      <ol className="attempts__list">
        {scored.map((attempt, index) => {
          const score = Math.round(attempt.score);
          const previous = index > 0 ? Math.round(scored[index - 1]!.score) : null;
          return (
            <li key={attempt.id}>
              <span>{t('attempts.attempt', { number: index + 1 })}</span>
              <span className="muted">{formatDateTime(attempt.created_at)}</span>
              <strong>{score}/100</strong>
              <span className="muted">{previous === null ? '' : t('attempts.vsPrevious', { delta: signed(score - previous) })}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
