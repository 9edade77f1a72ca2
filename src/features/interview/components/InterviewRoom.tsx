import { InlineText } from '@/components/InlineText';
import { useCallback, useEffect, useId, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { useCancelInterview } from '../api/cancel-interview';
import { useCompleteInterview } from '../api/complete-interview';
import { useAnswerFollowUp } from '../api/answer-follow-up';
import { updateCachedInterview, withFollowUp, withResponse, type InterviewData } from '../api/get-interview';
import { useRequestFollowUp } from '../api/request-follow-up';
import { scoreAnswer, useScoreAnswer, useScorePracticeRetry } from '../api/score-answer';
import { useSubmitResponse } from '../api/submit-response';
import { runTestsInWorker } from '../lib/code-runner';
import { clearDraft, clearFollowUpDraft, clearInterviewStorage, loadDraft, loadFollowUpDraft, loadRoomMeta } from '../lib/drafts';
import { countAnswered, elapsedMs, initialRoomState, roomReducer, type RoomState } from '../lib/room-machine';
import { useOnline } from '../lib/use-online';
import { useRoomClock } from '../lib/use-room-clock';
import { useRoomPersistence } from '../lib/use-room-persistence';
import { evaluationOf, label, type InterviewQuestion, type InterviewResponse, type TestResults } from '../lib/schemas';
import { hasSpeechSynthesis, speak, stopSpeaking } from '../lib/speech';
import { CodeEditor } from './CodeEditor';
import { Countdown } from './Countdown';
import { EvaluationDetails, ModelAnswerReveal } from './FeedbackPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { QuestionSteps } from './QuestionSteps';
import { TestResultsView } from './TestResultsView';
import { VoiceAnswer, type VoiceAnswerControl } from './VoiceAnswer';

const hasAnswer = (state: RoomState) => state.draft.text.trim() !== '' || state.draft.code.trim() !== '';
const isCoding = (question: InterviewQuestion | undefined) => question?.question_type === 'coding' && Boolean(question.function_name);

function init(data: InterviewData): RoomState {
  const meta = loadRoomMeta(data.session.id);
  return roomReducer(initialRoomState, {
    type: 'INIT',
    payload: {
      questions: data.questions.map((q) => ({ id: q.id, timeLimitSeconds: q.time_limit_seconds, starterCode: q.starter_code })),
      responses: data.responses.map((r) => ({ questionId: r.question_id, responseId: r.id, evaluation: evaluationOf(r) })),
      skipped: meta.skipped,
      currentId: meta.currentId,
      feedbackMode: meta.feedbackMode,
      loadDraft: (questionId) => loadDraft(data.session.id, questionId),
      now: Date.now(),
      followUps: data.followUps,
      skippedFollowUps: meta.skippedFollowUps,
      loadFollowUpDraft: (questionId) => loadFollowUpDraft(data.session.id, questionId),
    },
  });
}

/** The interview room: one question at a time, drafts autosaved, submit once, feedback, finish. */
export function InterviewRoom({ data }: { data: InterviewData }) {
  const { session, questions } = data;
  const sessionId = session.id;
  const headingId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(roomReducer, data, init);
  const submit = useSubmitResponse();
  const score = useScoreAnswer();
  const practiceScore = useScorePracticeRetry();
  const askFollowUp = useRequestFollowUp();
  const answerFollowUp = useAnswerFollowUp();
  const followUpRef = useRef<HTMLHeadingElement>(null);
  /** The voice answer on screen (the question's or the follow-up's): is it recording, and a way to stop it. */
  const voiceControl = useRef<VoiceAnswerControl>(null);
  const [recording, setRecording] = useState(false);
  /** Submitted while recording: the recording is stopped first, and what was said is submitted once it has ended
   *  (with its final transcript and speaking time). */
  const [submitWhenStopped, setSubmitWhenStopped] = useState<{ kind: 'answer' | 'follow-up'; questionId: string } | null>(null);
  const submittedAfterStop = useRef<typeof submitWhenStopped>(null);
  const complete = useCompleteInterview();
  const cancel = useCancelInterview();
  const submitting = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [running, setRunning] = useState(false);
  const online = useOnline();
  const question = questions[state.index];
  const voiceMode = session.interaction_mode === 'speech';
  const answered = countAnswered(state);
  const questionStatus = question ? state.status[question.id] : undefined;
  const loader = useCallback((questionId: string) => loadDraft(sessionId, questionId), [sessionId]);
  /** The question on screen, for callbacks that may come from an earlier render. */
  const questionOnScreen = useRef(question?.id);
  useLayoutEffect(() => {
    questionOnScreen.current = question?.id;
  });

  // Drafts, place and follow-up answers survive reloads and a lost connection (localStorage).
  useRoomPersistence(sessionId, state, question?.id);
  // The countdown counts only time with the question on screen.
  useRoomClock(state.phase === 'answering', Boolean(question?.time_limit_seconds), dispatch);

  // Move focus to the question when it changes, and to the feedback when it arrives.
  const previousIndex = useRef(state.index);
  useEffect(() => {
    if (previousIndex.current !== state.index && state.phase === 'answering') headingRef.current?.focus();
    previousIndex.current = state.index;
  }, [state.index, state.phase]);
  useEffect(() => {
    if (state.phase === 'feedback') feedbackRef.current?.focus();
    if (state.phase === 'followup') followUpRef.current?.focus();
  }, [state.phase]);

  // Voice mode reads the follow-up aloud, like the questions.
  const followUpText = state.phase === 'followup' ? state.followUp?.text : undefined;
  useEffect(() => {
    if (!voiceMode || !followUpText) return;
    speak(followUpText);
    return () => stopSpeaking();
  }, [voiceMode, followUpText]);

  // Voice mode reads each new question aloud.
  useEffect(() => {
    if (!voiceMode || state.phase !== 'answering' || !question) return;
    speak(question.question_text);
    return () => stopSpeaking();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voiceMode, question?.id]);

  /** Scores a stored answer once per page load (the follow-up may be on screen meanwhile). */
  const scoringIds = useRef(new Set<string>());
  const scoreResponse = (row: InterviewResponse) => {
    if (scoringIds.current.has(row.id)) return;
    scoringIds.current.add(row.id);
    score
      .mutateAsync(row.id)
      .then((evaluation) => {
        updateCachedInterview(queryClient, sessionId, (old) =>
          withResponse(old, { ...row, rubric: evaluation, score: evaluation.score, evaluated_at: new Date().toISOString() }),
        );
        dispatch({ type: 'SCORED', questionId: row.question_id, evaluation });
      })
      .catch((error: unknown) => dispatch({ type: 'SCORING_FAILED', questionId: row.question_id, message: toUserMessage(error) }));
  };

  // Waiting for a score nobody asked for on this page load (reloaded while a follow-up was open): ask now.
  useEffect(() => {
    if (state.phase !== 'scoring' || questionStatus?.status !== 'submitted' || questionStatus.scoring !== 'pending') return;
    const row = data.responses.find((r) => r.id === questionStatus.responseId);
    if (row) scoreResponse(row);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.phase, questionStatus, data.responses]);

  /** Does the interviewer want to dig deeper? Any failure just lets the interview continue. */
  const requestFollowUp = (questionId: string) => {
    askFollowUp
      .mutateAsync({ sessionId, questionId })
      .then((result) => {
        if (!result.follow_up) {
          dispatch({ type: 'FOLLOW_UP_NONE', questionId });
          return;
        }
        const asked = {
          questionId,
          messageId: result.message_id,
          followUpQuestionId: result.follow_up_question_id,
          text: result.follow_up,
          reason: result.reason,
          answered: false,
        };
        updateCachedInterview(queryClient, sessionId, (old) => withFollowUp(old, asked));
        dispatch({ type: 'FOLLOW_UP_RECEIVED', ...asked });
      })
      .catch(() => dispatch({ type: 'FOLLOW_UP_FAILED', questionId }));
  };

  /** `stillRecording`: the recording is stopped first and the answer submitted when it has ended. */
  const submitAnswer = (stillRecording: boolean) => {
    if (!question || state.phase !== 'answering' || submitting.current) return;
    if (stillRecording) {
      setSubmitWhenStopped({ kind: 'answer', questionId: question.id });
      voiceControl.current?.stop();
      return;
    }
    dispatch({ type: 'SUBMIT' });
    if (!hasAnswer(state)) return;
    submitting.current = true;
    const { draft } = state;
    const spoken = voiceMode && draft.speakingSeconds > 0;
    submit
      .mutateAsync({
        questionId: question.id,
        answerText: draft.text.trim() || null,
        codeAnswer: isCoding(question) && draft.code.trim() ? draft.code : null,
        transcript: spoken ? draft.text.trim() || null : null,
        speakingDurationSeconds: spoken ? draft.speakingSeconds : null,
        timeTakenSeconds: elapsedMs(state, Date.now()) / 1000,
        clientTestResults: draft.testResults,
      })
      .then((row) => {
        clearDraft(sessionId, question.id);
        updateCachedInterview(queryClient, sessionId, (old) => withResponse(old, row));
        dispatch({ type: 'SUBMIT_SUCCEEDED', questionId: question.id, responseId: row.id });
        requestFollowUp(question.id);
        if (state.feedbackMode === 'immediate') scoreResponse(row);
      })
      .catch((error: unknown) => {
        const message =
          error instanceof UserFacingError && error.code === 'network'
            ? "You're offline or the server can't be reached. Your answer is saved on this device — submit again when you're back online."
            : toUserMessage(error);
        dispatch({ type: 'SUBMIT_FAILED', message });
      })
      .finally(() => {
        submitting.current = false;
      });
  };

  const onSubmit = () => submitAnswer(recording);

  const submitFollowUp = (stillRecording: boolean) => {
    const followUp = state.followUp;
    if (state.phase !== 'followup' || !followUp || followUp.status !== 'open') return;
    if (stillRecording) {
      setSubmitWhenStopped({ kind: 'follow-up', questionId: followUp.questionId });
      voiceControl.current?.stop();
      return;
    }
    dispatch({ type: 'FOLLOW_UP_SUBMIT' });
    if (!followUp.answer.trim()) return;
    // Like a main answer: spoken (with a transcript and speaking time, so its delivery is scored) only if speech was heard.
    const spoken = voiceMode && followUp.speakingSeconds > 0;
    answerFollowUp
      .mutateAsync({
        interviewId: sessionId,
        questionId: followUp.questionId,
        followUpQuestionId: followUp.followUpQuestionId,
        text: followUp.answer,
        speakingDurationSeconds: spoken ? followUp.speakingSeconds : null,
      })
      .then((saved) => {
        clearFollowUpDraft(sessionId, followUp.questionId);
        updateCachedInterview(queryClient, sessionId, (old) =>
          withFollowUp(old, {
            questionId: followUp.questionId,
            messageId: followUp.messageId,
            followUpQuestionId: followUp.followUpQuestionId,
            text: followUp.text,
            reason: followUp.reason,
            answered: true,
          }),
        );
        dispatch({ type: 'FOLLOW_UP_ANSWERED' });
        // Score the follow-up answer now (its feedback is on the report); if this fails, finishing the interview
        // scores it. The room doesn't wait for it.
        if (saved.response && state.feedbackMode === 'immediate') void scoreAnswer(saved.response.id).catch(() => undefined);
      })
      .catch((error: unknown) => {
        const message =
          error instanceof UserFacingError && error.code === 'network'
            ? "You're offline or the server can't be reached. Your follow-up answer is kept here — try again, or skip it."
            : toUserMessage(error);
        dispatch({ type: 'FOLLOW_UP_ANSWER_FAILED', message });
      });
  };

  const onFollowUpSubmit = () => submitFollowUp(recording);

  // The recording stopped after a submit during it: submit now, with the final transcript and speaking time. The
  // recognizer reports its end and the speaking time together, and the voice answer calls this after the render that
  // holds both, so the draft seen here is final. A voice answer that unmounts calls it from its last render, hence
  // the refs: the question on screen now, and the request already carried out.
  const onRecordingChange = (listening: boolean) => {
    setRecording(listening);
    if (listening || !submitWhenStopped || submittedAfterStop.current === submitWhenStopped) return;
    submittedAfterStop.current = submitWhenStopped;
    setSubmitWhenStopped(null);
    // Not if the user has moved on meanwhile (skipped the question or the follow-up).
    if (questionOnScreen.current !== submitWhenStopped.questionId) return;
    if (submitWhenStopped.kind === 'answer') submitAnswer(false);
    else submitFollowUp(false);
  };

  /** Moving to another question drops a submit still waiting for the recording to end: the answer left behind is
   *  not sent, even if the recognizer reports its end before the next question is on screen. */
  const leaveQuestion = (action: { type: 'SKIP' } | { type: 'GO_TO'; questionId: string }) => {
    if (submitWhenStopped) {
      submittedAfterStop.current = submitWhenStopped;
      setSubmitWhenStopped(null);
    }
    dispatch({ ...action, loadDraft: loader, now: Date.now() });
  };

  const onFollowUpSkip = () => {
    if (state.followUp) clearFollowUpDraft(sessionId, state.followUp.questionId);
    dispatch({ type: 'FOLLOW_UP_SKIP' });
  };

  const previousAnswer = question ? (data.responses.find((r) => r.question_id === question.id)?.answer_text ?? null) : null;

  const [practiceResults, setPracticeResults] = useState<TestResults | null>(null);

  const onRunTests = async () => {
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

  const onPracticeSubmit = () => {
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

  const onFinish = () => {
    setConfirmEnd(false);
    if (answered === 0) {
      cancel.mutate(sessionId, {
        onSuccess: () => {
          clearInterviewStorage(sessionId);
          navigate('/app', { replace: true });
        },
      });
      return;
    }
    dispatch({ type: 'FINISH' });
    complete.mutate(sessionId, {
      onSuccess: () => {
        clearInterviewStorage(sessionId);
        dispatch({ type: 'FINISHED' });
        navigate(`/app/interviews/${sessionId}/report`, { replace: true });
      },
      onError: (error) => dispatch({ type: 'FINISH_FAILED', message: toUserMessage(error) }),
    });
  };

  const progress = `${answered} of ${questions.length} answered`;

  return (
    <div className="room">
      <header className="room__header">
        <div>
          <p className="eyebrow">
            {session.title}
            {session.company ? ` · ${session.company}` : ''}
          </p>
          <p className="muted room__progress">
            <span>{progress}</span>
            {!online ? <span className="badge badge--warning">Offline — drafts are saved on this device</span> : null}
          </p>
        </div>
        <div className="room__header-actions">
          <label className="switch">
            <input
              type="checkbox"
              checked={state.feedbackMode === 'immediate'}
              onChange={(event) => dispatch({ type: 'SET_FEEDBACK_MODE', mode: event.target.checked ? 'immediate' : 'deferred' })}
            />
            <span>Feedback after each answer</span>
          </label>
          <Button variant="ghost" size="sm" onClick={() => setConfirmEnd(true)} disabled={state.phase === 'finishing'}>
            End interview
          </Button>
        </div>
      </header>

      <QuestionSteps questions={questions} state={state} onGoTo={(questionId) => leaveQuestion({ type: 'GO_TO', questionId })} />

      {confirmEnd ? (
        <section
          className="card room__confirm"
          role="alertdialog"
          aria-labelledby={`${headingId}-end`}
          aria-describedby={`${headingId}-end-desc`}
        >
          <h2 id={`${headingId}-end`}>End the interview now?</h2>
          <p id={`${headingId}-end-desc`}>
            {answered === 0
              ? "You haven't answered anything yet, so this interview will be cancelled without a report."
              : `You've answered ${answered} of ${questions.length}. Unanswered questions count as skipped in your report.`}
          </p>
          <div className="state__actions">
            <Button variant="danger" onClick={onFinish} isLoading={complete.isPending || cancel.isPending} autoFocus>
              {answered === 0 ? 'Cancel interview' : 'End and see report'}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmEnd(false)}>
              Keep going
            </Button>
          </div>
          <FormError message={cancel.isError ? toUserMessage(cancel.error) : null} />
        </section>
      ) : null}

      {state.phase === 'review' || state.phase === 'finishing' || state.phase === 'finished' ? (
        <section className="card room__review" aria-labelledby={`${headingId}-review`}>
          <h2 id={`${headingId}-review`} ref={headingRef} tabIndex={-1}>
            {answered === questions.length ? 'All questions answered' : "You've reached the end"}
          </h2>
          <p>
            {progress}.{' '}
            {state.feedbackMode === 'deferred' || answered < questions.length
              ? 'Finish to get your scores, feedback and skill gaps in the report.'
              : 'Finish to get your full report with skill gaps and recommendations.'}
          </p>
          {questions.some((q) => state.status[q.id]?.status === 'skipped') ? (
            <div>
              <h3>Skipped questions</h3>
              <ul className="room__skipped">
                {questions.map((q, index) =>
                  state.status[q.id]?.status === 'skipped' ? (
                    <li key={q.id}>
                      <Button variant="ghost" size="sm" onClick={() => leaveQuestion({ type: 'GO_TO', questionId: q.id })}>
                        Answer question {index + 1}
                      </Button>{' '}
                      <span className="muted">{q.question_text.slice(0, 90)}…</span>
                    </li>
                  ) : null,
                )}
              </ul>
            </div>
          ) : null}
          <FormError message={state.error} />
          <div className="state__actions">
            <Button size="lg" onClick={onFinish} isLoading={state.phase === 'finishing' || cancel.isPending}>
              {answered === 0 ? 'Cancel interview' : 'Finish and see report'}
            </Button>
          </div>
          <p className="visually-hidden" role="status" aria-live="polite">
            {state.phase === 'finishing' ? 'Scoring your interview and writing your report…' : ''}
          </p>
        </section>
      ) : question ? (
        <section className="card room__question" aria-labelledby={headingId}>
          <div className="room__question-head">
            <div className="room__meta">
              <span className="badge">
                Question {state.index + 1} of {questions.length}
              </span>
              <span className="badge badge--muted">{label(question.question_type)}</span>
              <span className="badge badge--muted">{label(question.difficulty)}</span>
              {question.skill_category ? <span className="muted">{question.skill_category}</span> : null}
            </div>
            {state.phase === 'answering' && state.remainingSeconds !== null && question.time_limit_seconds ? (
              <Countdown remaining={state.remainingSeconds} total={question.time_limit_seconds} />
            ) : null}
          </div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="room__question-text">
            <InlineText text={question.question_text} />
          </h2>
          {voiceMode && hasSpeechSynthesis() && state.phase === 'answering' ? (
            <Button variant="ghost" size="sm" onClick={() => speak(question.question_text)}>
              Read question aloud
            </Button>
          ) : null}

          {state.phase === 'answering' || state.phase === 'submitting' ? (
            <div className="room__answer">
              {state.timedOut ? (
                <p className="note note--warning" role="alert">
                  Time&apos;s up for this question. You can still submit what you have (it will be marked as over time) or skip it.
                </p>
              ) : null}
              {isCoding(question) ? (
                <>
                  <CodeEditor
                    label="Your solution"
                    value={state.draft.code}
                    onChange={(code) => dispatch({ type: 'EDIT', code, now: Date.now() })}
                    disabled={state.phase === 'submitting'}
                  />
                  <div className="room__run">
                    <Button
                      variant="secondary"
                      onClick={() => void onRunTests()}
                      isLoading={running}
                      disabled={state.phase === 'submitting'}
                    >
                      Run tests
                    </Button>
                    <span className="muted">{question.test_cases.length} test cases · runs in your browser</span>
                  </div>
                  <div aria-live="polite">{state.draft.testResults ? <TestResultsView results={state.draft.testResults} /> : null}</div>
                  <div className="field">
                    <label className="field__label" htmlFor={`${headingId}-explain`}>
                      Explain your approach (optional)
                    </label>
                    <textarea
                      id={`${headingId}-explain`}
                      className="field__input textarea"
                      rows={4}
                      value={state.draft.text}
                      maxLength={20000}
                      onChange={(event) => dispatch({ type: 'EDIT', text: event.target.value, now: Date.now() })}
                      disabled={state.phase === 'submitting'}
                    />
                  </div>
                </>
              ) : voiceMode ? (
                <VoiceAnswer
                  key={question.id}
                  text={state.draft.text}
                  speakingSeconds={state.draft.speakingSeconds}
                  onText={(text) => dispatch({ type: 'EDIT', text, now: Date.now() })}
                  onSpeakingSeconds={(speakingSeconds) => dispatch({ type: 'EDIT', speakingSeconds, now: Date.now() })}
                  disabled={state.phase === 'submitting'}
                  onSubmitShortcut={onSubmit}
                  onListeningChange={onRecordingChange}
                  control={voiceControl}
                />
              ) : (
                <div className="field">
                  <label className="field__label" htmlFor={`${headingId}-answer`}>
                    Your answer
                  </label>
                  <textarea
                    id={`${headingId}-answer`}
                    className="field__input textarea answer-box"
                    rows={9}
                    value={state.draft.text}
                    maxLength={20000}
                    onChange={(event) => dispatch({ type: 'EDIT', text: event.target.value, now: Date.now() })}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                        event.preventDefault();
                        onSubmit();
                      }
                    }}
                    disabled={state.phase === 'submitting'}
                    aria-describedby={`${headingId}-answer-hint`}
                  />
                  <p id={`${headingId}-answer-hint`} className="field__hint">
                    {state.draft.text.trim() ? `${state.draft.text.trim().split(/\s+/).length} words · ` : ''}Ctrl+Enter submits. Your draft
                    is saved on this device as you type.
                  </p>
                </div>
              )}
              <FormError message={state.error} />
              <div className="room__actions">
                <Button onClick={onSubmit} isLoading={state.phase === 'submitting' || submitWhenStopped?.kind === 'answer'} size="lg">
                  Submit answer
                </Button>
                <Button variant="ghost" onClick={() => leaveQuestion({ type: 'SKIP' })} disabled={state.phase === 'submitting'}>
                  Skip question
                </Button>
              </div>
            </div>
          ) : null}

          {state.phase === 'checking' ? (
            <div className="room__scoring">
              <span className="spinner spinner--md" aria-hidden="true" /> Answer saved. Your interviewer is reading your answer…
            </div>
          ) : null}

          {state.phase === 'followup' && state.followUp ? (
            <FollowUpPanel
              key={state.followUp.questionId}
              idBase={headingId}
              followUp={state.followUp}
              previousAnswer={previousAnswer}
              headingRef={followUpRef}
              onChange={(text) => dispatch({ type: 'FOLLOW_UP_EDIT', text })}
              onSubmit={onFollowUpSubmit}
              onSkip={onFollowUpSkip}
              submitPending={submitWhenStopped?.kind === 'follow-up'}
              voice={
                voiceMode
                  ? {
                      onSpeakingSeconds: (speakingSeconds) => dispatch({ type: 'FOLLOW_UP_EDIT', speakingSeconds }),
                      onListeningChange: onRecordingChange,
                      control: voiceControl,
                      onReadAloud: hasSpeechSynthesis() ? () => speak(state.followUp!.text) : undefined,
                    }
                  : undefined
              }
            />
          ) : null}

          {state.phase === 'scoring' ? (
            <div className="room__scoring" role="status" aria-live="polite">
              <span className="spinner spinner--md" aria-hidden="true" /> Answer saved. Scoring your answer…
            </div>
          ) : null}

          {(state.phase === 'feedback' || state.phase === 'practice') && questionStatus?.status === 'submitted' ? (
            <div className="room__feedback">
              <h3 ref={feedbackRef} tabIndex={-1}>
                {questionStatus.scoring === 'done' ? 'Feedback on your answer' : 'Answer saved'}
              </h3>
              <div aria-live="polite">
                {questionStatus.scoring === 'done' && questionStatus.evaluation ? (
                  <EvaluationDetails evaluation={questionStatus.evaluation} />
                ) : questionStatus.scoring === 'deferred' ? (
                  <p className="muted">Feedback for this answer will be in your report.</p>
                ) : questionStatus.scoring === 'failed' ? (
                  <p className="muted">
                    Feedback pending: {questionStatus.scoringError ?? "we couldn't score this answer yet."} It will be scored when you
                    finish.
                  </p>
                ) : null}
              </div>
              {state.followUp && state.followUp.questionId === question.id && state.followUp.status !== 'open' ? (
                <p className="room__followup-note">
                  <strong>Follow-up from your interviewer:</strong> {state.followUp.text}{' '}
                  <span className="muted">
                    {state.followUp.status === 'answered' ? '— you answered it; it is saved with this question.' : '— skipped.'}
                  </span>
                </p>
              ) : null}
              {questionStatus.scoring !== 'deferred' ? <ModelAnswerReveal questionId={question.id} /> : null}

              {state.phase === 'practice' && state.practice ? (
                <section className="practice" aria-labelledby={`${headingId}-practice`}>
                  <h3 id={`${headingId}-practice`}>Practice this question again</h3>
                  <p className="muted">This retry is scored for practice only; your submitted answer stays in the interview.</p>
                  {isCoding(question) ? (
                    <>
                      <CodeEditor
                        label="Practice solution"
                        value={state.practice.code}
                        onChange={(code) => dispatch({ type: 'PRACTICE_EDIT', code })}
                      />
                      <Button variant="secondary" onClick={() => void onRunTests()} isLoading={running}>
                        Run tests
                      </Button>
                      {practiceResults ? <TestResultsView results={practiceResults} /> : null}
                    </>
                  ) : null}
                  <div className="field">
                    <label className="field__label" htmlFor={`${headingId}-practice-text`}>
                      {isCoding(question) ? 'Explain your approach' : 'Your practice answer'}
                    </label>
                    <textarea
                      id={`${headingId}-practice-text`}
                      className="field__input textarea"
                      rows={6}
                      value={state.practice.text}
                      onChange={(event) => dispatch({ type: 'PRACTICE_EDIT', text: event.target.value })}
                    />
                  </div>
                  <FormError message={state.practice.error} />
                  <div className="room__actions">
                    <Button onClick={onPracticeSubmit} isLoading={state.practice.scoring}>
                      Score practice answer
                    </Button>
                    <Button variant="ghost" onClick={() => dispatch({ type: 'PRACTICE_DONE' })}>
                      Close practice
                    </Button>
                  </div>
                  <div aria-live="polite">
                    {state.practice.evaluation ? <EvaluationDetails evaluation={state.practice.evaluation} /> : null}
                  </div>
                </section>
              ) : null}

              <div className="room__actions">
                <Button size="lg" onClick={() => dispatch({ type: 'NEXT', loadDraft: loader, now: Date.now() })}>
                  {state.questions.some((q, i) => i !== state.index && (state.status[q.id]?.status ?? 'unanswered') === 'unanswered')
                    ? 'Next question'
                    : 'Continue'}
                </Button>
                {state.phase === 'feedback' ? (
                  <Button variant="secondary" onClick={() => dispatch({ type: 'RETRY' })}>
                    Retry this question (practice)
                  </Button>
                ) : null}
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite">
        {state.phase === 'checking'
          ? 'Answer saved. Your interviewer is reading your answer.'
          : state.phase === 'followup' && state.followUp?.status === 'open'
            ? 'Your interviewer has a follow-up question.'
            : ''}
      </p>

      <p className="room__footer muted">
        Leave any time — your place and drafts are kept. <Link to="/app">Back to dashboard</Link>
      </p>
    </div>
  );
}
