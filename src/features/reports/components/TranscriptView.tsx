import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { useTranscript, type TranscriptMessage } from '../api/get-transcript';
import { useT } from '../i18n';

/** The conversation as it happened: who said what, in order, follow-ups marked, with the time spent speaking. */
export function TranscriptList({ messages }: { messages: TranscriptMessage[] }) {
  const { t } = useT();
  if (messages.length === 0) return <p className="muted">{t('transcript.empty')}</p>;
  return (
    <ol className="transcript">
      {messages.map((message) => {
        const speaker = message.role === 'user' ? t('transcript.you') : t('transcript.interviewer');
        return (
          <li key={message.id} className={`transcript__message transcript__message--${message.role === 'user' ? 'user' : 'interviewer'}`}>
            <p className="transcript__meta">
              <strong>{speaker}</strong>
              {message.is_follow_up ? <span className="transcript__tag">{t('transcript.followUp')}</span> : null}
              {message.speaking_duration_seconds !== null ? (
                <span className="muted">
                  {t('transcript.spoke', { seconds: formatNumber(message.speaking_duration_seconds, { maximumFractionDigits: 0 }) })}
                </span>
              ) : null}
            </p>
            <p className="transcript__content">{message.content}</p>
          </li>
        );
      })}
    </ol>
  );
}

export function TranscriptView({ interviewId }: { interviewId: string }) {
  const { t } = useT();
  const transcript = useTranscript(interviewId);
  return (
    <section className="card report__transcript" aria-labelledby="report-transcript">
      <h2 id="report-transcript">{t('transcript.title')}</h2>
      {transcript.isPending ? (
        <LoadingState label={t('transcript.loading')} />
      ) : transcript.isError ? (
        <ErrorState title={t('transcript.error')} message={toUserMessage(transcript.error)} onRetry={() => void transcript.refetch()} />
      ) : (
        <TranscriptList messages={transcript.data} />
      )}
    </section>
  );
}
