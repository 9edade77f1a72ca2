import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: Array<{ kind: string; args: unknown }> = [];
const state = { rpcError: null as null | { message: string; code?: string }, insertError: null as null | { message: string } };

vi.mock('@/lib/supabase', () => {
  const response = {
    id: 'r-fu',
    question_id: 'fq1',
    interview_id: 'i1',
    answer_text: 'We shipped two weeks early.',
    code_answer: null,
    transcript: null,
    speaking_duration_seconds: null,
    time_taken_seconds: null,
    score: null,
    ai_feedback: null,
    improved_answer: null,
    evaluated_at: null,
    submitted_at: '2026-11-25T10:00:00Z',
  };
  const supabase = {
    rpc: vi.fn((name: string, args: unknown) => {
      calls.push({ kind: `rpc:${name}`, args });
      const chain = {
        select: () => chain,
        single: async () =>
          state.rpcError ? { data: null, error: state.rpcError, status: 400 } : { data: response, error: null, status: 200 },
      };
      return chain;
    }),
    from: vi.fn((table: string) => ({
      insert: (row: unknown) => {
        calls.push({ kind: `insert:${table}`, args: row });
        const chain = {
          select: () => chain,
          single: async () =>
            state.insertError ? { data: null, error: state.insertError, status: 500 } : { data: { id: 'm2' }, error: null, status: 201 },
        };
        return chain;
      },
    })),
  };
  return { supabase, initialAuthRedirect: null };
});

const { answerFollowUp } = await import('./answer-follow-up');
const { followUpsFrom } = await import('./get-interview');

describe('answering a follow-up', () => {
  beforeEach(() => {
    calls.length = 0;
    state.rpcError = null;
    state.insertError = null;
  });

  it('submits it as the answer of the follow-up question only: the database adds it to the transcript', async () => {
    const result = await answerFollowUp({
      interviewId: 'i1',
      questionId: 'q1',
      followUpQuestionId: 'fq1',
      text: '  We shipped two weeks early. ',
    });
    expect(calls.map((c) => c.kind)).toEqual(['rpc:submit_response']);
    expect(calls[0]!.args).toMatchObject({ p_question_id: 'fq1', p_answer_text: 'We shipped two weeks early.' });
    expect(result).toMatchObject({ id: null, response: { id: 'r-fu', question_id: 'fq1' } });
  });

  it('a spoken answer is stored with its transcript and speaking time, a typed one with neither', async () => {
    await answerFollowUp({
      interviewId: 'i1',
      questionId: 'q1',
      followUpQuestionId: 'fq1',
      text: ' In the end we shipped on time. ',
      speakingDurationSeconds: 9.4,
      timeTakenSeconds: 31.6,
    });
    expect(calls[0]!.args).toEqual({
      p_question_id: 'fq1',
      p_answer_text: 'In the end we shipped on time.',
      p_transcript: 'In the end we shipped on time.',
      p_speaking_duration_seconds: 9.4,
      p_time_taken_seconds: 32,
    });

    calls.length = 0;
    for (const speakingDurationSeconds of [undefined, null, 0]) {
      await answerFollowUp({ interviewId: 'i1', questionId: 'q1', followUpQuestionId: 'fq1', text: 'Typed.', speakingDurationSeconds });
    }
    const submitted = calls.filter((c) => c.kind === 'rpc:submit_response').map((c) => c.args);
    expect(submitted).toEqual([
      { p_question_id: 'fq1', p_answer_text: 'Typed.' },
      { p_question_id: 'fq1', p_answer_text: 'Typed.' },
      { p_question_id: 'fq1', p_answer_text: 'Typed.' },
    ]);
  });

  it('stops when storing the answer fails', async () => {
    state.rpcError = { message: 'This interview is completed; answers can no longer be submitted', code: 'P0001' };
    await expect(answerFollowUp({ interviewId: 'i1', questionId: 'q1', followUpQuestionId: 'fq1', text: 'x y z' })).rejects.toThrow();
    expect(calls.map((c) => c.kind)).toEqual(['rpc:submit_response']);
  });

  it('a follow-up without a question row (asked before they were stored) is only a transcript message', async () => {
    const result = await answerFollowUp({ interviewId: 'i1', questionId: 'q1', followUpQuestionId: null, text: 'Answer' });
    expect(calls.map((c) => c.kind)).toEqual(['insert:interview_messages']);
    expect(result.response).toBeNull();
  });

  it('reads the follow-up question id and reason from the transcript metadata', () => {
    const asked = followUpsFrom([
      { id: 'm0', question_id: 'q1', role: 'user', content: 'main', is_follow_up: false, message_index: 0, metadata: null },
      {
        id: 'm1',
        question_id: 'q1',
        role: 'assistant',
        content: 'How did it turn out?',
        is_follow_up: true,
        message_index: 1,
        metadata: { reason: 'missing_result', follow_up_question_id: 'fq1' },
      },
      {
        id: 'm2',
        question_id: 'q2',
        role: 'assistant',
        content: 'Old one',
        is_follow_up: true,
        message_index: 2,
        metadata: { reason: 'too_short' },
      },
    ]);
    expect(asked).toEqual([
      {
        questionId: 'q1',
        messageId: 'm1',
        followUpQuestionId: 'fq1',
        text: 'How did it turn out?',
        reason: 'missing_result',
        answered: false,
      },
      { questionId: 'q2', messageId: 'm2', followUpQuestionId: null, text: 'Old one', reason: 'too_short', answered: false },
    ]);
  });
});
