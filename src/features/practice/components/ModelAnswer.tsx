import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useBankQuestionReveal } from '../api/get-bank-question-reveal';
import { useT } from '../i18n';

/** "Reveal model answer" — only offered after the user has answered (the server enforces it too). */
export function ModelAnswer({ bankQuestionId, revealed, onReveal }: { bankQuestionId: string; revealed: boolean; onReveal: () => void }) {
  const { t } = useT();
  const reveal = useBankQuestionReveal(bankQuestionId, revealed);
  if (!revealed) {
    return (
      <div className="reveal">
        <Button variant="secondary" onClick={onReveal}>
          {t('modelAnswer.reveal')}
        </Button>
      </div>
    );
  }
  if (reveal.isPending) return <LoadingState label={t('modelAnswer.loading')} />;
  if (reveal.isError) {
    return <ErrorState title={t('modelAnswer.loadFailed')} message={toUserMessage(reveal.error)} onRetry={() => void reveal.refetch()} />;
  }
  const data = reveal.data;
  return (
    <section className="card" aria-labelledby="model-answer-title">
      <h2 id="model-answer-title">{t('modelAnswer.title')}</h2>
      {data?.expected_answer ? <p className="prewrap">{data.expected_answer}</p> : <p className="muted">{t('modelAnswer.none')}</p>}
      {data && data.key_points.length > 0 ? (
        <>
          <h3>{t('modelAnswer.keyPoints')}</h3>
          <ul className="bullets">
            {data.key_points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      ) : null}
      {data?.sample_code ? (
        <>
          <h3>{t('modelAnswer.sampleCode')}</h3>
          <pre className="code-block">
            <code>{data.sample_code}</code>
          </pre>
        </>
      ) : null}
    </section>
  );
}
