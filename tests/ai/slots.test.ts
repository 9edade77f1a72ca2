// Rate-limit slots of follow-up and coach-chat count only calls that succeed (as score-answer's do), and the
// analytics refresh prunes slots older than any limit window. A failure after the slot is taken is caused
// for real: a trigger refuses the row the function writes for this one user.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql as stackSql } from '../helpers/stack.ts';
import { invoke } from './helpers.ts';

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => stackSql<T>(text, values);
type User = Awaited<ReturnType<typeof signedInUser>>;

const slots = async (userId: string, operation: string) =>
  (
    await sql<{ n: number }>('select count(*)::int as n from private.ai_call_slots where user_id = $1 and operation = $2', [
      userId,
      operation,
    ])
  )[0]!.n;

let doomed: User;
beforeAll(async () => {
  doomed = await signedInUser('doomed');
  await sql(
    `insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status) values ($1, $2, 'cus_slots', 'pro_monthly', 'active')`,
    [`sub_${doomed.id.replace(/-/g, '')}`, doomed.id],
  );
  await sql(`create function public.test_refuse_doomed_rows() returns trigger language plpgsql as $$
    begin
      -- interview_messages: only the follow-up the function appends (other transcript rows stay allowed)
      if new.user_id = '${doomed.id}' and coalesce((to_jsonb(new) ->> 'is_follow_up')::boolean, true) then
        raise exception 'refused by the test';
      end if;
      return new;
    end $$`);
  await sql(`create trigger test_refuse_doomed before insert on public.chat_messages
    for each row execute function public.test_refuse_doomed_rows()`);
  await sql(`create trigger test_refuse_doomed before insert on public.interview_messages
    for each row execute function public.test_refuse_doomed_rows()`);
});
afterAll(async () => {
  await sql('drop trigger if exists test_refuse_doomed on public.chat_messages');
  await sql('drop trigger if exists test_refuse_doomed on public.interview_messages');
  await sql('drop function if exists public.test_refuse_doomed_rows()');
});

describe('AI rate-limit slots', () => {
  it('a coach-chat request that fails after taking its slot gives the slot back', async () => {
    const failed = await invoke(doomed, 'coach-chat', { message: 'How do I prepare for a system design interview?' });
    expect(failed.status).toBe(500);
    expect(await slots(doomed.id, 'coach_chat')).toBe(0);
  });

  it('a follow-up request that fails after taking its slot gives the slot back', async () => {
    const { data: session, error } = await doomed.client.rpc('create_interview_session', {
      p_job_role: 'Backend Developer',
      p_interview_type: 'behavioral',
      p_total_questions: 1,
    });
    if (error) throw new Error(error.message);
    const { session_id: sessionId } = session as { session_id: string };
    const generated = await invoke<{ questions: { id: string }[] }>(doomed, 'generate-questions', { session_id: sessionId });
    expect(generated.status, JSON.stringify(generated.data)).toBe(200);
    const questionId = generated.data.questions[0]!.id;
    await sql("update public.interview_questions set question_text = $2, expected_answer = null, key_points = '{}' where id = $1", [
      questionId,
      'Tell me about a time your team disagreed about a technical decision. How did you handle it?',
    ]);
    const submitted = await doomed.client.rpc('submit_response', {
      p_question_id: questionId,
      p_answer_text:
        'Our team disagreed about moving to a monorepo. I was the tech lead. I organised a meeting, listened to both sides and proposed a two-week trial.',
    });
    expect(submitted.error).toBeNull();
    const failed = await invoke(doomed, 'follow-up', { session_id: sessionId, question_id: questionId });
    expect(failed.status, JSON.stringify(failed.data)).toBe(500);
    expect(await slots(doomed.id, 'follow_up')).toBe(0);
  });

  it('the analytics refresh prunes slots older than a day and keeps the current ones', async () => {
    const user = await signedInUser('pruned');
    await sql(
      `insert into private.ai_call_slots (user_id, operation, created_at) values
         ($1, 'coach_chat', now() - interval '3 days'), ($1, 'coach_chat', now() - interval '25 hours'), ($1, 'coach_chat', now())`,
      [user.id],
    );
    await sql('select analytics.refresh()');
    expect(await slots(user.id, 'coach_chat')).toBe(1);
  });
});
