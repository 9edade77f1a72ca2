// The interview loop under parallel calls: exact limits and usage, no deadlocks, answers that cannot change
// while scored, and claims left by a crashed function taken over within seconds. Every call goes through the
// gateway as a real user; abandoned claims are simulated in SQL (what a killed process leaves behind).
import type pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceClient, signedInUser, sql as stackSql, stack } from '../helpers/stack.ts';
import { invoke } from './helpers.ts';

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => stackSql<T>(text, values);
type User = Awaited<ReturnType<typeof signedInUser>>;

const ANSWER =
  'React re-renders a component when its state or props change and when its parent re-renders. I avoid needless renders with React.memo, useMemo and useCallback, keep state local, and measure with the Profiler: on our dashboard that cut render time from 120 ms to 35 ms.';

/** A user who can create many interviews (bonus interviews beyond the free plan's monthly three). */
async function busyUser(label: string): Promise<User> {
  const user = await signedInUser(label);
  await sql('update public.user_profiles set bonus_interviews = 500 where id = $1', [user.id]);
  return user;
}

async function newSession(user: User, questions = 3) {
  const { data, error } = await user.client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'mixed',
    p_difficulty: 'medium',
    p_tech_stack: ['React'],
    p_total_questions: questions,
  });
  if (error) throw new Error(`create_interview_session: ${error.message}`);
  return data as { id: string; session_id: string };
}

async function answeredSession(user: User, questions = 1) {
  const session = await newSession(user, questions);
  const generated = await invoke<{ questions: { id: string }[] }>(user, 'generate-questions', { session_id: session.session_id });
  expect(generated.status, JSON.stringify(generated.data)).toBe(200);
  const responseIds: string[] = [];
  for (const question of generated.data.questions) {
    const { data, error } = await user.client.rpc('submit_response', { p_question_id: question.id, p_answer_text: ANSWER });
    if (error) throw new Error(error.message);
    responseIds.push((data as { id: string }).id);
  }
  return { session, questionIds: generated.data.questions.map((q) => q.id), responseIds };
}

const count = async (text: string, values: unknown[]) => (await sql<{ n: number }>(text, values))[0]!.n;

