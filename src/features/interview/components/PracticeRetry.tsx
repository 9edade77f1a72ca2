import type { Dispatch } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { useT } from '../i18n';
import { isCoding } from '../lib/room-questions';
import type { RoomEvent, RoomState } from '../lib/room-machine';
import type { InterviewQuestion, TestResults } from '../lib/schemas';
import { CodeEditor } from './CodeEditor';
import { EvaluationDetails } from './FeedbackPanel';
import { TestResultsView } from './TestResultsView';

type Props = {
  idBase: string;
  question: InterviewQuestion;
  practice: NonNullable<RoomState['practice']>;
  dispatch: Dispatch<RoomEvent>;
  running: boolean;
  onRunTests: () => void;
  results: TestResults | null;
  onSubmit: () => void;
};

/** Answering a question again after its feedback, scored for practice only. */
export function PracticeRetry({ idBase, question, practice, dispatch, running, onRunTests, results, onSubmit }: Props) {
  const { t } = useT();
  const coding = isCoding(question);
  return (
    <section className="practice" aria-labelledby={`${idBase}-practice`}>
      <h3 id={`${idBase}-practice`}>{t('room.practice.title')}</h3>
      <p className="muted">{t('room.practice.explain')}</p>
      {coding ? (
        <>
          <CodeEditor
            label={t('room.practice.solution')}
            value={practice.code}
            onChange={(code) => dispatch({ type: 'PRACTICE_EDIT', code })}
          />
          <Button variant="secondary" onClick={onRunTests} isLoading={running}>
            {t('room.runTests')}
          </Button>
          {results ? <TestResultsView results={results} /> : null}
        </>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${idBase}-practice-text`}>
          {coding ? t('room.practice.explainApproach') : t('room.practice.answer')}
        </label>
        <textarea
          id={`${idBase}-practice-text`}
          className="field__input textarea"
          rows={6}
          value={practice.text}
          onChange={(event) => dispatch({ type: 'PRACTICE_EDIT', text: event.target.value })}
        />
      </div>
      <FormError message={practice.error} />
      <div className="room__actions">
        <Button onClick={onSubmit} isLoading={practice.scoring}>
          {t('room.practice.score')}
        </Button>
        <Button variant="ghost" onClick={() => dispatch({ type: 'PRACTICE_DONE' })}>
          {t('room.practice.close')}
        </Button>
      </div>
      <div aria-live="polite">{practice.evaluation ? <EvaluationDetails evaluation={practice.evaluation} /> : null}</div>
    </section>
  );
}
