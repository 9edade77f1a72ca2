import i18next from 'i18next';
import '../i18n';
import { emptyDraft, type Draft, type FollowUpDraft } from './drafts';
import type { Evaluation, TestResults } from './schemas';

/**
 * The interview room as an explicit state machine. Pure: storage, timers and network live in the
 * component, which feeds events in (and loads drafts of other questions from storage when moving).
 *
 *   answering ──SUBMIT──▶ submitting ──SUBMIT_SUCCEEDED──▶ checking (is a follow-up warranted? scoring runs meanwhile)
 *       ▲  │                  │                                 │
 *       │  │                  │          FOLLOW_UP_RECEIVED ◀───┤───▶ FOLLOW_UP_NONE / FOLLOW_UP_FAILED (never blocks)
 *       │  │                  │                 ▼               │                     │
 *       │  │                  │   followup ──FOLLOW_UP_SUBMIT──▶ (sending) ──FOLLOW_UP_ANSWERED──┐
 *       │  │                  │      │  └──FOLLOW_UP_SKIP────────────────────────────────────────┤
 *       │  │                  │      └──(FOLLOW_UP_ANSWER_FAILED: stays, answer kept, error)     ▼
 *       │  │                  │                     scoring (still pending) ──SCORED / SCORING_FAILED──▶ feedback
 *       │  │                  │                     feedback (already scored, failed or deferred)
 *       │  │                  └──SUBMIT_FAILED──▶ answering (draft kept, error shown)
 *       │  └──SKIP──▶ next unanswered question, or review when none is left
 *       └──NEXT (from feedback) / GO_TO (from review)
 *   feedback ──RETRY──▶ practice (answer again, scored without replacing the stored answer) ──PRACTICE_DONE──▶ feedback
 *   any ──FINISH──▶ finishing ──FINISHED──▶ finished | FINISH_FAILED ──▶ previous phase with an error
 *   At most one follow-up per question (the server enforces it too). INIT reopens a follow-up that was asked
 *   but neither answered (stored) nor skipped (remembered on this device) for the question the user was on.
 *   TICK: counts the time limit down; at 0 the question is flagged timed out (the draft is kept; it can
 *   still be submitted late or skipped). Only time on screen counts: HIDDEN (page hidden) stops the clock,
 *   VISIBLE restarts it, and the time counted so far is part of the saved draft.
 *   INIT on an answered question (reloaded during its feedback) shows that feedback again; GO_TO an answered
 *   question shows its feedback read-only (the question dots navigate).
 */

export type Phase =
  'answering' | 'submitting' | 'checking' | 'followup' | 'scoring' | 'feedback' | 'practice' | 'review' | 'finishing' | 'finished';
export type FeedbackMode = 'immediate' | 'deferred';

export type QuestionStatus =
  | { status: 'unanswered' }
  | { status: 'skipped' }
  | {
      status: 'submitted';
      responseId: string;
      evaluation: Evaluation | null;
      scoring: 'pending' | 'done' | 'failed' | 'deferred';
      scoringError?: string | undefined;
    };

/** The interviewer's follow-up to the current question. */
export type FollowUp = {
  questionId: string;
  messageId: string | null;
  /** The follow-up's own interview_questions row (answered with submit_response, scored like any answer); null for
   *  follow-ups asked before they were stored as questions (their answer is only a transcript message). */
  followUpQuestionId: string | null;
  text: string;
  /** The server's reason code (missing_result, vague_claim, …). */
  reason: string;
  answer: string;
  /** Seconds of speech captured by voice input for `answer` (0 when typed): a spoken answer is sent as speech. */
  speakingSeconds: number;
  status: 'open' | 'sending' | 'answered' | 'skipped';
  error: string | null;
};

/** A follow-up already asked (from the transcript), for resuming. */
export type AskedFollowUp = {
  questionId: string;
  messageId: string | null;
  followUpQuestionId: string | null;
  text: string;
  reason: string;
  answered: boolean;
};

