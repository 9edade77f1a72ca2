import { useState, type Dispatch } from 'react';
import { toUserMessage } from '@/lib/errors';
import { useScorePracticeRetry } from '../api/score-answer';
import { runTestsInWorker } from './code-runner';
import { isCoding } from './room-questions';
import type { RoomEvent, RoomState } from './room-machine';
import type { InterviewQuestion, TestResults } from './schemas';

type Options = { question: InterviewQuestion | undefined; state: RoomState; dispatch: Dispatch<RoomEvent> };

/**
 * Running a coding question's tests in the browser (for the answer being written, or for a practice retry) and
 * scoring a practice retry, which never replaces the submitted answer.
 */
export function usePracticeRetry({ question, state, dispatch }: Options) {
  const practiceScore = useScorePracticeRetry();
  const [running, setRunning] = useState(false);
  const [practiceResults, setPracticeResults] = useState<TestResults | null>(null);

  const runTests = async () => {
    if (!question?.function_name || running) return;
    setRunning(true);
    const results: TestResults = await runTestsInWorker(
      state.phase === 'practice' ? (state.practice?.code ?? '') : state.draft.code,
      question.function_name,
      question.test_cases,
    );
    setRunning(false);
    if (state.phase === 'answering') dispatch({ type: 'EDIT', testResults: results, now: Date.now() });
    else setPracticeResults(results);
  };

  const submitPractice = () => {
    if (!question || !state.practice || state.practice.scoring) return;
    dispatch({ type: 'PRACTICE_SUBMIT' });
    if (!state.practice.text.trim() && !state.practice.code.trim()) return;
    practiceScore.mutate(
      {
        bankQuestionId: question.bank_question_id,
        text: question.question_text,
        type: question.question_type,
        difficulty: question.difficulty,
        answer: state.practice.text,
        code: isCoding(question) ? state.practice.code : null,
        testResults: practiceResults,
      },
      {
        onSuccess: (evaluation) => dispatch({ type: 'PRACTICE_SCORED', evaluation }),
        onError: (error) => dispatch({ type: 'PRACTICE_FAILED', message: toUserMessage(error) }),
      },
    );
  };

  return { running, practiceResults, runTests, submitPractice };
}
