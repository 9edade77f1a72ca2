import type { Dispatch, Ref } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { formatNumber } from '@/lib/i18n/format';
import { useT } from '../i18n';
import { isCoding } from '../lib/room-questions';
import type { RoomEvent, RoomState } from '../lib/room-machine';
import type { InterviewQuestion } from '../lib/schemas';
import { CodeEditor } from './CodeEditor';
import { TestResultsView } from './TestResultsView';
import { VoiceAnswer, type VoiceAnswerControl } from './VoiceAnswer';

type Props = {
  idBase: string;
  question: InterviewQuestion;
  state: RoomState;
  dispatch: Dispatch<RoomEvent>;
  voiceMode: boolean;
  onSubmit: () => void;
  onSkip: () => void;
  /** Submitted while recording: the answer is sent once the recording has stopped. */
  submitPending: boolean;
  running: boolean;
  onRunTests: () => void;
  onRecordingChange: (listening: boolean) => void;
  voiceControl: Ref<VoiceAnswerControl>;
};

/** Writing the answer: code with tests, a voice answer or typed text; then submit or skip. */
export function AnsweringPanel({
  idBase,
  question,
  state,
  dispatch,
  voiceMode,
  onSubmit,
  onSkip,
  submitPending,
  running,
  onRunTests,
  onRecordingChange,
  voiceControl,
}: Props) {
  const { t } = useT();
  const submitting = state.phase === 'submitting';
  const edit = (change: { text?: string; code?: string; speakingSeconds?: number }) =>
    dispatch({ type: 'EDIT', ...change, now: Date.now() });
  const words = state.draft.text.trim() ? state.draft.text.trim().split(/\s+/).length : 0;
  return (
    <div className="room__answer">
      {state.timedOut ? (
        <p className="note note--warning" role="alert">
          {t('room.answer.timeUp')}
        </p>
      ) : null}
      {isCoding(question) ? (
        <>
          <CodeEditor
            label={t('room.answer.solution')}
            value={state.draft.code}
            onChange={(code) => edit({ code })}
            disabled={submitting}
          />
          <div className="room__run">
            <Button variant="secondary" onClick={onRunTests} isLoading={running} disabled={submitting}>
              {t('room.runTests')}
            </Button>
            <span className="muted">{t('room.answer.testCases', { count: question.test_cases.length })}</span>
          </div>
          <div aria-live="polite">{state.draft.testResults ? <TestResultsView results={state.draft.testResults} /> : null}</div>
          <div className="field">
            <label className="field__label" htmlFor={`${idBase}-explain`}>
              {t('room.answer.explainOptional')}
            </label>
            <textarea
              id={`${idBase}-explain`}
              className="field__input textarea"
              rows={4}
              value={state.draft.text}
              maxLength={20000}
              onChange={(event) => edit({ text: event.target.value })}
              disabled={submitting}
            />
          </div>
        </>
      ) : voiceMode ? (
        <VoiceAnswer
          key={question.id}
          text={state.draft.text}
          speakingSeconds={state.draft.speakingSeconds}
          onText={(text) => edit({ text })}
          onSpeakingSeconds={(speakingSeconds) => edit({ speakingSeconds })}
          disabled={submitting}
          onSubmitShortcut={onSubmit}
          onListeningChange={onRecordingChange}
          control={voiceControl}
        />
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={`${idBase}-answer`}>
            {t('room.answer.label')}
          </label>
          <textarea
            id={`${idBase}-answer`}
            className="field__input textarea answer-box"
            rows={9}
            value={state.draft.text}
            maxLength={20000}
            onChange={(event) => edit({ text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onSubmit();
              }
            }}
            disabled={submitting}
            aria-describedby={`${idBase}-answer-hint`}
          />
          <p id={`${idBase}-answer-hint`} className="field__hint">
            {words > 0 ? `${t('room.answer.words', { count: words, formatted: formatNumber(words) })} · ` : ''}
            {t('room.answer.hint')}
          </p>
        </div>
      )}
      <FormError message={state.error} />
      <div className="room__actions">
        <Button onClick={onSubmit} isLoading={submitting || submitPending} size="lg">
          {t('room.answer.submit')}
        </Button>
        <Button variant="ghost" onClick={onSkip} disabled={submitting}>
          {t('room.answer.skip')}
        </Button>
      </div>
    </div>
  );
}
