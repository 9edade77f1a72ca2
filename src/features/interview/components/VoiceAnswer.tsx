import { useId } from 'react'
import { Button } from '@/components/Button'
import { useSpeechRecognition } from '../lib/use-speech-recognition'
import { formatClock } from './Countdown'

type VoiceAnswerProps = {
  text: string
  speakingSeconds: number
  onText: (text: string) => void
  onSpeakingSeconds: (seconds: number) => void
  disabled?: boolean
  onSubmitShortcut?: () => void
}

/** Voice answer: live transcript into an editable box; falls back to typing where unsupported. */
export function VoiceAnswer({ text, speakingSeconds, onText, onSpeakingSeconds, disabled, onSubmitShortcut }: VoiceAnswerProps) {
  const id = useId()
  const speech = useSpeechRecognition(onText, onSpeakingSeconds)

  return (
    <div className="voice">
      {!speech.supported ? (
        <p className="note" role="note" data-testid="speech-fallback">
          Voice input isn&apos;t supported in this browser, so you can type your answer instead. (Chrome, Edge and Safari support
          it.)
        </p>
      ) : (
        <div className="voice__controls">
          <Button
            variant={speech.listening ? 'danger' : 'primary'}
            onClick={() => (speech.listening ? speech.stop() : speech.start(text, speakingSeconds))}
            disabled={disabled}
            aria-pressed={speech.listening}
          >
            {speech.listening ? 'Stop recording' : text ? 'Continue recording' : 'Start recording'}
          </Button>
          <span className={`voice__status ${speech.listening ? 'is-listening' : ''}`} role="status" aria-live="polite">
            {speech.listening ? (
              <>
                <span className="voice__dot" aria-hidden="true" /> Listening… {formatClock(speech.elapsed)}
              </>
            ) : speakingSeconds > 0 ? (
              `Spoke for ${formatClock(speakingSeconds)}. Edit the transcript below if needed.`
            ) : (
              'Not recording'
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
          {speech.supported ? 'Your answer (transcript — you can edit it)' : 'Your answer'}
        </label>
        <textarea
          id={`${id}-answer`}
          className="field__input textarea answer-box"
          rows={8}
          value={text}
          maxLength={20000}
          onChange={(event) => onText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              onSubmitShortcut?.()
            }
          }}
          disabled={disabled}
          readOnly={speech.listening}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="field__hint">
          Ctrl+Enter submits. Your draft is saved on this device as you go.
        </p>
      </div>
    </div>
  )
}
