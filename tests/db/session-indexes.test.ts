/**
 * interview_sessions keeps only indexes that a query reads: each one is written by every new interview and by
 * every update that moves an indexed column, and loaded by every new connection on its first create. The
 * abandonment job, the one reader of the dropped (status, created_at) index, reads the partial index of open
 * sessions made for it.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, sql, stack } from './helpers.ts';

afterAll(closeSql);

describe('the indexes of interview_sessions', () => {
  it('are the primary key, the session id, the per-user orders, the analytics range and the open sessions', async () => {
    const rows = await sql<{ name: string }>(
      `select indexrelid::regclass::text as name from pg_catalog.pg_index where indrelid = 'public.interview_sessions'::regclass order by 1`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      'interview_sessions_created_idx',
      'interview_sessions_open_created_idx',
      'interview_sessions_pkey',
      'interview_sessions_session_id_key',
      'interview_sessions_user_created_idx',
      'interview_sessions_user_status_idx',
    ]);
  });

  it("the abandonment job's scan of open sessions reads the partial index of open sessions", async () => {
    const client = new pg.Client({ connectionString: stack().dbUrl });
    await client.connect();
    try {
      await client.query('begin');
      // an empty test table would be read sequentially; what matters is which index serves the predicate
      await client.query('set local enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `explain (costs off)
         select s.id from public.interview_sessions s
         where s.status in ('pending', 'in_progress') and s.updated_at < now() - interval '24 hours'
           and not exists (select 1 from public.interview_responses r
                           where r.interview_id = s.id and r.submitted_at >= now() - interval '24 hours')
         for update of s skip locked`,
      );
      await client.query('rollback');
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/on interview_sessions_open_created_idx/);
      expect(plan).not.toMatch(/Seq Scan on interview_sessions/);
    } finally {
      await client.end();
    }
  });
});
