import { useCallback, useId, useReducer } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import type { InterviewData } from '../api/get-interview';
import { useT } from '../i18n';
import { loadDraft, loadFollowUpDraft, loadRoomMeta } from '../lib/drafts';
import { countAnswered, initialRoomState, roomReducer, type RoomState } from '../lib/room-machine';
import { evaluationOf } from '../lib/schemas';
import { hasSpeechSynthesis, speak } from '../lib/speech';
import { useAnswerPipeline } from '../lib/use-answer-pipeline';
import { useFinishInterview } from '../lib/use-finish-interview';
import { useOnline } from '../lib/use-online';
import { usePracticeRetry } from '../lib/use-practice-retry';
import { useReadAloud } from '../lib/use-read-aloud';
import { useRoomClock } from '../lib/use-room-clock';
import { useRoomFocus } from '../lib/use-room-focus';
import { useRoomPersistence } from '../lib/use-room-persistence';
import { useSubmitWhenStopped } from '../lib/use-submit-when-stopped';
import { AnswerFeedback } from './AnswerFeedback';
import { AnsweringPanel } from './AnsweringPanel';
import { EndInterviewDialog } from './EndInterviewDialog';
import { FollowUpSection } from './FollowUpSection';
import { PracticeRetry } from './PracticeRetry';
import { QuestionHeader } from './QuestionHeader';
import { QuestionSteps } from './QuestionSteps';
import { RoomHeader } from './RoomHeader';
import { RoomReview } from './RoomReview';
import { routes } from '@/lib/routes';

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
  const { t } = useT();
  const { session, questions } = data;
  const sessionId = session.id;
  const headingId = useId();
  const [state, dispatch] = useReducer(roomReducer, data, init);
  const online = useOnline();
  const question = questions[state.index];
  const voiceMode = session.interaction_mode === 'speech';
  const answered = countAnswered(state);
  const questionStatus = question ? state.status[question.id] : undefined;
  const loader = useCallback((questionId: string) => loadDraft(sessionId, questionId), [sessionId]);
  const recorder = useSubmitWhenStopped(question?.id);
  const finishing = useFinishInterview(sessionId, answered, dispatch);

  // Drafts, place and follow-up answers survive reloads and a lost connection (localStorage).
  useRoomPersistence(sessionId, state, question?.id);
  // The countdown counts only time with the question on screen.
  useRoomClock(state.phase === 'answering', Boolean(question?.time_limit_seconds), dispatch);
  const { headingRef, feedbackRef, followUpRef } = useRoomFocus(state);
  useReadAloud(voiceMode, state, question);
  const pipeline = useAnswerPipeline({
    data,
    state,
    dispatch,
    voiceMode,
    stopThenSubmit: recorder.stopThenSubmit,
    takeRecording: () => recorder.control.current?.takeRecording() ?? null,
  });
  const practice = usePracticeRetry({ question, state, dispatch });

  const onSubmit = () => pipeline.submitAnswer(recorder.recording);
  const onFollowUpSubmit = () => pipeline.submitFollowUp(recorder.recording);
  // The recording stopped after a submit during it: submit now, with the final transcript and speaking time.
  const onRecordingChange = (listening: boolean) =>
    recorder.onRecordingChange(listening, (kind) => (kind === 'answer' ? pipeline.submitAnswer(false) : pipeline.submitFollowUp(false)));

  const leaveQuestion = (action: { type: 'SKIP' } | { type: 'GO_TO'; questionId: string }) => {
    recorder.dropPending();
    dispatch({ ...action, loadDraft: loader, now: Date.now() });
  };

  const previousAnswer = question ? (data.responses.find((r) => r.question_id === question.id)?.answer_text ?? null) : null;
  const progress = t('room.progress', { answered, total: questions.length });
  const hasUnansweredElsewhere = state.questions.some(
    (q, i) => i !== state.index && (state.status[q.id]?.status ?? 'unanswered') === 'unanswered',
  );

  return (
    <div className="room">
      <RoomHeader
        session={session}
        progress={progress}
        online={online}
        feedbackMode={state.feedbackMode}
        onFeedbackModeChange={(mode) => dispatch({ type: 'SET_FEEDBACK_MODE', mode })}
        onEnd={finishing.askToConfirm}
        endDisabled={state.phase === 'finishing'}
      />

      <QuestionSteps questions={questions} state={state} onGoTo={(questionId) => leaveQuestion({ type: 'GO_TO', questionId })} />

      {finishing.confirming ? (
        <EndInterviewDialog
          idBase={headingId}
          answered={answered}
          total={questions.length}
          onConfirm={finishing.finish}
          onKeepGoing={finishing.keepGoing}
          isPending={finishing.completing || finishing.cancelling}
          error={finishing.cancelError}
        />
      ) : null}

      {state.phase === 'review' || state.phase === 'finishing' || state.phase === 'finished' ? (
        <RoomReview
          idBase={headingId}
          headingRef={headingRef}
          questions={questions}
          state={state}
          answered={answered}
          progress={progress}
          onGoTo={(questionId) => leaveQuestion({ type: 'GO_TO', questionId })}
          onFinish={finishing.finish}
          isFinishing={state.phase === 'finishing' || finishing.cancelling}
        />
      ) : question ? (
        <section className="card room__question" aria-labelledby={headingId}>
          <QuestionHeader
            headingId={headingId}
            headingRef={headingRef}
            question={question}
            number={state.index + 1}
            total={questions.length}
            remainingSeconds={state.phase === 'answering' ? state.remainingSeconds : null}
            onReadAloud={voiceMode && hasSpeechSynthesis() && state.phase === 'answering' ? () => speak(question.question_text) : undefined}
          />
          {pipeline.audioNotSavedFor === question.id ? (
            <p className="note" role="status">
              {t('audio.notSaved')}
            </p>
          ) : null}

          {state.phase === 'answering' || state.phase === 'submitting' ? (
            <AnsweringPanel
              idBase={headingId}
              question={question}
              state={state}
              dispatch={dispatch}
              voiceMode={voiceMode}
              onSubmit={onSubmit}
              onSkip={() => leaveQuestion({ type: 'SKIP' })}
              submitPending={recorder.pendingKind === 'answer'}
              running={practice.running}
              onRunTests={() => void practice.runTests()}
              onRecordingChange={onRecordingChange}
              voiceControl={recorder.control}
            />
          ) : null}

          {state.phase === 'checking' ? (
            <div className="room__scoring">
              <span className="spinner spinner--md" aria-hidden="true" /> {t('room.checking')}
            </div>
          ) : null}

          {state.phase === 'followup' && state.followUp ? (
            <FollowUpSection
              key={state.followUp.questionId}
              idBase={headingId}
              followUp={state.followUp}
              previousAnswer={previousAnswer}
              headingRef={followUpRef}
              dispatch={dispatch}
              onSubmit={onFollowUpSubmit}
              onSkip={pipeline.skipFollowUp}
              submitPending={recorder.pendingKind === 'follow-up'}
              voice={voiceMode ? { onRecordingChange, control: recorder.control } : null}
            />
          ) : null}

          {state.phase === 'scoring' ? (
            <div className="room__scoring" role="status" aria-live="polite">
              <span className="spinner spinner--md" aria-hidden="true" /> {t('room.scoring')}
            </div>
          ) : null}

          {(state.phase === 'feedback' || state.phase === 'practice') && questionStatus?.status === 'submitted' ? (
            <AnswerFeedback
              questionId={question.id}
              status={questionStatus}
              followUp={state.followUp}
              headingRef={feedbackRef}
              practice={
                state.phase === 'practice' && state.practice ? (
                  <PracticeRetry
                    idBase={headingId}
                    question={question}
                    practice={state.practice}
                    dispatch={dispatch}
                    running={practice.running}
                    onRunTests={() => void practice.runTests()}
                    results={practice.practiceResults}
                    onSubmit={practice.submitPractice}
                  />
                ) : null
              }
              actions={
                <div className="room__actions">
                  <Button size="lg" onClick={() => dispatch({ type: 'NEXT', loadDraft: loader, now: Date.now() })}>
                    {hasUnansweredElsewhere ? t('room.next') : t('room.continue')}
                  </Button>
                  {state.phase === 'feedback' ? (
                    <Button variant="secondary" onClick={() => dispatch({ type: 'RETRY' })}>
                      {t('room.retry')}
                    </Button>
                  ) : null}
                </div>
              }
            />
          ) : null}
        </section>
      ) : null}

      <p className="visually-hidden" role="status" aria-live="polite">
        {state.phase === 'checking'
          ? t('room.checkingAnnounce')
          : state.phase === 'followup' && state.followUp?.status === 'open'
            ? t('room.followUpAnnounce')
            : ''}
      </p>

      <p className="room__footer muted">
        {t('room.leaveAnyTime')} <Link to={routes.app.dashboard}>{t('room.backToDashboard')}</Link>
      </p>
    </div>
  );
}
