import { useEffect, useRef } from 'react';
import type { ChatMessage } from '../api/get-chat-messages';
import { MessageFeedback } from './MessageFeedback';
import { useT } from '../i18n';
import { RichText } from './RichText';

export type PendingExchange = { userText: string; assistantText: string; done: boolean };

/** The conversation: stored messages, then the exchange being streamed right now. */
export function ChatThread({
  messages,
  chatSessionId,
  pending,
}: {
  messages: ChatMessage[];
  chatSessionId: string;
  pending: PendingExchange | null;
}) {
  const { t } = useT();
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, pending?.assistantText]);

  const shown = messages.filter((m) => m.role !== 'system');
  return (
    <div className="thread">
      <ol className="thread__list" aria-label={t('thread.label')}>
        {shown.map((message) => (
          <li key={message.id} className={`bubble bubble--${message.role}`}>
            <p className="bubble__author">{message.role === 'user' ? t('thread.you') : t('thread.coach')}</p>
            {message.role === 'assistant' ? <RichText text={message.content} /> : <p className="prewrap">{message.content}</p>}
            {message.role === 'assistant' && chatSessionId ? <MessageFeedback message={message} chatSessionId={chatSessionId} /> : null}
          </li>
        ))}
        {pending ? (
          <>
            <li className="bubble bubble--user">
              <p className="bubble__author">{t('thread.you')}</p>
              <p className="prewrap">{pending.userText}</p>
            </li>
            <li className="bubble bubble--assistant" aria-busy={!pending.done}>
              <p className="bubble__author">{t('thread.coach')}</p>
              {pending.assistantText ? <RichText text={pending.assistantText} /> : <p className="muted">{t('thread.thinking')}</p>}
            </li>
          </>
        ) : null}
      </ol>
      <div ref={endRef} />
    </div>
  );
}