export type RoomQuestion = { id: string; timeLimitSeconds: number | null; starterCode: string | null };

export type RoomState = {
  phase: Phase;
  /** Phase to go back to when finishing fails. */
  resumePhase: Phase;
  questions: RoomQuestion[];
  index: number;
  status: Record<string, QuestionStatus>;
  draft: Draft;
  remainingSeconds: number | null;
  timedOut: boolean;
  /** When the on-screen clock of the open question last started or was last counted (null: page hidden). */
  activeSince: number | null;
  feedbackMode: FeedbackMode;
  error: string | null;
  practice: { text: string; code: string; evaluation: Evaluation | null; scoring: boolean; error: string | null } | null;
  /** The follow-up of the question on screen (kept after it is answered or skipped, cleared when moving on). */
  followUp: FollowUp | null;
  /** Questions whose follow-up was skipped (remembered so a reload doesn't ask again). */
  skippedFollowUps: string[];
};

export type InitPayload = {
  questions: RoomQuestion[];
  responses: { questionId: string; responseId: string; evaluation: Evaluation | null }[];
  skipped: string[];
  currentId: string | null;
  feedbackMode: FeedbackMode;
  /** Draft of the question the room opens on (from storage), if any. */
  loadDraft: (questionId: string) => Draft | null;
  now: number;
  /** Follow-ups already asked (from the transcript). */
  followUps?: AskedFollowUp[];
  /** Questions whose follow-up the user skipped (remembered on this device). */
  skippedFollowUps?: string[];
  /** The saved follow-up answer draft of a question, if any. */
  loadFollowUpDraft?: (questionId: string) => FollowUpDraft | null;
};

export type RoomEvent =
  | { type: 'INIT'; payload: InitPayload }
  | { type: 'EDIT'; text?: string; code?: string; speakingSeconds?: number; testResults?: TestResults | null; now: number }
  | { type: 'TICK'; now: number }
  | { type: 'HIDDEN'; now: number }
  | { type: 'VISIBLE'; now: number }
  | { type: 'SUBMIT' }
  | { type: 'SUBMIT_SUCCEEDED'; questionId: string; responseId: string }
  | { type: 'SUBMIT_FAILED'; message: string }
  | { type: 'SCORED'; questionId: string; evaluation: Evaluation }
  | { type: 'SCORING_FAILED'; questionId: string; message: string }
  | { type: 'NEXT'; loadDraft: (questionId: string) => Draft | null; now: number }
  | { type: 'SKIP'; loadDraft: (questionId: string) => Draft | null; now: number }
  | { type: 'GO_TO'; questionId: string; loadDraft: (questionId: string) => Draft | null; now: number }
  | { type: 'RETRY' }
  | { type: 'PRACTICE_EDIT'; text?: string; code?: string }
  | { type: 'PRACTICE_SUBMIT' }
  | { type: 'PRACTICE_SCORED'; evaluation: Evaluation }
  | { type: 'PRACTICE_FAILED'; message: string }
  | { type: 'PRACTICE_DONE' }
  | {
      type: 'FOLLOW_UP_RECEIVED';
      questionId: string;
      messageId: string | null;
      followUpQuestionId: string | null;
      text: string;
      reason: string;
    }
  | { type: 'FOLLOW_UP_NONE'; questionId: string }
  | { type: 'FOLLOW_UP_FAILED'; questionId: string }
  | { type: 'FOLLOW_UP_EDIT'; text?: string; speakingSeconds?: number }
  | { type: 'FOLLOW_UP_SUBMIT' }
  | { type: 'FOLLOW_UP_ANSWERED' }
  | { type: 'FOLLOW_UP_ANSWER_FAILED'; message: string }
  | { type: 'FOLLOW_UP_SKIP' }
  | { type: 'SET_FEEDBACK_MODE'; mode: FeedbackMode }
  | { type: 'FINISH' }
  | { type: 'FINISH_FAILED'; message: string }
  | { type: 'FINISHED' }
  | { type: 'DISMISS_ERROR' };

