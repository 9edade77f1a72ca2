// The local stack's warm-up of PostgREST's database backends (stack/postgres/backend-warmup.ts): a login as
// PostgREST's role runs the interview loop once, so the new backend has the loop's plpgsql code compiled before
// its first request, and the login leaves nothing behind: no row, and the session as PostgREST expects it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_DB_PASSWORD } from '../../stack/postgres/index.ts';
import { sql, stack } from '../helpers/stack.ts';

const PROBE_SCHEMA = 'test_login_warmup_probe';

/** A connection of `role` (a login of its own), the plpgsql functions its backend has compiled, and who it is. */
async function loginAs(role: string) {
  const url = new URL(stack().dbUrl);
  url.username = role;
  url.password = LOCAL_DB_PASSWORD;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const compiled = await client.query<{ name: string }>(`select name from ${PROBE_SCHEMA}.compiled_functions()`);
    const who = await client.query<{ current_user: string; claims: string | null; state: string }>(
      `select current_user, current_setting('request.jwt.claims', true) as claims, (select state from pg_stat_activity where pid = pg_backend_pid()) as state`,
    );
    return { compiled: compiled.rows.map((row) => row.name), ...who.rows[0]! };
  } finally {
    await client.end();
  }
}

const counts = async () =>
  (
    await sql<Record<string, number>>(`select
      (select count(*) from auth.users where email like 'warm-up-%')::int as users,
      (select count(*) from public.subscriptions where id like 'sub_warmup%')::int as subscriptions,
      (select count(*) from public.interview_sessions s join auth.users u on u.id = s.user_id where u.email like 'warm-up-%')::int as sessions`)
  )[0];

beforeAll(async () => {
  // The backend's own memory contexts, readable by the login's role through a function of a role that may read them.
  await sql(`create schema if not exists ${PROBE_SCHEMA}`);
  await sql(`create or replace function ${PROBE_SCHEMA}.compiled_functions() returns table (name text)
    language sql security definer set search_path = '' as $$
      select regexp_replace(ident, '\\(.*', '') from pg_catalog.pg_backend_memory_contexts
      where name = 'PL/pgSQL function' and ident is not null $$`);
  await sql(`grant usage on schema ${PROBE_SCHEMA} to authenticator, postgres`);
  await sql(`grant execute on function ${PROBE_SCHEMA}.compiled_functions() to authenticator, postgres`);
});
afterAll(async () => {
  await sql(`drop schema if exists ${PROBE_SCHEMA} cascade`);
});

describe("the local stack's warm-up of PostgREST's backends", () => {
  it('compiles the interview loop on a new authenticator backend and leaves no row and no role behind', async () => {
    const before = await counts();
    const login = await loginAs('authenticator');
    for (const name of [
      'public.create_interview_session',
      'public.submit_response',
      'public.get_user_interview_history',
      'public.begin_question_generation',
      'public.save_generated_questions',
    ]) {
      expect(login.compiled).toContain(name);
    }
    expect(login.current_user).toBe('authenticator');
    expect(login.claims ?? '').toBe('');
    expect(login.state).toBe('active'); // its own query; not left in a transaction
    expect(await counts()).toEqual(before);
    expect(before!.users).toBe(0);
  });

  it("leaves other roles' logins alone", async () => {
    const login = await loginAs('postgres');
    expect(login.compiled).not.toContain('public.create_interview_session');
  });
});
