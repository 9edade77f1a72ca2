import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useBankQuestionReveal } from '../api/get-bank-question-reveal';

/** "Reveal model answer" — only offered after the user has answered (the server enforces it too). */
export function ModelAnswer({ bankQuestionId, revealed, onReveal }: { bankQuestionId: string; revealed: boolean; onReveal: () => void }) {
  const reveal = useBankQuestionReveal(bankQuestionId, revealed);
  if (!revealed) {
    return (
      <div className="reveal">
        <Button variant="secondary" onClick={onReveal}>
          Reveal model answer
        </Button>
      </div>
    );
  }
  if (reveal.isPending) return <LoadingState label="Loading the model answer…" />;
  if (reveal.isError) {
    return (
      <ErrorState title="Couldn't load the model answer" message={toUserMessage(reveal.error)} onRetry={() => void reveal.refetch()} />
    );
  }
  const data = reveal.data;
  return (
    <section className="card" aria-labelledby="model-answer-title">
      <h2 id="model-answer-title">Model answer</h2>
      {data?.expected_answer ? (
        <p className="prewrap">{data.expected_answer}</p>
      ) : (
        <p className="muted">No written model answer for this question.</p>
      )}
      {data && data.key_points.length > 0 ? (
        <>
          <h3>Key points</h3>
          <ul className="bullets">
            {data.key_points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      ) : null}
      {data?.sample_code ? (
        <>
          <h3>Sample code</h3>
          <pre className="code-block">
            <code>{data.sample_code}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
}
