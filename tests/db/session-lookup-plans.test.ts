/**
 * The functions' session lookups answer the same whichever plan Postgres picks for them. plpgsql plans a
 * statement for each call's values at first and may switch to one generic plan later; with
 * plan_cache_mode = force_generic_plan the generic plan is used at once, which is how these tests get it; with
 * enable_seqscan = off it reads the indexes, as it does on a database with more than a handful of sessions.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, giveSubscription, insertSession, stack } from './helpers.ts';

afterAll(closeSql);

/** Runs one service-role call in a transaction that forces generic plans; returns its result or its error code. */
async function withGenericPlans(text: string, values: unknown[]): Promise<{ result?: unknown; code?: string }> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`set local plan_cache_mode = force_generic_plan`);
    await client.query(`set local enable_seqscan = off`);
    await client.query(`select set_config('role', 'service_role', true)`);
    const { rows } = await client.query<{ result: unknown }>(text, values);
    return { result: rows[0]!.result };
  } catch (error) {
    return { code: (error as { code?: string }).code };
  } finally {
    await client.query('rollback').catch(() => {});
    await client.end();
  }
}

describe('session lookups by session id or uuid under a generic plan', () => {
  it('begin_question_generation finds the session by its session id and by its uuid', async () => {
    const user = await createUser('generic-plan-generate');
    await giveSubscription(user.id);
    const session = await insertSession(user.id, 'pending');
    for (const id of [session.session_id, session.id]) {
      const { result, code } = await withGenericPlans(
        `select public.begin_question_generation($1, $2, null, null) -> 'session' ->> 'id' as result`,
        [user.id, id],
      );
      expect(code).toBeUndefined();
      expect(result).toBe(session.id);
    }
  });

  it('claim_interview_completion answers not_found (PT404) for an unknown session id, not a uuid syntax error', async () => {
    const user = await createUser('generic-plan-complete');
    const { code } = await withGenericPlans(`select public.claim_interview_completion($1, $2, null, null) as result`, [
      user.id,
      'sess_doesnotexist000',
    ]);
    expect(code).toBe('PT404');
  });
});
