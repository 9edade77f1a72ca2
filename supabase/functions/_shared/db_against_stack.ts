// Checks of the direct connection (db.ts, rpc.ts) against a real Postgres with the project's migrations: run by
// tests/ai/direct-db.test.ts with `deno test` and SUPABASE_DB_URL pointing at the test stack's database (the name
// keeps `npm run test:deno`, which has no database, from picking it up). DB_POOL_MAX=1 there, so every call below
// uses the same connection: what one call leaves behind, the next one sees.
import assert from 'node:assert/strict';
import { asServiceRole, type Sql, valueAsServiceRole } from './db.ts';
import { HttpError } from './http.ts';
import { activeQuestionBank, activeQuestionBankUsage, beginQuestionGeneration, claimResponseScoring } from './rpc.ts';
import { quietly } from './quiet-console.ts';

async function httpErrorOf(run: () => Promise<unknown>): Promise<HttpError> {
  try {
    await quietly(run);
  } catch (error) {
    assert.ok(error instanceof HttpError, `expected an HttpError, got ${error}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

Deno.test('direct connection: a call runs as service_role with its claims and PostgREST timeouts, all local to its transaction', async () => {
  assert.equal(Deno.env.get('DB_POOL_MAX'), '1', 'every call shares one connection');
  const [inside] = await asServiceRole(
    'probe',
    'Probing',
    (sql) =>
      sql`select current_user::text as role, session_user::text as login, auth.uid() as uid, auth.jwt() ->> 'role' as claim_role,
      current_setting('statement_timeout') as statement_timeout, current_setting('lock_timeout') as lock_timeout`,
  );
  assert.deepEqual({ ...inside }, {
    role: 'service_role',
    login: 'postgres',
    uid: null,
    claim_role: 'service_role',
    statement_timeout: '8s',
    lock_timeout: '8s',
  });
});

Deno.test('direct connection: grants apply as for the service role through PostgREST (not as the connecting owner)', async () => {
  // postgres owns the first and can read the second; service_role has no rights on either.
  const reads = [
    (sql: Sql) => sql`select count(*) from private.question_bank_revision`,
    (sql: Sql) => sql`select count(*) from auth.users`,
  ];
  for (const read of reads) {
    const denied = await httpErrorOf(() => asServiceRole('probe', 'Reading a table the service role may not read', read));
    assert.deepEqual([denied.status, denied.code], [500, 'database_error']);
    assert.equal(denied.message, 'Reading a table the service role may not read failed. Please try again.');
  }
});

Deno.test('direct connection: PTxxx errors of our SQL keep their status, machine code and message', async () => {
  const missingProfile = await httpErrorOf(() =>
    beginQuestionGeneration({ p_user_id: crypto.randomUUID(), p_session_id: 'no-such-session' })
  );
  assert.deepEqual([missingProfile.status, missingProfile.code, missingProfile.message], [
    403,
    'profile_missing',
    'Your profile is not ready yet. Try again in a moment.',
  ]);
  // A signed-up user of the stack (PROBE_USER_ID) asking for a response that is not theirs.
  const someone = Deno.env.get('PROBE_USER_ID')!;
  const notTheirs = await httpErrorOf(() => claimResponseScoring({ p_user_id: someone, p_response_id: crypto.randomUUID() }));
  assert.deepEqual([notTheirs.status, notTheirs.code, notTheirs.message], [
    404,
    'not_found',
    'No response with this id exists in your interviews.',
  ]);
});

Deno.test('direct connection: a failed call is rolled back and leaves its connection usable; calls queue for the one connection', async () => {
  const failed = await httpErrorOf(() => asServiceRole('probe', 'Dividing', (sql) => sql`select 1 / ${0}::int as result`));
  assert.deepEqual([failed.status, failed.code], [500, 'database_error']);
  // Had the failed transaction stayed open, this would fail with "current transaction is aborted".
  const values = await Promise.all(
    Array.from({ length: 20 }, (_, i) => valueAsServiceRole<number>('probe', 'Adding', (sql) => sql`select ${i}::int + 1 as result`)),
  );
  assert.deepEqual(values, Array.from({ length: 20 }, (_, i) => i + 1));
});

Deno.test('direct connection: jsonb and claim-token arguments arrive exactly', async () => {
  const value = { text: 'ä "quoted" \\ back', nested: [1, 2.5, null, true], empty: {} };
  const echoed = await valueAsServiceRole<unknown>(
    'probe',
    'Echoing',
    (sql) => sql`select ${JSON.stringify(value)}::text::jsonb as result`,
  );
  assert.deepEqual(echoed, value);
  const token = '2026-12-05T15:29:58.123456+00:00';
  const same = await valueAsServiceRole<boolean>(
    'probe',
    'Comparing',
    (sql) => sql`select ${token}::text::timestamptz = '2026-12-05 15:29:58.123456+00'::timestamptz as result`,
  );
  assert.equal(same, true, 'microseconds survive');
});

Deno.test('direct connection: the usage counts are those of the bank read, under the same revision', async () => {
  const bank = await activeQuestionBank<{ id: string; times_used: number }>();
  const counts = await activeQuestionBankUsage();
  assert.ok(bank.questions.length > 0);
  assert.equal(counts.revision, bank.revision);
  assert.deepEqual(
    Object.fromEntries(bank.questions.map((q) => [q.id, counts.usage[q.id]])),
    Object.fromEntries(bank.questions.map((q) => [q.id, q.times_used])),
  );
});