describe('concurrency of the interview loop', () => {
  let frank: User;
  beforeAll(async () => {
    frank = await busyUser('frank');
  });

  it('40 concurrent generate-questions calls with overlapping bank questions all succeed (no deadlock)', async () => {
    // 8 users × 5 sessions: the per-user generate limit (20/hour) is not what this test is about
    const users = await Promise.all(Array.from({ length: 8 }, (_, i) => busyUser(`gen${i}`)));
    const sessions = await Promise.all(
      users.flatMap((user) => Array.from({ length: 5 }, () => newSession(user, 8).then((s) => ({ user, s })))),
    );
    const results = await Promise.all(
      sessions.map(({ user, s }) =>
        invoke<{ questions: { bank_question_id: string | null }[] }>(user, 'generate-questions', { session_id: s.session_id }),
      ),
    );
    expect(
      results.map((r) => r.status),
      JSON.stringify(results.filter((r) => r.status !== 200).map((r) => r.data)),
    ).toEqual(results.map(() => 200));
    expect(results.every((r) => r.data.questions.length === 8)).toBe(true);
    const bankIds = results.flatMap((r) => r.data.questions.map((q) => q.bank_question_id)).filter(Boolean);
    expect(new Set(bankIds).size).toBeLessThan(bankIds.length); // the sessions did share bank questions
    expect(
      await count(
        "select count(*)::int as n from public.ai_usage_events where operation = 'generate_questions' and interview_id = any($1::uuid[])",
        [sessions.map(({ s }) => s.id)],
      ),
    ).toBe(40);
  });

  it('the same session generated 6 times at once: one set of questions, one usage event', async () => {
    const session = await newSession(frank, 3);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        invoke<{ questions: { id: string }[] }>(frank, 'generate-questions', { session_id: session.session_id }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(results.map((r) => r.data.questions.map((q) => q.id).join()))).toHaveProperty('size', 1);
    expect(await count('select count(*)::int as n from public.interview_questions where interview_id = $1', [session.id])).toBe(3);
    expect(
      await count("select count(*)::int as n from public.ai_usage_events where interview_id = $1 and operation = 'generate_questions'", [
        session.id,
      ]),
    ).toBe(1);
  });

  it('90 parallel ad-hoc score-answer calls with a limit of 60 per hour: exactly 60 pass, the rest get 429 with Retry-After', async () => {
    const gina = await signedInUser('gina');
    const { apiUrl, anonKey } = stack();
    const body = JSON.stringify({
      question: { text: 'How do you avoid unnecessary re-renders in React?', type: 'technical' },
      answer: { text: ANSWER },
    });
    const responses = await Promise.all(
      Array.from({ length: 90 }, () =>
        fetch(`${apiUrl}/functions/v1/score-answer`, {
          method: 'POST',
          headers: { apikey: anonKey, authorization: `Bearer ${gina.session.access_token}`, 'content-type': 'application/json' },
          body,
        }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.json() })),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const limited = responses.find((r) => r.status === 429)!;
    expect(limited.body).toMatchObject({ error: 'rate_limited', details: { retry_after_seconds: expect.any(Number) } });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(
      await count("select count(*)::int as n from public.ai_usage_events where user_id = $1 and operation = 'practice_score'", [gina.id]),
    ).toBe(60);
  });

  it('5 parallel complete-interview calls: one report, one completion usage event, the same score for all', async () => {
    const { session } = await answeredSession(frank, 2);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        invoke<{ score: number; already_completed: boolean }>(frank, 'complete-interview', { session_id: session.session_id }),
      ),
    );
    expect(
      results.map((r) => r.status),
      JSON.stringify(results.map((r) => r.data)),
    ).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((r) => !r.data.already_completed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.data.score)).size).toBe(1);
    expect(
      await count("select count(*)::int as n from public.interview_reports where interview_id = $1 and report_type = 'detailed'", [
        session.id,
      ]),
    ).toBe(1);
    expect(
      await count("select count(*)::int as n from public.ai_usage_events where interview_id = $1 and operation = 'complete_interview'", [
        session.id,
      ]),
    ).toBe(1);
    expect(
      await count("select count(*)::int as n from public.ai_usage_events where interview_id = $1 and operation = 'score_answer'", [
        session.id,
      ]),
    ).toBe(2);
  });

  it('an answer cannot be resubmitted while it is being scored (409 scoring_in_progress), and a late scorer cannot store the old version', async () => {
    const { questionIds, responseIds } = await answeredSession(frank, 1);
    const [questionId, responseId] = [questionIds[0]!, responseIds[0]!];
    // a scorer holds a live claim
    const claim = await serviceClient().rpc('claim_response_scoring', { p_user_id: frank.id, p_response_id: responseId });
    expect(claim.error).toBeNull();
    const claimedAt = (claim.data as { state: string; claimed_at: string }).claimed_at;
    expect((claim.data as { state: string }).state).toBe('claimed');

    const refused = await frank.client.rpc('submit_response', { p_question_id: questionId, p_answer_text: 'A different answer.' });
    expect(refused.status).toBe(409);
    expect(refused.error).toMatchObject({ code: 'PT409', details: 'scoring_in_progress' });
    expect(refused.error?.hint).toMatch(/^retry_after_seconds=\d+$/);

    // the claim's lease runs out (the scorer stalled: no heartbeat for 15 s); the user resubmits, which voids it …
    await sql("update public.interview_responses set scoring_started_at = now() - interval '16 seconds' where id = $1", [responseId]);
    const resubmitted = await frank.client.rpc('submit_response', { p_question_id: questionId, p_answer_text: 'A different answer.' });
    expect(resubmitted.error).toBeNull();
    // … so the stalled scorer's result for the old text is not stored (its token is the heartbeat it wrote)
    const late = await serviceClient().rpc('save_response_evaluation', {
      p_response_id: responseId,
      p_claimed_at: claimedAt,
      p_result: { score: 99, ai_feedback: 'scored the old text', ai_provider: 'local', rubric: {} },
      p_usage: [],
    });
    expect(late.error).toBeNull();
    expect((late.data as { state: string }).state).toBe('lost');
    const [row] = await sql<{ answer_text: string; score: string | null }>(
      'select answer_text, score from public.interview_responses where id = $1',
      [responseId],
    );
    expect(row).toEqual({ answer_text: 'A different answer.', score: null });

    // scoring now scores the new version
    const scored = await invoke<{ already_scored: boolean; evaluation: { score: number } }>(frank, 'score-answer', {
      response_id: responseId,
    });
    expect(scored.status, JSON.stringify(scored.data)).toBe(200);
    expect(scored.data.already_scored).toBe(false);
  });

  it('submit_response for an unknown question is a 404 with a stable code', async () => {
    const result = await frank.client.rpc('submit_response', {
      p_question_id: '00000000-0000-4000-8000-000000000000',
      p_answer_text: 'Hello',
    });
    expect(result.status).toBe(404);
    expect(result.error).toMatchObject({ code: 'PT404', details: 'question_not_found' });
  });

  it('a completion abandoned by a crashed process (expired leases on the completion and on a scoring claim) is taken over at once', async () => {
    const { session, responseIds } = await answeredSession(frank, 1);
    // what a functions process killed mid-completion leaves behind: both claims, leases no longer renewed
    await sql(
      `insert into private.interview_completion_claims (interview_id, claimed_at, lease_expires_at)
       values ($1, now() - interval '20 seconds', now() - interval '5 seconds')`,
      [session.id],
    );
    await sql("update public.interview_responses set scoring_started_at = now() - interval '20 seconds' where id = $1", [responseIds[0]]);
    const result = await invoke<{ already_completed: boolean; status: string }>(frank, 'complete-interview', {
      session_id: session.session_id,
    });
    expect(result.status, JSON.stringify(result.data)).toBe(200);
    expect(result.data).toMatchObject({ status: 'completed', already_completed: false });
  });

  it('while a live completion claim runs, a retry waits for it and is answered once its lease runs out', async () => {
    const { session } = await answeredSession(frank, 1);
    // another request claimed 1 s ago and died; its lease expires 3 s from now
    await sql(
      `insert into private.interview_completion_claims (interview_id, claimed_at, lease_expires_at)
       values ($1, now() - interval '1 second', now() + interval '3 seconds')`,
      [session.id],
    );
    const result = await invoke<{ already_completed: boolean; status: string }>(frank, 'complete-interview', {
      session_id: session.session_id,
    });
    expect(result.status, JSON.stringify(result.data)).toBe(200);
    expect(result.data).toMatchObject({ status: 'completed', already_completed: false });
    expect(
      await count("select count(*)::int as n from public.ai_usage_events where interview_id = $1 and operation = 'complete_interview'", [
        session.id,
      ]),
    ).toBe(1);
  });

  it('the per-user rate-limit slots are exact at the SQL level too (20 parallel takes of a limit of 7)', async () => {
    const henry = await signedInUser('henry');
    const takes = await Promise.all(
      Array.from({ length: 20 }, () =>
        serviceClient().rpc('take_ai_call_slot', { p_user_id: henry.id, p_operation: 'follow_up', p_max: 7, p_window_seconds: 60 }),
      ),
    );
    expect(takes.filter((t) => t.error === null)).toHaveLength(7);
    expect(takes.filter((t) => t.error?.code === 'PT429' && t.error.details === 'rate_limited')).toHaveLength(13);
    // a released slot can be taken again
    const released = await serviceClient().rpc('release_ai_call_slot', { p_slot_id: takes.find((t) => t.error === null)!.data as number });
    expect(released.error).toBeNull();
    const again = await serviceClient().rpc('take_ai_call_slot', {
      p_user_id: henry.id,
      p_operation: 'follow_up',
      p_max: 7,
      p_window_seconds: 60,
    });
    expect(again.error).toBeNull();
  });

  it('users cannot call the service-only claim and slot RPCs', async () => {
    const denied = await frank.client.rpc('take_ai_call_slot', {
      p_user_id: frank.id,
      p_operation: 'follow_up',
      p_max: 1000,
      p_window_seconds: 1,
    });
    expect(denied.error?.code).toBe('42501');
    const claim = await frank.client.rpc('claim_response_scoring', {
      p_user_id: frank.id,
      p_response_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(claim.error?.code).toBe('42501');
  });
  it('a question added to or taken out of the bank is used at once, though the functions keep the bank in memory', async () => {
    const user = await busyUser('bank-cache');
    // Every functions process reads (and keeps) the bank.
    for (let i = 0; i < 6; i += 1) {
      const warm = await invoke(user, 'generate-questions', { session_id: (await newSession(user, 1)).session_id });
      expect(warm.status).toBe(200);
    }
    const tag = `Bankcachelang${Date.now()}`;
    const [added] = await sql<{ id: string; question: string }>(
      `insert into public.question_bank (question, type, category, difficulty, roles, tech_stack, skills, expected_answer, key_points, is_active)
       values ($1, 'technical', 'frontend', 'medium', '{frontend-developer}', $2, $2, 'It compiles to WebAssembly.', '{webassembly}', true)
       returning id, question`,
      [`How does ${tag} manage memory, and what would you watch for in production?`, [tag]],
    );
    const withTag = async () => {
      const { data, error } = await user.client.rpc('create_interview_session', {
        p_job_role: 'Frontend Developer',
        p_interview_type: 'technical',
        p_difficulty: 'medium',
        p_tech_stack: [tag],
        p_total_questions: 3,
      });
      if (error) throw new Error(error.message);
      const generated = await invoke<{ questions: { bank_question_id: string | null }[] }>(user, 'generate-questions', {
        session_id: (data as { session_id: string }).session_id,
      });
      expect(generated.status).toBe(200);
      return generated.data.questions.map((q) => q.bank_question_id);
    };
    expect(await withTag()).toContain(added!.id);

    await sql('update public.question_bank set is_active = false where id = $1', [added!.id]);
    expect(await withTag()).not.toContain(added!.id);
  });
});
