import { describe, expect, it } from 'vitest';
import type { Draft } from './drafts';
import { countAnswered, initialRoomState, roomReducer, type InitPayload, type RoomEvent, type RoomState } from './room-machine';
import type { Evaluation } from './schemas';

const T0 = 1_700_000_000_000;
const questions = [
  { id: 'q1', timeLimitSeconds: 120, starterCode: null },
  { id: 'q2', timeLimitSeconds: null, starterCode: null },
  { id: 'q3', timeLimitSeconds: 600, starterCode: 'function f() {}\n' },
];
const noDrafts = () => null;
const evaluation = {
  score: 72,
  criteria: [],
  strengths: ['Clear'],
  weaknesses: [],
  key_points: [],
  missed_key_points: [],
  suggested_outline: [],
  feedback: 'Good.',
} as Evaluation;

function init(overrides: Partial<InitPayload> = {}): RoomState {
  return roomReducer(initialRoomState, {
    type: 'INIT',
    payload: {
      questions,
      responses: [],
      skipped: [],
      currentId: null,
      feedbackMode: 'immediate',
      loadDraft: noDrafts,
      now: T0,
      ...overrides,
    },
  });
}
const run = (state: RoomState, ...events: RoomEvent[]) => events.reduce(roomReducer, state);

describe('interview room state machine', () => {
  it('opens on the first question with a fresh draft and a countdown', () => {
    const state = init();
    expect(state.phase).toBe('answering');
    expect(state.index).toBe(0);
    expect(state.draft.text).toBe('');
    expect(state.remainingSeconds).toBe(120);
  });

  it('edits the draft and submits once: a second SUBMIT while in flight is ignored', () => {
    let state = run(init(), { type: 'EDIT', text: 'My answer', now: T0 + 1000 });
    expect(state.draft.text).toBe('My answer');
    state = roomReducer(state, { type: 'SUBMIT' });
    expect(state.phase).toBe('submitting');
    expect(roomReducer(state, { type: 'SUBMIT' })).toBe(state);
    expect(roomReducer(state, { type: 'EDIT', text: 'changed', now: T0 })).toBe(state);
  });

  it('refuses an empty submit with a readable error', () => {
    const state = roomReducer(init(), { type: 'SUBMIT' });
    expect(state.phase).toBe('answering');
    expect(state.error).toMatch(/answer before submitting/);
  });

  it('keeps the draft when submitting fails (offline) and lets the user retry', () => {
    const state = run(init(), { type: 'EDIT', text: 'Kept', now: T0 }, { type: 'SUBMIT' }, { type: 'SUBMIT_FAILED', message: 'Offline' });
    expect(state.phase).toBe('answering');
    expect(state.draft.text).toBe('Kept');
    expect(state.error).toBe('Offline');
    expect(roomReducer(state, { type: 'SUBMIT' }).phase).toBe('submitting');
  });

  it('goes submit → checking for a follow-up → scoring → feedback → next question', () => {
    let state = run(
      init(),
      { type: 'EDIT', text: 'A', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
    );
    expect(state.phase).toBe('checking');
    state = roomReducer(state, { type: 'FOLLOW_UP_NONE', questionId: 'q1' });
    expect(state.phase).toBe('scoring');
    state = roomReducer(state, { type: 'SCORED', questionId: 'q1', evaluation });
    expect(state.phase).toBe('feedback');
    expect(state.status.q1).toMatchObject({ status: 'submitted', responseId: 'r1', scoring: 'done', evaluation });
    state = roomReducer(state, { type: 'NEXT', loadDraft: noDrafts, now: T0 + 5000 });
    expect(state.phase).toBe('answering');
    expect(state.index).toBe(1);
    expect(countAnswered(state)).toBe(1);
  });

  it('shows "feedback pending" when scoring fails, without losing the submitted answer', () => {
    const state = run(
      init(),
      { type: 'EDIT', text: 'A', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
      { type: 'FOLLOW_UP_NONE', questionId: 'q1' },
      { type: 'SCORING_FAILED', questionId: 'q1', message: 'Scoring is down' },
    );
    expect(state.phase).toBe('feedback');
    expect(state.status.q1).toMatchObject({ status: 'submitted', scoring: 'failed', scoringError: 'Scoring is down' });
  });

  it('defers feedback to the report when the user chose that', () => {
    const state = run(
      init({ feedbackMode: 'deferred' }),
      { type: 'EDIT', text: 'A', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
      { type: 'FOLLOW_UP_NONE', questionId: 'q1' },
    );
    expect(state.phase).toBe('feedback');
    expect(state.status.q1).toMatchObject({ scoring: 'deferred' });
  });

  it('resumes where the user left off: answered questions stay answered, the saved draft and its clock come back', () => {
    const saved: Draft = {
      text: 'half an answer',
      code: '',
      speakingSeconds: 0,
      startedAt: T0 - 30_000,
      activeMs: 30_000,
      testResults: null,
      updatedAt: T0,
    };
    const state = init({
      responses: [{ questionId: 'q1', responseId: 'r1', evaluation }],
      currentId: 'q2',
      loadDraft: (id) => (id === 'q2' ? saved : null),
    });
    expect(state.index).toBe(1);
    expect(state.draft.text).toBe('half an answer');
    expect(state.status.q1).toMatchObject({ status: 'submitted', scoring: 'done' });
  });

  it('reloaded during the feedback of an answered question: shows that feedback again instead of moving on', () => {
    const scored = init({ responses: [{ questionId: 'q1', responseId: 'r1', evaluation }], currentId: 'q1' });
    expect(scored).toMatchObject({ phase: 'feedback', index: 0 });
    // Not scored yet: waits for the score (the room asks for it), then shows the feedback.
    const unscored = init({ responses: [{ questionId: 'q1', responseId: 'r1', evaluation: null }], currentId: 'q1' });
    expect(unscored).toMatchObject({ phase: 'scoring', index: 0 });
    expect(unscored.status.q1).toMatchObject({ status: 'submitted', scoring: 'pending' });
    expect(roomReducer(unscored, { type: 'SCORED', questionId: 'q1', evaluation }).phase).toBe('feedback');
    // From there the interview carries on with the next unanswered question.
    expect(roomReducer(scored, { type: 'NEXT', loadDraft: noDrafts, now: T0 })).toMatchObject({ phase: 'answering', index: 1 });
  });

  it('answered questions stay reachable: the question dots open their feedback read-only, then the open question again', () => {
    let state = run(
      init(),
      { type: 'EDIT', text: 'first', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
      { type: 'FOLLOW_UP_NONE', questionId: 'q1' },
      { type: 'SCORED', questionId: 'q1', evaluation },
      { type: 'NEXT', loadDraft: noDrafts, now: T0 },
      { type: 'EDIT', text: 'second, half done', now: T0 + 1000 },
    );
    expect(state).toMatchObject({ phase: 'answering', index: 1 });
    state = roomReducer(state, { type: 'GO_TO', questionId: 'q1', loadDraft: noDrafts, now: T0 + 2000 });
    expect(state).toMatchObject({ phase: 'feedback', index: 0 });
    expect(roomReducer(state, { type: 'SUBMIT' })).toBe(state); // read-only: nothing to submit
    const saved = (id: string): Draft | null => (id === 'q2' ? { ...state.draft, text: 'second, half done' } : null);
    state = roomReducer(state, { type: 'GO_TO', questionId: 'q2', loadDraft: saved, now: T0 + 3000 });
    expect(state).toMatchObject({ phase: 'answering', index: 1 });
    expect(state.draft.text).toBe('second, half done');
  });

  it('counts only the time the question is on screen: a break with the page hidden does not use up the limit', () => {
    let state = run(init(), { type: 'TICK', now: T0 + 10_000 }, { type: 'HIDDEN', now: T0 + 20_000 });
    expect(state.draft.activeMs).toBe(20_000);
    // Twelve minutes away: ticks (if any) count nothing.
    state = run(state, { type: 'TICK', now: T0 + 400_000 }, { type: 'VISIBLE', now: T0 + 740_000 }, { type: 'TICK', now: T0 + 750_000 });
    expect(state.draft.activeMs).toBe(30_000);
    expect(state.remainingSeconds).toBe(90);
    expect(state.timedOut).toBe(false);
    // The counted time is part of the draft, so a reload resumes the clock where it stopped.
    const reloaded = init({ loadDraft: (id) => (id === 'q1' ? state.draft : null), now: T0 + 9_000_000 });
    expect(reloaded.remainingSeconds).toBe(90);
  });

  it('goes to review when everything is answered', () => {
    const state = init({ responses: questions.map((q) => ({ questionId: q.id, responseId: `r-${q.id}`, evaluation })) });
    expect(state.phase).toBe('review');
  });

  it('counts the time limit down across reloads and flags a timeout, keeping the draft submittable', () => {
    let state = run(init(), { type: 'EDIT', text: 'late answer', now: T0 + 1000 }, { type: 'TICK', now: T0 + 60_000 });
    expect(state.remainingSeconds).toBe(60);
    expect(state.timedOut).toBe(false);
    state = roomReducer(state, { type: 'TICK', now: T0 + 121_000 });
    expect(state.remainingSeconds).toBe(0);
    expect(state.timedOut).toBe(true);
    expect(state.draft.text).toBe('late answer');
    expect(roomReducer(state, { type: 'SUBMIT' }).phase).toBe('submitting');

    // A question reopened after its time ran out (e.g. a reload the next day) starts timed out.
    const stale: Draft = {
      text: '',
      code: '',
      speakingSeconds: 0,
      startedAt: T0 - 3_600_000,
      activeMs: 3_600_000,
      testResults: null,
      updatedAt: T0,
    };
    const reopened = init({ loadDraft: () => stale });
    expect(reopened.timedOut).toBe(true);
  });

  it('skips, then offers skipped questions again from review', () => {
    let state = run(
      init(),
      { type: 'SKIP', loadDraft: noDrafts, now: T0 },
      { type: 'EDIT', text: 'b', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q2', responseId: 'r2' },
      { type: 'FOLLOW_UP_NONE', questionId: 'q2' },
      { type: 'SCORED', questionId: 'q2', evaluation },
      { type: 'NEXT', loadDraft: noDrafts, now: T0 },
    );
    expect(state.index).toBe(2);
    expect(state.draft.code).toBe('function f() {}\n');
    state = roomReducer(state, { type: 'SKIP', loadDraft: noDrafts, now: T0 });
    expect(state.phase).toBe('review');
    expect(state.status.q1).toEqual({ status: 'skipped' });
    state = roomReducer(state, { type: 'GO_TO', questionId: 'q1', loadDraft: noDrafts, now: T0 });
    expect(state.phase).toBe('answering');
    expect(state.index).toBe(0);
  });

  it('retry-this-question practises without touching the stored answer', () => {
    let state = run(
      init(),
      { type: 'EDIT', text: 'A', now: T0 },
      { type: 'SUBMIT' },
      { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
      { type: 'SCORED', questionId: 'q1', evaluation },
      { type: 'FOLLOW_UP_NONE', questionId: 'q1' },
    );
    state = run(state, { type: 'RETRY' }, { type: 'PRACTICE_EDIT', text: 'Better answer' }, { type: 'PRACTICE_SUBMIT' });
    expect(state.phase).toBe('practice');
    expect(state.practice).toMatchObject({ text: 'Better answer', scoring: true });
    state = run(state, { type: 'PRACTICE_SCORED', evaluation: { ...evaluation, score: 90 } }, { type: 'PRACTICE_DONE' });
    expect(state.phase).toBe('feedback');
    expect(state.status.q1).toMatchObject({ responseId: 'r1', evaluation: { score: 72 } });
  });

  it('finishing failure returns to where the user was with the error', () => {
    const state = run(
      init({ responses: questions.map((q) => ({ questionId: q.id, responseId: q.id, evaluation })) }),
      { type: 'FINISH' },
      { type: 'FINISH_FAILED', message: 'Try again' },
    );
    expect(state.phase).toBe('review');
    expect(state.error).toBe('Try again');
  });

  describe('follow-ups from the interviewer', () => {
    const FOLLOW_UP = {
      questionId: 'q1',
      messageId: 'm1',
      followUpQuestionId: 'fq1',
      text: 'How did it turn out?',
      reason: 'missing_result',
    };
    const submitted = (overrides: Partial<InitPayload> = {}) =>
      run(
        init(overrides),
        { type: 'EDIT', text: 'My story', now: T0 },
        { type: 'SUBMIT' },
        { type: 'SUBMIT_SUCCEEDED', questionId: 'q1', responseId: 'r1' },
      );

    it('shows the follow-up with its own empty answer box after the answer is saved', () => {
      const state = roomReducer(submitted(), { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP });
      expect(state.phase).toBe('followup');
      expect(state.index).toBe(0);
      expect(state.followUp).toEqual({ ...FOLLOW_UP, answer: '', speakingSeconds: 0, status: 'open', error: null });
      expect(state.status.q1).toMatchObject({ status: 'submitted', responseId: 'r1' });
      // The main answer box is closed: editing the draft or skipping the question does nothing now.
      expect(roomReducer(state, { type: 'EDIT', text: 'x', now: T0 })).toBe(state);
      expect(roomReducer(state, { type: 'SKIP', loadDraft: noDrafts, now: T0 })).toBe(state);
    });

    it('answers the follow-up: empty is refused, sending is once, then feedback (scoring kept while it was open)', () => {
      let state = run(submitted(), { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP }, { type: 'SCORED', questionId: 'q1', evaluation });
      expect(state.phase).toBe('followup');
      expect(state.status.q1).toMatchObject({ scoring: 'done', evaluation });
      state = roomReducer(state, { type: 'FOLLOW_UP_SUBMIT' });
      expect(state.followUp).toMatchObject({ status: 'open', error: expect.stringMatching(/skip it/) });
      state = run(state, { type: 'FOLLOW_UP_EDIT', text: 'We shipped two weeks early.' }, { type: 'FOLLOW_UP_SUBMIT' });
      expect(state.followUp).toMatchObject({ status: 'sending', error: null, answer: 'We shipped two weeks early.' });
      expect(roomReducer(state, { type: 'FOLLOW_UP_SUBMIT' })).toBe(state);
      expect(roomReducer(state, { type: 'FOLLOW_UP_EDIT', text: 'changed' })).toBe(state);
      expect(roomReducer(state, { type: 'FINISH' })).toBe(state);
      state = roomReducer(state, { type: 'FOLLOW_UP_ANSWERED' });
      expect(state.phase).toBe('feedback');
      expect(state.followUp).toMatchObject({ status: 'answered' });
      state = roomReducer(state, { type: 'NEXT', loadDraft: noDrafts, now: T0 });
      expect(state).toMatchObject({ phase: 'answering', index: 1, followUp: null });
    });

    it('goes to the scoring spinner after the follow-up when the answer is still being scored', () => {
      const state = run(
        submitted(),
        { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP },
        { type: 'FOLLOW_UP_EDIT', text: 'It worked.' },
        { type: 'FOLLOW_UP_SUBMIT' },
        { type: 'FOLLOW_UP_ANSWERED' },
      );
      expect(state.phase).toBe('scoring');
      expect(roomReducer(state, { type: 'SCORED', questionId: 'q1', evaluation }).phase).toBe('feedback');
    });

    it('keeps the follow-up answer and shows the error when saving it fails', () => {
      const state = run(
        submitted(),
        { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP },
        { type: 'FOLLOW_UP_EDIT', text: 'Kept' },
        { type: 'FOLLOW_UP_SUBMIT' },
        { type: 'FOLLOW_UP_ANSWER_FAILED', message: 'Offline' },
      );
      expect(state.phase).toBe('followup');
      expect(state.followUp).toMatchObject({ status: 'open', answer: 'Kept', error: 'Offline' });
    });

    it('skips the follow-up, remembers it, and the interview continues', () => {
      let state = run(
        submitted({ feedbackMode: 'deferred' }),
        { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP },
        { type: 'FOLLOW_UP_EDIT', text: 'half' },
        { type: 'FOLLOW_UP_SKIP' },
      );
      expect(state.phase).toBe('feedback');
      expect(state.followUp).toMatchObject({ status: 'skipped' });
      expect(state.skippedFollowUps).toEqual(['q1']);
      expect(state.status.q1).toMatchObject({ scoring: 'deferred' });
      state = roomReducer(state, { type: 'NEXT', loadDraft: noDrafts, now: T0 });
      expect(state).toMatchObject({ phase: 'answering', index: 1 });
    });

    it('continues when the follow-up call fails, in both feedback modes', () => {
      expect(roomReducer(submitted(), { type: 'FOLLOW_UP_FAILED', questionId: 'q1' }).phase).toBe('scoring');
      const scored = run(submitted(), { type: 'SCORED', questionId: 'q1', evaluation }, { type: 'FOLLOW_UP_FAILED', questionId: 'q1' });
      expect(scored.phase).toBe('feedback');
      expect(scored.followUp).toBeNull();
      expect(roomReducer(submitted({ feedbackMode: 'deferred' }), { type: 'FOLLOW_UP_FAILED', questionId: 'q1' }).phase).toBe('feedback');
    });

    it('ignores a late follow-up once the user has moved on, and one for another question', () => {
      const moved = run(
        submitted(),
        { type: 'FOLLOW_UP_FAILED', questionId: 'q1' },
        { type: 'SCORED', questionId: 'q1', evaluation },
        { type: 'NEXT', loadDraft: noDrafts, now: T0 },
      );
      expect(roomReducer(moved, { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP })).toBe(moved);
      const waiting = submitted();
      expect(roomReducer(waiting, { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP, questionId: 'q2' })).toBe(waiting);
    });

    it('finishing while waiting for the decision comes back to the feedback if it fails', () => {
      const state = run(submitted(), { type: 'FINISH' }, { type: 'FINISH_FAILED', message: 'Try again' });
      expect(state.phase).toBe('feedback');
    });

    it('resumes an unanswered follow-up after a reload, with its saved answer draft', () => {
      const state = init({
        responses: [{ questionId: 'q1', responseId: 'r1', evaluation }],
        currentId: 'q1',
        followUps: [{ ...FOLLOW_UP, answered: false }],
        loadFollowUpDraft: (id) => (id === 'q1' ? { text: 'half a follow-up', speakingSeconds: 0 } : null),
      });
      expect(state.phase).toBe('followup');
      expect(state.index).toBe(0);
      expect(state.followUp).toMatchObject({ ...FOLLOW_UP, answer: 'half a follow-up', speakingSeconds: 0, status: 'open' });
      const answered = run(state, { type: 'FOLLOW_UP_SUBMIT' }, { type: 'FOLLOW_UP_ANSWERED' });
      expect(answered.phase).toBe('feedback');
    });

    it('a spoken follow-up answer keeps its speaking time through edits, a failed send and a reload', () => {
      let state = run(
        submitted(),
        { type: 'FOLLOW_UP_RECEIVED', ...FOLLOW_UP },
        // The live transcript, then the speaking time once recording stops, then a typed correction.
        { type: 'FOLLOW_UP_EDIT', text: 'We shipped early' },
        { type: 'FOLLOW_UP_EDIT', speakingSeconds: 6.4 },
        { type: 'FOLLOW_UP_EDIT', text: 'We shipped two weeks early.' },
      );
      expect(state.followUp).toMatchObject({ answer: 'We shipped two weeks early.', speakingSeconds: 6.4, status: 'open' });
      state = run(state, { type: 'FOLLOW_UP_SUBMIT' });
      // While it is being sent, a late result from the recognizer changes nothing.
      expect(roomReducer(state, { type: 'FOLLOW_UP_EDIT', speakingSeconds: 9 })).toBe(state);
      state = roomReducer(state, { type: 'FOLLOW_UP_ANSWER_FAILED', message: 'Offline' });
      expect(state.followUp).toMatchObject({ status: 'open', answer: 'We shipped two weeks early.', speakingSeconds: 6.4 });

      const reloaded = init({
        responses: [{ questionId: 'q1', responseId: 'r1', evaluation }],
        currentId: 'q1',
        followUps: [{ ...FOLLOW_UP, answered: false }],
        loadFollowUpDraft: () => ({ text: 'We shipped two weeks early.', speakingSeconds: 6.4 }),
      });
      expect(reloaded.followUp).toMatchObject({ answer: 'We shipped two weeks early.', speakingSeconds: 6.4, status: 'open' });
    });

    it("doesn't reopen a follow-up that was answered or skipped (its feedback shows it), or one of a question the user has left", () => {
      const base = { responses: [{ questionId: 'q1', responseId: 'r1', evaluation }], currentId: 'q1' };
      expect(init({ ...base, followUps: [{ ...FOLLOW_UP, answered: true }] })).toMatchObject({
        phase: 'feedback',
        index: 0,
        followUp: { questionId: 'q1', status: 'answered' },
      });
      expect(init({ ...base, followUps: [{ ...FOLLOW_UP, answered: false }], skippedFollowUps: ['q1'] })).toMatchObject({
        phase: 'feedback',
        index: 0,
        followUp: { questionId: 'q1', status: 'skipped' },
      });
      expect(init({ ...base, currentId: 'q2', followUps: [{ ...FOLLOW_UP, answered: false }] })).toMatchObject({
        phase: 'answering',
        index: 1,
      });
    });
  });
});
