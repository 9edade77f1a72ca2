import { useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { Button } from '@/components/Button';
import { useT } from '../i18n';
import { stopSpeaking } from '../lib/speech';
import { useSpeechRecognition } from '../lib/use-speech-recognition';
import { formatClock } from './Countdown';

/** Lets the parent stop a recording, e.g. to submit what was said once the recognizer has finished. */
export type VoiceAnswerControl = { stop: () => void };

type VoiceAnswerProps = {
  text: string;
  speakingSeconds: number;
  onText: (text: string) => void;
  onSpeakingSeconds: (seconds: number) => void;
  disabled?: boolean;
  /** The answer stays readable and focusable but can't be edited or recorded (e.g. while it is being sent). */
  readOnly?: boolean;
  onSubmitShortcut?: () => void;
  /** Label of the answer box (default "Your answer"); where voice input works, " (transcript — you can edit it)" is added. */
  label?: string;
  hint?: ReactNode;
  rows?: number;
  /** Prefix of the answer box's id (`${idBase}-answer`) and of its hint's (`${idBase}-hint`). */
  idBase?: string;
  /** Told when recording starts and stops (including that it stopped when this unmounts). */
  onListeningChange?: (listening: boolean) => void;
  control?: Ref<VoiceAnswerControl>;
};

/** Voice answer: live transcript into an editable box; falls back to typing where unsupported. */
export function VoiceAnswer({
  text,
  speakingSeconds,
  onText,
  onSpeakingSeconds,
  disabled,
  readOnly,
  onSubmitShortcut,
  label,
  hint,
  rows = 8,
  idBase,
  onListeningChange,
  control,
}: VoiceAnswerProps) {
  const { t } = useT();
  const generatedId = useId();
  const id = idBase ?? generatedId;
  // A recognizer aborted on unmount still ends (and reports its speaking time) afterwards: by then the answer box
  // may belong to another question, so nothing from it is passed on.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const speech = useSpeechRecognition(
    (value) => {
      if (mounted.current) onText(value);
    },
    (seconds) => {
      if (mounted.current) onSpeakingSeconds(seconds);
    },
  );
  useImperativeHandle(control, () => ({ stop: speech.stop }), [speech.stop]);

  const onListeningChangeRef = useRef(onListeningChange);
  // Updated before the effects below run, so they always call the latest callback.
  useLayoutEffect(() => {
    onListeningChangeRef.current = onListeningChange;
  });
  useEffect(() => {
    onListeningChangeRef.current?.(speech.listening);
  }, [speech.listening]);
  useEffect(() => () => onListeningChangeRef.current?.(false), []);

  const onRecordClick = () => {
    if (speech.listening) {
      speech.stop();
      return;
    }
    // The microphone would otherwise pick up the question being read aloud.
    stopSpeaking();
    speech.start(text, speakingSeconds);
  };

  return (
    <div className="voice">
      {!speech.supported ? (
        <p className="note" role="note" data-testid="speech-fallback">
          {t('voice.unsupported')}
        </p>
      ) : (
        <div className="voice__controls">
          <Button
            variant={speech.listening ? 'danger' : 'primary'}
            onClick={onRecordClick}
            disabled={disabled || (readOnly && !speech.listening)}
            aria-pressed={speech.listening}
          >
            {speech.listening ? t('voice.stop') : text ? t('voice.continue') : t('voice.start')}
          </Button>
          <span className={`voice__status ${speech.listening ? 'is-listening' : ''}`} role="status" aria-live="polite">
            {speech.listening ? (
              <>
                <span className="voice__dot" aria-hidden="true" /> {t('voice.listening', { time: formatClock(speech.elapsed) })}
              </>
            ) : speakingSeconds > 0 ? (
              t('voice.spokeFor', { time: formatClock(speakingSeconds) })
            ) : (
              t('voice.notRecording')
            )}
          </span>
        </div>
      )}
      {speech.error ? (
        <p className="field__error" role="alert">
          {speech.error}
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-answer`}>
          {speech.supported ? t('voice.transcriptLabel', { label: label ?? t('voice.answerLabel') }) : (label ?? t('voice.answerLabel'))}
        </label>
        <textarea
          id={`${id}-answer`}
          className="field__input textarea answer-box"
          rows={rows}
          value={text}
          maxLength={20000}
          onChange={(event) => {
            const value = event.target.value;
            onText(value);
            // Clearing the transcript starts over: what is typed next is a typed answer, not speech.
            if (!value.trim() && speakingSeconds > 0) onSpeakingSeconds(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              onSubmitShortcut?.();
            }
          }}
          disabled={disabled}
          readOnly={speech.listening || readOnly}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field__hint">
          {hint ?? t('voice.hint')}
        </p>
      </div>
    </div>
  );
}
