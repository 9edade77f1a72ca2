import { useId } from 'react';
import { LineChart } from '@/components/charts/LineChart';
import { usePracticeAttempts } from '../api/list-practice-attempts';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The caller's scored attempts at this question: how the score moved from the first to the latest. */
export function PracticeAttempts({ bankQuestionId }: { bankQuestionId: string }) {
  const attempts = usePracticeAttempts(bankQuestionId);
  const headingId = useId();
  const scored = (attempts.data ?? []).filter((a): a is typeof a & { score: number } => a.score !== null);
  if (scored.length === 0) return null;
  const first = Math.round(scored[0]!.score);
  const latest = Math.round(scored[scored.length - 1]!.score);

  return (
    <section className="card attempts" aria-labelledby={headingId}>
      <h2 id={headingId}>Your attempts</h2>
      {scored.length > 1 ? (
        <p className="attempts__summary">
          {latest > first ? 'Improving: ' : latest < first ? 'Lower than your first try: ' : 'Same as your first try: '}
          {first} → {latest} ({signed(latest - first)} points over {scored.length} attempts)
        </p>
      ) : (
        <p className="muted">Answer it again later to see how your score moves.</p>
      )}
      {scored.length > 2 ? (
        <LineChart title="Score per attempt" points={scored.map((a, i) => ({ label: `#${i + 1}`, value: Math.round(a.score) }))} />
      ) : null}
      <ol className="attempts__list">
        {scored.map((attempt, index) => {
          const score = Math.round(attempt.score);
          const previous = index > 0 ? Math.round(scored[index - 1]!.score) : null;
          return (
            <li key={attempt.id}>
              <span>Attempt {index + 1}</span>
              <span className="muted">{when(attempt.created_at)}</span>
              <strong>{score}/100</strong>
              <span className="muted">{previous === null ? '' : `${signed(score - previous)} vs previous`}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