export const initialRoomState: RoomState = {
  phase: 'answering',
  resumePhase: 'answering',
  questions: [],
  index: 0,
  status: {},
  draft: emptyDraft(0),
  remainingSeconds: null,
  timedOut: false,
  activeSince: null,
  feedbackMode: 'immediate',
  error: null,
  practice: null,
  followUp: null,
  skippedFollowUps: [],
};

export function remainingFor(question: RoomQuestion | undefined, activeMs: number): number | null {
  if (!question?.timeLimitSeconds) return null;
  return Math.max(0, Math.ceil(question.timeLimitSeconds - activeMs / 1000));
}

/** Milliseconds the open question has been on screen, up to `now`. */
export function elapsedMs(state: Pick<RoomState, 'draft' | 'activeSince'>, now: number): number {
  return state.draft.activeMs + (state.activeSince !== null ? Math.max(0, now - state.activeSince) : 0);
}

/** Adds the on-screen time since the last count to the draft. */
function countActiveTime(state: RoomState, now: number): RoomState {
  if (state.activeSince === null || (state.phase !== 'answering' && state.phase !== 'submitting')) return state;
  return { ...state, draft: { ...state.draft, activeMs: elapsedMs(state, now) }, activeSince: now };
}

/** Opens question `index` with its stored draft (or a fresh one). */
function open(state: RoomState, index: number, loadDraft: (id: string) => Draft | null, now: number): RoomState {
  const question = state.questions[index];
  if (!question) return { ...state, phase: 'review', error: null, timedOut: false, remainingSeconds: null };
  const draft = loadDraft(question.id) ?? emptyDraft(now, question.starterCode ?? '');
  const remainingSeconds = remainingFor(question, draft.activeMs);
  return {
    ...state,
    phase: 'answering',
    index,
    draft,
    activeSince: now,
    remainingSeconds,
    timedOut: remainingSeconds === 0,
    error: null,
    practice: null,
    followUp: null,
  };
}

/** Leaves the follow-up: to feedback, or to the scoring spinner while the answer is still being scored. */
function afterFollowUp(state: RoomState): RoomState {
  const question = state.questions[state.index];
  const status = question ? state.status[question.id] : undefined;
  const phase: Phase = status?.status === 'submitted' && status.scoring === 'pending' ? 'scoring' : 'feedback';
  return { ...state, phase, error: null };
}

const isCurrent = (state: RoomState, questionId: string) => state.questions[state.index]?.id === questionId;

const isOpen = (status: QuestionStatus | undefined) => !status || status.status === 'unanswered';

/** Shows the feedback of answered question `index` (read-only: its answer is stored). */
function showAnswered(state: RoomState, index: number, followUp: FollowUp | null = null): RoomState {
  const status = state.status[state.questions[index]!.id];
  const waitingForScore = status?.status === 'submitted' && status.scoring === 'pending';
  return {
    ...state,
    phase: waitingForScore ? 'scoring' : 'feedback',
    index,
    activeSince: null,
    remainingSeconds: null,
    timedOut: false,
    error: null,
    practice: null,
    followUp,
  };
}

/** Next question to work on after `from`: unanswered ones first (wrapping), then skipped ones are left for review. */
export function nextIndex(state: RoomState, from: number): number {
  const count = state.questions.length;
  for (let step = 1; step <= count; step += 1) {
    const candidate = (from + step) % count;
    if (isOpen(state.status[state.questions[candidate]!.id])) return candidate;
  }
  return -1;
}

