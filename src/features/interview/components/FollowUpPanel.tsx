import type { Ref } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { formatNumber } from '@/lib/i18n/format';
import { useT } from '../i18n';
import { followUpReasonText } from '../lib/follow-up';
import type { FollowUp } from '../lib/room-machine';
import { VoiceAnswer, type VoiceAnswerControl } from './VoiceAnswer';

/** A voice interview: the follow-up is answered like its main questions, by voice (live, editable transcript) or typed. */
export type FollowUpVoice = {
  onSpeakingSeconds: (seconds: number) => void;
  onListeningChange?: (listening: boolean) => void;
  control?: Ref<VoiceAnswerControl>;
  /** Reads the follow-up aloud again (where speech synthesis is available). */
  onReadAloud?: () => void;
};

type Props = {
  idBase: string;
  followUp: FollowUp;
  /** The candidate's answer to the main question, for context. */
  previousAnswer: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
  onChange: (text: string) => void;
  onSubmit: () => void;
  onSkip: () => void;
  voice?: FollowUpVoice | undefined;
  /** Submitted while recording: the answer is sent once the recording has stopped. */
  submitPending?: boolean;
};

/** The interviewer's follow-up to the answer just given: its own answer box, answer or skip, then carry on. */
export function FollowUpPanel({
  idBase,
  followUp,
  previousAnswer,
  headingRef,
  onChange,
  onSubmit,
  onSkip,
  voice,
  submitPending = false,
}: Props) {
  const { t } = useT();
  const sending = followUp.status === 'sending';
  const words = followUp.answer.trim() ? followUp.answer.trim().split(/\s+/).length : 0;
  const hint = `${words ? `${t('room.answer.words', { count: words, formatted: formatNumber(words) })} · ` : ''}${t('followUpPanel.hint')}`;
  return (
    <section className="room__followup" aria-labelledby={`${idBase}-fu-title`} aria-describedby={`${idBase}-fu-reason`}>
      <p id={`${idBase}-fu-title`} className="room__followup-label">
        <span aria-hidden="true">↳ </span>
        {t('followUpPanel.label')}
      </p>
      <h3 id={`${idBase}-fu-question`} ref={headingRef} tabIndex={-1} className="room__followup-question">
        {followUp.text}
      </h3>
      <p id={`${idBase}-fu-reason`} className="room__followup-reason">
        <span className="visually-hidden">{t('followUpPanel.why')} </span>
        {followUpReasonText(followUp.reason)}
      </p>
      {voice?.onReadAloud ? (
        <div>
          <Button variant="ghost" size="sm" onClick={voice.onReadAloud}>
            {t('followUpPanel.readAloud')}
          </Button>
        </div>
      ) : null}
      {previousAnswer ? (
        <details className="room__followup-previous">
          <summary>{t('followUpPanel.yourAnswer')}</summary>
          <p>{previousAnswer}</p>
        </details>
      ) : null}
      {voice ? (
        <VoiceAnswer
          idBase={`${idBase}-fu`}
          label={t('followUpPanel.answerLabel')}
          rows={5}
          hint={hint}
          text={followUp.answer}
          speakingSeconds={followUp.speakingSeconds}
          onText={onChange}
          onSpeakingSeconds={voice.onSpeakingSeconds}
          onListeningChange={voice.onListeningChange}
          control={voice.control}
          readOnly={sending}
          onSubmitShortcut={onSubmit}
        />
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={`${idBase}-fu-answer`}>
            {t('followUpPanel.answerLabel')}
          </label>
          <textarea
            id={`${idBase}-fu-answer`}
            className="field__input textarea"
            rows={5}
            value={followUp.answer}
            maxLength={20000}
            onChange={(event) => onChange(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onSubmit();
              }
            }}
            readOnly={sending}
            aria-describedby={`${idBase}-fu-hint`}
          />
          <p id={`${idBase}-fu-hint`} className="field__hint">
            {hint}
          </p>
        </div>
      )}
      <FormError message={followUp.error} />
      <div className="room__actions">
        <Button onClick={onSubmit} isLoading={sending || submitPending}>
          {t('followUpPanel.submit')}
        </Button>
        <Button variant="ghost" onClick={onSkip} disabled={sending}>
          {t('followUpPanel.skip')}
        </Button>
      </div>
    </section>
  );
}
