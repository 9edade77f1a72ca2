import { useId, useState } from 'react';
import { Button } from '@/components/Button';
import { toUserMessage } from '@/lib/errors';
import type { ChatMessage } from '../api/get-chat-messages';
import { useRateChatMessage } from '../api/rate-chat-message';
import { useT } from '../i18n';

/** 1–5 rating, helpful yes/no and an optional comment for one assistant reply (optimistic). */
export function MessageFeedback({ message, chatSessionId }: { message: ChatMessage; chatSessionId: string }) {
  const { t } = useT();
  const rate = useRateChatMessage();
  const id = useId();
  const [commentOpen, setCommentOpen] = useState(false);
  const [comment, setComment] = useState(message.feedback_comment ?? '');
  const [commentError, setCommentError] = useState<string | undefined>();

  const send = (patch: { rating?: number; helpful?: boolean | null; comment?: string }) =>
    rate.mutate({ messageId: message.id, chatSessionId, ...patch });

  return (
    <div className="feedback-bar">
      <fieldset className="stars">
        <legend className="visually-hidden">{t('feedback.rate')}</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className={`stars__star ${message.rating !== null && value <= message.rating ? 'is-on' : ''}`}>
            <input
              type="radio"
              className="visually-hidden"
              name={`${id}-rating`}
              value={value}
              checked={message.rating === value}
              onChange={() => send({ rating: value })}
            />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('feedback.stars', { count: value })}</span>
          </label>
        ))}
      </fieldset>
      <div className="feedback-bar__helpful" role="group" aria-label={t('feedback.helpfulQuestion')}>
        <span className="muted small" aria-hidden="true">
          {t('feedback.helpful')}
        </span>
        <Button
          size="sm"
          variant={message.helpful === true ? 'primary' : 'ghost'}
          aria-pressed={message.helpful === true}
          onClick={() => send({ helpful: message.helpful === true ? null : true })}
        >
          {t('feedback.yes')}
        </Button>
        <Button
          size="sm"
          variant={message.helpful === false ? 'primary' : 'ghost'}
          aria-pressed={message.helpful === false}
          onClick={() => send({ helpful: message.helpful === false ? null : false })}
        >
          {t('feedback.no')}
        </Button>
      </div>
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={commentOpen}
        aria-controls={`${id}-comment`}
        onClick={() => setCommentOpen((open) => !open)}
      >
        {message.feedback_comment ? t('feedback.editComment') : t('feedback.addComment')}
      </Button>
      {commentOpen ? (
        <form
          id={`${id}-comment`}
          className="feedback-bar__comment"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim().length > 2000) {
              setCommentError(t('validation.commentTooLong', { maximum: 2000 }));
              return;
            }
            setCommentError(undefined);
            send({ comment });
            setCommentOpen(false);
          }}
        >
          <label htmlFor={`${id}-comment-input`} className="field__label">
            {t('feedback.commentLabel')}
          </label>
          <textarea
            id={`${id}-comment-input`}
            className="field__input field__textarea"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={commentError ? true : undefined}
          />
          {commentError ? <p className="field__error">{commentError}</p> : null}
          <Button type="submit" size="sm" variant="secondary">
            {t('feedback.saveComment')}
          </Button>
        </form>
      ) : null}
      {rate.isError ? (
        <p className="field__error small" role="alert">
          {toUserMessage(rate.error)}
        </p>
      ) : null}
    </div>
  );
}