export function countAnswered(state: RoomState): number {
  return Object.values(state.status).filter((s) => s.status === 'submitted').length;
}

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'INIT': {
      const { questions, responses, skipped, currentId, feedbackMode, loadDraft, now } = event.payload;
      const { followUps = [], skippedFollowUps = [], loadFollowUpDraft } = event.payload;
      const status: Record<string, QuestionStatus> = {};
      for (const question of questions) status[question.id] = { status: 'unanswered' };
      for (const id of skipped) if (status[id]) status[id] = { status: 'skipped' };
      for (const response of responses) {
        if (!status[response.questionId]) continue;
        status[response.questionId] = {
          status: 'submitted',
          responseId: response.responseId,
          evaluation: response.evaluation,
          scoring: response.evaluation ? 'done' : feedbackMode === 'deferred' ? 'deferred' : 'pending',
        };
      }
      const base: RoomState = { ...initialRoomState, questions, status, feedbackMode, skippedFollowUps };
      const current = questions.findIndex((q) => q.id === currentId);
      if (current >= 0 && isOpen(status[questions[current]!.id])) return open(base, current, loadDraft, now);
      // Reloaded while the interviewer's follow-up was waiting for an answer: show it again.
      const pending =
        current >= 0 && status[currentId!]?.status === 'submitted' ? followUps.find((f) => f.questionId === currentId) : undefined;
      if (pending && !pending.answered && !skippedFollowUps.includes(pending.questionId)) {
        const saved = loadFollowUpDraft?.(pending.questionId) ?? null;
        return {
          ...base,
          phase: 'followup',
          index: current,
          followUp: {
            questionId: pending.questionId,
            messageId: pending.messageId,
            followUpQuestionId: pending.followUpQuestionId,
            text: pending.text,
            reason: pending.reason,
            answer: saved?.text ?? '',
            speakingSeconds: saved?.speakingSeconds ?? 0,
            status: 'open',
            error: null,
          },
        };
      }
      // Reloaded during the feedback of the question the user was on: show it again rather than moving on.
      if (current >= 0 && status[currentId!]?.status === 'submitted') {
        const asked = followUps.find((f) => f.questionId === currentId);
        const settled: FollowUp | null = asked
          ? {
              questionId: asked.questionId,
              messageId: asked.messageId,
              followUpQuestionId: asked.followUpQuestionId,
              text: asked.text,
              reason: asked.reason,
              answer: '',
              speakingSeconds: 0,
              status: asked.answered ? 'answered' : 'skipped',
              error: null,
            }
          : null;
        return showAnswered(base, current, settled);
      }
      const first = questions.findIndex((q) => isOpen(status[q.id]));
      return first >= 0 ? open(base, first, loadDraft, now) : { ...base, phase: 'review' };
    }

    case 'EDIT': {
      if (state.phase !== 'answering') return state;
      const draft: Draft = {
        ...state.draft,
        ...(event.text !== undefined ? { text: event.text } : {}),
        ...(event.code !== undefined ? { code: event.code } : {}),
        ...(event.speakingSeconds !== undefined ? { speakingSeconds: event.speakingSeconds } : {}),
        ...(event.testResults !== undefined ? { testResults: event.testResults } : {}),
        updatedAt: event.now,
      };
      // Editing code invalidates the previous test run.
      if (event.code !== undefined && event.code !== state.draft.code && event.testResults === undefined) draft.testResults = null;
      return { ...state, draft };
    }

    case 'TICK': {
      if (state.phase !== 'answering' || state.activeSince === null) return state;
      const counted = countActiveTime(state, event.now);
      const remainingSeconds = remainingFor(state.questions[state.index], counted.draft.activeMs);
      return { ...counted, remainingSeconds, timedOut: state.timedOut || remainingSeconds === 0 };
    }

    case 'HIDDEN':
      if (state.activeSince === null) return state;
      return { ...countActiveTime(state, event.now), activeSince: null };

    case 'VISIBLE':
      if (state.activeSince !== null || (state.phase !== 'answering' && state.phase !== 'submitting')) return state;
      return { ...state, activeSince: event.now };

    case 'SUBMIT': {
      // Submit once: a second click while the first is in flight does nothing.
      if (state.phase !== 'answering') return state;
      if (!state.draft.text.trim() && !state.draft.code.trim()) {
        return { ...state, error: i18next.t('interview:room.errors.noAnswer') };
      }
      return { ...state, phase: 'submitting', error: null };
    }

    case 'SUBMIT_SUCCEEDED': {
      if (state.phase !== 'submitting') return state;
      const deferred = state.feedbackMode === 'deferred';
      return {
        ...state,
        // Ask the interviewer whether a follow-up is warranted first (scoring, if any, runs meanwhile).
        phase: 'checking',
        status: {
          ...state.status,
          [event.questionId]: {
            status: 'submitted',
            responseId: event.responseId,
            evaluation: null,
            scoring: deferred ? 'deferred' : 'pending',
          },
        },
      };
    }

    case 'SUBMIT_FAILED':
      if (state.phase !== 'submitting') return state;
      return { ...state, phase: 'answering', error: event.message };

    case 'SCORED':
    case 'SCORING_FAILED': {
      const current = state.status[event.questionId];
      if (current?.status !== 'submitted') return state;
      const status: QuestionStatus =
        event.type === 'SCORED'
          ? { ...current, evaluation: event.evaluation, scoring: 'done' }
          : { ...current, scoring: 'failed', scoringError: event.message };
      return {
        ...state,
        phase: state.phase === 'scoring' ? 'feedback' : state.phase,
        status: { ...state.status, [event.questionId]: status },
      };
    }

    case 'FOLLOW_UP_RECEIVED': {
      if (state.phase !== 'checking' || !isCurrent(state, event.questionId)) return state;
      return {
        ...state,
        phase: 'followup',
        followUp: {
          questionId: event.questionId,
          messageId: event.messageId,
          followUpQuestionId: event.followUpQuestionId,
          text: event.text,
          reason: event.reason,
          answer: '',
          speakingSeconds: 0,
          status: 'open',
          error: null,
        },
      };
    }

    case 'FOLLOW_UP_NONE':
    case 'FOLLOW_UP_FAILED':
      // No follow-up (or the call failed): the interview simply continues.
      if (state.phase !== 'checking' || !isCurrent(state, event.questionId)) return state;
      return afterFollowUp(state);

    case 'FOLLOW_UP_EDIT':
      if (state.phase !== 'followup' || state.followUp?.status !== 'open') return state;
      return {
        ...state,
        followUp: {
          ...state.followUp,
          ...(event.text !== undefined ? { answer: event.text } : {}),
          ...(event.speakingSeconds !== undefined ? { speakingSeconds: event.speakingSeconds } : {}),
        },
      };

    case 'FOLLOW_UP_SUBMIT':
      if (state.phase !== 'followup' || state.followUp?.status !== 'open') return state;
      if (!state.followUp.answer.trim()) {
        return { ...state, followUp: { ...state.followUp, error: i18next.t('interview:room.errors.noFollowUpAnswer') } };
      }
      return { ...state, followUp: { ...state.followUp, status: 'sending', error: null } };

    case 'FOLLOW_UP_ANSWERED':
      if (state.phase !== 'followup' || state.followUp?.status !== 'sending') return state;
      return afterFollowUp({ ...state, followUp: { ...state.followUp, status: 'answered', error: null } });

    case 'FOLLOW_UP_ANSWER_FAILED':
      if (state.phase !== 'followup' || state.followUp?.status !== 'sending') return state;
      return { ...state, followUp: { ...state.followUp, status: 'open', error: event.message } };

    case 'FOLLOW_UP_SKIP':
      if (state.phase !== 'followup' || state.followUp?.status !== 'open') return state;
      return afterFollowUp({
        ...state,
        followUp: { ...state.followUp, status: 'skipped', error: null },
        skippedFollowUps: [...state.skippedFollowUps.filter((id) => id !== state.followUp!.questionId), state.followUp.questionId],
      });

    case 'NEXT': {
      if (state.phase !== 'feedback' && state.phase !== 'practice') return state;
      const next = nextIndex(state, state.index);
      return next >= 0 ? open(state, next, event.loadDraft, event.now) : { ...state, phase: 'review', practice: null, error: null };
    }

    case 'SKIP': {
      if (state.phase !== 'answering') return state;
      const question = state.questions[state.index];
      if (!question) return state;
      const skippedState: RoomState = { ...state, status: { ...state.status, [question.id]: { status: 'skipped' } } };
      const next = nextIndex(skippedState, state.index);
      return next >= 0 ? open(skippedState, next, event.loadDraft, event.now) : { ...skippedState, phase: 'review', error: null };
    }

    case 'GO_TO': {
      if (state.phase !== 'review' && state.phase !== 'answering' && state.phase !== 'feedback') return state;
      const index = state.questions.findIndex((q) => q.id === event.questionId);
      if (index < 0) return state;
      const target = state.status[event.questionId];
      // Leaving an open question counts its on-screen time (its draft is saved as it is).
      const left = state.phase === 'answering' ? countActiveTime(state, event.now) : state;
      if (target?.status === 'submitted') {
        if (index === state.index && state.phase === 'feedback') return state;
        return showAnswered(left, index);
      }
      if (state.phase === 'feedback' && index === state.index) return state;
      return open({ ...left, status: { ...left.status, [event.questionId]: { status: 'unanswered' } } }, index, event.loadDraft, event.now);
    }

    case 'RETRY':
      if (state.phase !== 'feedback') return state;
      return {
        ...state,
        phase: 'practice',
        practice: { text: '', code: state.questions[state.index]?.starterCode ?? '', evaluation: null, scoring: false, error: null },
      };

    case 'PRACTICE_EDIT':
      if (state.phase !== 'practice' || !state.practice || state.practice.scoring) return state;
      return {
        ...state,
        practice: {
          ...state.practice,
          ...(event.text !== undefined ? { text: event.text } : {}),
          ...(event.code !== undefined ? { code: event.code } : {}),
        },
      };

    case 'PRACTICE_SUBMIT':
      if (state.phase !== 'practice' || !state.practice || state.practice.scoring) return state;
      if (!state.practice.text.trim() && !state.practice.code.trim()) {
        return { ...state, practice: { ...state.practice, error: i18next.t('interview:room.errors.noPracticeAnswer') } };
      }
      return { ...state, practice: { ...state.practice, scoring: true, error: null } };

    case 'PRACTICE_SCORED':
      if (!state.practice) return state;
      return { ...state, practice: { ...state.practice, scoring: false, evaluation: event.evaluation } };

    case 'PRACTICE_FAILED':
      if (!state.practice) return state;
      return { ...state, practice: { ...state.practice, scoring: false, error: event.message } };

    case 'PRACTICE_DONE':
      if (state.phase !== 'practice') return state;
      return { ...state, phase: 'feedback', practice: null };

    case 'SET_FEEDBACK_MODE':
      return { ...state, feedbackMode: event.mode };

    case 'FINISH':
      if (state.phase === 'finishing' || state.phase === 'finished' || state.phase === 'submitting') return state;
      if (state.phase === 'followup' && state.followUp?.status === 'sending') return state;
      return {
        ...state,
        phase: 'finishing',
        // The follow-up decision and scoring can't land while finishing: come back to the feedback.
        resumePhase: state.phase === 'scoring' || state.phase === 'checking' ? 'feedback' : state.phase,
        error: null,
      };

    case 'FINISH_FAILED':
      if (state.phase !== 'finishing') return state;
      return { ...state, phase: state.resumePhase, error: event.message };

    case 'FINISHED':
      return { ...state, phase: 'finished', error: null };

    case 'DISMISS_ERROR':
      return { ...state, error: null };
  }
}
