/**
 * ai_usage_events and interview_responses, written on every turn of the interview loop, keep only indexes that a
 * query or a foreign key needs: each insert writes every index, and each new connection loads them on its first
 * write. Their readers by interview and by time range still read an index (the lints test checks that every
 * foreign key keeps one it leads).
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, sql, stack } from './helpers.ts';

afterAll(closeSql);

const indexesOf = async (table: string) =>
  (
    await sql<{ name: string }>(
      `select indexrelid::regclass::text as name from pg_catalog.pg_index where indrelid = $1::regclass order by 1`,
      [table],
    )
  ).map((r) => r.name);

/** The plan of a query on an empty test table, with sequential scans off: which index serves its predicate. */
async function planOf(query: string, args: unknown[] = []): Promise<string> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (costs off) ${query}`, args);
    await client.query('rollback');
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

describe('the indexes of the tables the interview loop writes', () => {
  it('ai_usage_events: the key, the time range, the errors, and one per foreign key', async () => {
    expect(await indexesOf('public.ai_usage_events')).toEqual([
      'ai_usage_events_chat_session_idx',
      'ai_usage_events_created_idx',
      'ai_usage_events_errors_idx',
      'ai_usage_events_interview_idx',
      'ai_usage_events_pkey',
      'ai_usage_events_response_idx',
      'ai_usage_events_user_idx',
    ]);
  });

  it('interview_responses: the key, one answer per question, per interview in answer order, per user, by time', async () => {
    expect(await indexesOf('public.interview_responses')).toEqual([
      'interview_responses_interview_submitted_idx',
      'interview_responses_pkey',
      'interview_responses_question_key',
      'interview_responses_submitted_idx',
      'interview_responses_user_idx',
    ]);
  });

  it("an interview's answers are read through the (interview, submitted) index", async () => {
    const plan = await planOf(`select r.id from public.interview_responses r where r.interview_id = $1::uuid`, [
      '00000000-0000-0000-0000-000000000001',
    ]);
    expect(plan).toMatch(/(using|on) interview_responses_interview_submitted_idx\b/);
  });

  it("the providers' statistics read the usage of their days through the time index", async () => {
    const plan = await planOf(
      `select e.provider, count(*) from public.ai_usage_events e where e.created_at >= now() - interval '7 days' group by e.provider`,
    );
    expect(plan).toMatch(/(using|on) ai_usage_events_created_idx\b/);
  });
});
