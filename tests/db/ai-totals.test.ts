/**
 * An interview's AI totals (provider of the last successful call, fallback used, processing time, cost) are
 * written by the RPC that stores the usage, in its own update of the session: the same totals the per-event
 * trigger folds for usage inserted any other way, exact under parallel saves, one session update per call.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertQuestion, insertSession, serviceClient, sql, sqlOne, stack } from './helpers.ts';

afterAll(closeSql);

type Totals = { ai_provider: string | null; ai_fallback_used: boolean; ai_processing_ms: number; ai_cost_usd: string };

const totalsOf = (interviewId: string) =>
  sqlOne<Totals>(`select ai_provider, ai_fallback_used, ai_processing_ms, ai_cost_usd::text from public.interview_sessions where id = $1`, [
    interviewId,
  ]);

type UsageEvent = Record<string, string | number | boolean | null>;
const usage = (userId: string, interviewId: string, over: UsageEvent = {}): UsageEvent => ({
  user_id: userId,
  interview_id: interviewId,
  operation: 'score_answer',
  provider: 'local',
  latency_ms: 0,
  ...over,
});

/** Runs `statement` in one transaction and returns how many interview_sessions rows it updated. */
async function sessionUpdates(statement: string, params: unknown[]): Promise<{ updated: number; result: unknown }> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query(statement, params);
    const stats = await client.query<{ n: string }>(
      `select n_tup_upd::text as n from pg_stat_xact_user_tables where schemaname = 'public' and relname = 'interview_sessions'`,
    );
    await client.query('commit');
    return { updated: Number(stats.rows[0]?.n ?? 0), result: rows[0]?.r };
  } finally {
    await client.end();
  }
}

const QUESTIONS = JSON.stringify([
  { question_text: 'How does an index speed up a query?', question_type: 'technical', difficulty: 'medium', source: 'bank' },
  { question_text: 'Tell me about a hard bug you fixed.', question_type: 'behavioral', difficulty: 'medium', source: 'bank' },
]);

