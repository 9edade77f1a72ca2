// generate-questions keeps the active question bank per isolate (supabase/functions/generate-questions/bank.ts):
// each isolate reads it when the function loads, so no call waits for that read, and a call that sees a newer bank
// revision than the one read reads it again before it picks questions. A stack of its own: the shared stack's other
// test files change the bank (a new revision) and make the first calls of its workers.
import { describe, expect, it } from 'vitest';
import { ownStack } from '../helpers/own-stack.ts';
import { signedInUser } from '../helpers/stack.ts';
import { invokeTraced } from './helpers.ts';

const running = ownStack('bank', {
  scheduler: false,
  // no bank ages during the test: what is read again is read for its revision
  functionsEnv: { DB_TRACE: '1', BANK_CACHE_MS: '600000' },
});

/** A new user's interview and its generate-questions call: status, questions and the call's database requests. */
async function generate(label: string) {
  const user = await signedInUser(label, { on: running.info });
  const { data: session, error } = await user.client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'technical',
    p_difficulty: 'medium',
    p_total_questions: 3,
  });
  expect(error).toBeNull();
  const call = await invokeTraced<{ questions: { question_text: string }[] }>(
    user,
    'generate-questions',
    { session_id: (session as { session_id: string }).session_id },
    running.info,
  );
  expect(call.status, JSON.stringify(call.data)).toBe(200);
  expect(call.data.questions).toHaveLength(3);
  return call;
}

describe('the question bank of generate-questions', () => {
  it('is in memory before the first call: no call reads it', async () => {
    for (const label of ['bank-first', 'bank-second', 'bank-third']) {
      expect((await generate(label)).dbRequests).toEqual(['sql begin_question_generation', 'sql save_generated_questions']);
    }
  });

  it('is read again, before questions are picked, by a call that sees a newer revision', async () => {
    // Every active technical question of medium difficulty gets a marker; the next call must pick from the new text.
    await running.sql(`update public.question_bank set question = question || ' (revised)' where is_active and type = 'technical'`);
    const call = await generate('bank-revised');
    expect(call.dbRequests).toEqual(['sql begin_question_generation', 'sql question_bank', 'sql save_generated_questions']);
    for (const question of call.data.questions) expect(question.question_text).toMatch(/\(revised\)/);
  });
});