describe('AI totals written with the usage', () => {
  it("the questions' save adds the totals the trigger folds for the same events, in its one session update", async () => {
    const user = await createUser('ai-totals-save');
    const saved = await insertSession(user.id, 'pending');
    const folded = await insertSession(user.id, 'pending'); // the same events, inserted directly
    const other = await insertSession(user.id, 'pending'); // named by one event of the save
    const events = (interviewId: string) => [
      usage(user.id, interviewId, { provider: 'openai', success: false, error_type: 'timeout', latency_ms: 1200 }),
      usage(user.id, interviewId, { provider: 'local', fallback_used: true, latency_ms: 35, cost_usd: 0.0000014 }),
      usage(user.id, interviewId, { provider: 'gemini', success: false, error_type: 'http_error', latency_ms: 7, cost_usd: 0.0123456789 }),
    ];

    const { updated, result } = await sessionUpdates(`select public.save_generated_questions($1, $2, $3) as r`, [
      saved.id,
      QUESTIONS,
      JSON.stringify([...events(saved.id), usage(user.id, other.id, { provider: 'anthropic', latency_ms: 90, cost_usd: 0.25 })]),
    ]);
    expect(result).toMatchObject({ generated: true });
    expect(updated).toBe(2); // this session once; the other session by the trigger

    await sql(
      `insert into public.ai_usage_events (user_id, interview_id, operation, provider, latency_ms, cost_usd, success, error_type, fallback_used)
       select e.user_id, e.interview_id, e.operation, e.provider, e.latency_ms, coalesce(e.cost_usd, 0), coalesce(e.success, true),
              e.error_type, coalesce(e.fallback_used, false)
       from rows from (jsonb_to_recordset($1) as (user_id uuid, interview_id uuid, operation text, provider text, latency_ms integer,
              cost_usd numeric, success boolean, error_type text, fallback_used boolean)) with ordinality as e
       order by e.ordinality`,
      [JSON.stringify(events(folded.id))],
    );
    const expected = { ai_provider: 'local', ai_fallback_used: true, ai_processing_ms: 1242, ai_cost_usd: '0.012347' };
    expect(await totalsOf(folded.id)).toEqual(expected);
    expect(await totalsOf(saved.id)).toEqual(expected);
    expect(await totalsOf(other.id)).toEqual({
      ai_provider: 'anthropic',
      ai_fallback_used: false,
      ai_processing_ms: 90,
      ai_cost_usd: '0.250000',
    });
    expect(await sqlOne(`select status, total_questions from public.interview_sessions where id = $1`, [saved.id])).toEqual({
      status: 'in_progress',
      total_questions: 2,
    });
    expect(await sqlOne(`select count(*)::int as n from public.ai_usage_events where interview_id = $1`, [saved.id])).toEqual({ n: 3 });
  });

  it('parallel score saves and usage records for one interview add up exactly', async () => {
    const user = await createUser('ai-totals-parallel');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 8 });
    const claims: { responseId: string; claimedAt: string }[] = [];
    for (let i = 0; i < 8; i += 1) {
      const question = await insertQuestion(session.id);
      const response = await sqlOne<{ id: string }>(
        `insert into public.interview_responses (question_id, answer_text) values ($1, 'An index avoids a sequential scan.') returning id`,
        [question.id],
      );
      const claim = await sqlOne<{ r: { claimed_at: string } }>(`select public.claim_response_scoring($1, $2) as r`, [
        user.id,
        response.id,
      ]);
      claims.push({ responseId: response.id, claimedAt: claim.r.claimed_at });
    }
    const service = serviceClient();
    const results = await Promise.all([
      ...claims.map((claim, i) =>
        service.rpc('save_response_evaluation', {
          p_response_id: claim.responseId,
          p_claimed_at: claim.claimedAt,
          p_result: { score: 70 + i, ai_feedback: 'Clear.', ai_provider: 'local', rubric: {} },
          p_usage: [usage(user.id, session.id, { response_id: claim.responseId, latency_ms: i + 1, cost_usd: 0.001 })],
        }),
      ),
      ...[0, 1, 2, 3].map(() => service.rpc('record_ai_usage', { p_events: [usage(user.id, session.id, { latency_ms: 100 })] })),
    ]);
    for (const result of results) expect(result.error).toBeNull();
    expect(await totalsOf(session.id)).toEqual({
      ai_provider: 'local',
      ai_fallback_used: false,
      ai_processing_ms: 36 + 400,
      ai_cost_usd: '0.008000',
    });
    expect(await sqlOne(`select count(*)::int as n from public.ai_usage_events where interview_id = $1`, [session.id])).toEqual({ n: 12 });
  });

  it('a score save whose usage changes no total leaves the session row alone', async () => {
    const user = await createUser('ai-totals-unchanged');
    const session = await insertSession(user.id, 'in_progress', { ai_provider: 'local' });
    const question = await insertQuestion(session.id);
    const response = await sqlOne<{ id: string }>(
      `insert into public.interview_responses (question_id, answer_text) values ($1, 'An answer.') returning id`,
      [question.id],
    );
    const claim = await sqlOne<{ r: { claimed_at: string } }>(`select public.claim_response_scoring($1, $2) as r`, [user.id, response.id]);
    const { updated, result } = await sessionUpdates(`select public.save_response_evaluation($1, $2, $3, $4) as r`, [
      response.id,
      claim.r.claimed_at,
      JSON.stringify({ score: 64, ai_feedback: 'Fine.', ai_provider: 'local', rubric: {} }),
      JSON.stringify([usage(user.id, session.id, { response_id: response.id })]),
    ]);
    expect(result).toEqual({ state: 'saved' });
    expect(updated).toBe(0);
  });

  it("a completion adds its usage in the completion's update; a repeated completion still records its usage", async () => {
    const user = await createUser('ai-totals-complete');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 1 });
    const question = await insertQuestion(session.id);
    await sql(`insert into public.interview_responses (question_id, answer_text) values ($1, 'An answer.')`, [question.id]);
    const finish = (events: UsageEvent[]) =>
      sessionUpdates(`select public.finish_interview_completion($1, 72, null, $2, null, 300, '[]', $3) as r`, [
        session.id,
        JSON.stringify({ report_type: 'detailed', summary: 'Done.', scores: { overall: 72 } }),
        JSON.stringify(events),
      ]);

    const first = await finish([
      usage(user.id, session.id, { operation: 'complete_interview', provider: 'openai', latency_ms: 40, cost_usd: 0.5 }),
    ]);
    expect(first.result).toMatchObject({ state: 'completed', already_completed: false, score: 72 });
    expect(first.updated).toBe(1);
    expect(await totalsOf(session.id)).toEqual({
      ai_provider: 'openai',
      ai_fallback_used: false,
      ai_processing_ms: 40,
      ai_cost_usd: '0.500000',
    });
    expect(await sqlOne(`select status, score::text from public.interview_sessions where id = $1`, [session.id])).toEqual({
      status: 'completed',
      score: '72.00',
    });

    const again = await finish([
      usage(user.id, session.id, { operation: 'complete_interview', provider: 'local', latency_ms: 5, fallback_used: true }),
    ]);
    expect(again.result).toMatchObject({ state: 'completed', already_completed: true });
    expect(again.updated).toBe(1);
    expect(await totalsOf(session.id)).toEqual({
      ai_provider: 'local',
      ai_fallback_used: true,
      ai_processing_ms: 45,
      ai_cost_usd: '0.500000',
    });
  });
});
