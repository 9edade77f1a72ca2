// The direct connection's pool (db.ts) when connections break or run out, against a real Postgres: run by
// tests/ai/db-pool.test.ts with `deno test`, SUPABASE_DB_URL pointing at the test stack's database, DB_POOL_MAX=2
// and DB_POOL_WAIT_MS=1000 (the name keeps `npm run test:deno`, which has no database, from picking it up).
//
// Calls are held inside Postgres, not by timers: their statement waits for an advisory lock that this file holds
// on a connection of its own, so a test knows which backends are busy and can terminate exactly those (never the
// backends of the stack's own functions, which other test files are using).
import assert from 'node:assert/strict';
import postgres from 'npm:postgres@3';
import { asServiceRole, openConnections, type Sql, type Statement, valueAsServiceRole } from './db.ts';
import { HttpError } from './http.ts';
import {
  beginQuestionGeneration,
  claimInterviewCompletion,
  claimResponseScoring,
  finishInterviewCompletion,
  interviewCompletionStatements,
  questionGenerationStatements,
  responseScoringStatements,
  saveGeneratedQuestions,
  saveResponseEvaluation,
} from './rpc.ts';
import { quietly } from './quiet-console.ts';

const POOL = Number(Deno.env.get('DB_POOL_MAX'));
const LOCK = 7_261_205;

// The test's own connection: holds the lock, watches and terminates the pool's backends.
const admin = postgres(Deno.env.get('SUPABASE_DB_URL')!, { max: 1, connection: { application_name: 'db-pool-test' }, onnotice: () => {} });

/**
 * A call that waits for LOCK inside its transaction. `unprepared`: postgres.js asks for the statement's parameter
 * types first and holds the commit back until the answer, as for any statement new to a connection and for every
 * statement through Supabase's transaction pooler; prepared: all four statements are sent at once.
 */
const waitingCall = (unprepared = false) =>
  valueAsServiceRole<number>(
    'probe',
    'Waiting for the lock',
    unprepared
      ? (sql: Sql) => sql.unsafe('select pg_advisory_xact_lock($1::bigint), pg_backend_pid() as result', [LOCK], { prepare: false })
      : (sql: Sql) => sql`select pg_advisory_xact_lock(${LOCK}::bigint), pg_backend_pid() as result`,
  );

const pid = () => valueAsServiceRole<number>('probe', 'Reading the backend', (sql) => sql`select pg_backend_pid() as result`);

/** The pool's backends waiting for LOCK, once there are `count` of them. */
async function waiting(count: number): Promise<number[]> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const rows = await admin<{ pid: number }[]>`select l.pid from pg_locks l
      where l.locktype = 'advisory' and not l.granted and l.objid::text::bigint = ${LOCK}::bigint`;
    if (rows.length >= count) return rows.map((row) => row.pid);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`fewer than ${count} calls reached the lock`);
}

const terminate = (pids: number[]) => admin`select pg_terminate_backend(pid) from unnest(${pids}::int[]) pid`;

/** What a call ended with; a call that has not answered after a minute is reported, not waited for forever. */
async function outcome<T>(call: Promise<T>): Promise<{ value: T } | { error: HttpError }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const never = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the call never answered')), 60_000);
  });
  try {
    return { value: await Promise.race([call, never]) };
  } catch (error) {
    if (error instanceof HttpError) return { error };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

function assertUnavailable(result: { value: unknown } | { error: HttpError }) {
  assert.ok('error' in result, `expected a 503, got ${JSON.stringify(result)}`);
  const { error } = result;
  assert.deepEqual([error.status, error.code], [503, 'database_unavailable'], error.message);
  assert.ok(error.retryAfterSeconds && error.retryAfterSeconds > 0, 'says when to retry');
  assert.match(error.message, /^[A-Z][^{}<>]*\.$/, 'a sentence, not the driver text');
  assert.doesNotMatch(error.message, /CONNECTION_|ECONN|EPIPE|postgres|127\.0\.0\.1|write /);
}

/** Every connection of the pool can be held at once again (none was lost), and each answers. */
async function assertWholePoolUsable() {
  await admin`select pg_advisory_lock(${LOCK}::bigint)`;
  const held = Array.from({ length: POOL }, () => outcome(waitingCall()));
  await waiting(POOL);
  await admin`select pg_advisory_unlock(${LOCK}::bigint)`;
  for (const result of await Promise.all(held)) assert.ok('value' in result, `a held call failed: ${JSON.stringify(result)}`);
}

Deno.test({
  name: 'pool: openConnections prepares the given statements on every connection before the first call runs them',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const marker = `prepared_at_open_${crypto.randomUUID().replaceAll('-', '')}`;
    const statement: Statement = (sql) => sql.unsafe(`select $1::text as ${marker}`, ['x']);
    assert.equal(await openConnections([statement]), POOL);
    // Both connections at once (each call holds its own); the check's own text does not contain the marker.
    const found = await Promise.all(
      Array.from(
        { length: POOL },
        () =>
          asServiceRole('probe', 'Listing prepared statements', (sql) =>
            sql`select pg_backend_pid() as pid, pg_sleep(0.2),
          (select count(*)::int from pg_prepared_statements p where p.statement like ${'%' + marker + '%'}::text) as prepared`),
      ),
    );
    assert.equal(new Set(found.map(([row]) => row!.pid)).size, POOL, 'one check per connection');
    for (const [row] of found) assert.equal(row!.prepared, 1, `prepared on backend ${row!.pid}`);
  },
});

Deno.test({
  name: "pool: the functions' calls use the statements prepared at open (the placeholders match the calls' arguments)",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await openConnections([...questionGenerationStatements, ...responseScoringStatements, ...interviewCompletionStatements]);
    const nobody = crypto.randomUUID();
    const calls = [
      () => beginQuestionGeneration({ p_user_id: nobody, p_session_id: nobody, p_rate_max: 5, p_rate_window_seconds: 60 }),
      () => saveGeneratedQuestions({ p_interview_id: nobody, p_questions: [{ question_text: 'q' }], p_usage: [], p_slot_id: 1 }),
      () => claimResponseScoring({ p_user_id: nobody, p_response_id: nobody, p_rate_max: 5, p_rate_window_seconds: 60 }),
      () => saveResponseEvaluation({ p_response_id: nobody, p_claimed_at: new Date().toISOString(), p_result: { score: 1 } }),
      () => claimInterviewCompletion({ p_user_id: nobody, p_session_id: nobody, p_rate_max: 5, p_rate_window_seconds: 60 }),
      () => finishInterviewCompletion({ p_interview_id: nobody, p_score: 70.5, p_duration_seconds: 600, p_skill_gaps: [] }),
    ];
    // Every call on both connections (two at once hold one each); they fail for want of such rows, after running.
    for (const call of calls) await Promise.all([outcome(quietly(call)), outcome(quietly(call))]);
    const found = await Promise.all(
      Array.from(
        { length: POOL },
        () =>
          asServiceRole(
            'probe',
            'Listing prepared statements',
            (sql) =>
              sql`select pg_backend_pid() as pid, pg_sleep(0.2), (select coalesce(jsonb_object_agg(name, n), '{}') from (
          select split_part(split_part(p.statement, 'select public.', 2), '(', 1) as name, count(*)::int as n
            from pg_prepared_statements p where strpos(p.statement, 'select public.') = 1 and strpos(p.statement, '(p_') > 0
            group by 1) counts) as prepared`,
          ),
      ),
    );
    assert.equal(new Set(found.map(([row]) => row!.pid)).size, POOL, 'one check per connection');
    const once = {
      begin_question_generation: 1,
      save_generated_questions: 1,
      claim_response_scoring: 1,
      save_response_evaluation: 1,
      claim_interview_completion: 1,
      finish_interview_completion: 1,
    };
    for (const [row] of found) assert.deepEqual(row!.prepared, once, `backend ${row!.pid}`);
  },
});

Deno.test({
  name: 'pool: backends terminated between calls are replaced, and the next calls succeed',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    assert.equal(POOL, 2);
    await assertWholePoolUsable();
    const before = new Set<number>();
    for (let i = 0; i < 6; i++) before.add(await pid());
    await terminate([...before]);
    const after = await quietly(() => Promise.all(Array.from({ length: 6 }, () => outcome(pid()))));
    for (const result of after) {
      if ('error' in result) assertUnavailable(result); // only a call that raced the termination may fail, honestly
    }
    const next = await pid();
    assert.ok(!before.has(next), 'a new backend');
    await assertWholePoolUsable();
  },
});

Deno.test({
  name: 'pool: a backend terminated during a call answers 503, and the connection is replaced',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    for (const unprepared of [true, false]) {
      await admin`select pg_advisory_lock(${LOCK}::bigint)`;
      const call = outcome(quietly(() => waitingCall(unprepared)));
      const [busy] = await waiting(1);
      await terminate([busy!]);
      const result = await call;
      await admin`select pg_advisory_unlock(${LOCK}::bigint)`;
      assertUnavailable(result);
      assert.notEqual(await pid(), busy);
      await assertWholePoolUsable();
    }
  },
});

Deno.test({
  name: 'pool: with every connection busy, a call waits at most DB_POOL_WAIT_MS and answers 503; nothing leaks',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    await admin`select pg_advisory_lock(${LOCK}::bigint)`;
    const held = Array.from({ length: POOL }, () => outcome(waitingCall()));
    await waiting(POOL);
    // The lock is still held, so this call can only answer by giving up on a connection.
    const refused = await outcome(pid());
    assertUnavailable(refused);
    await admin`select pg_advisory_unlock(${LOCK}::bigint)`;
    for (const result of await Promise.all(held)) assert.ok('value' in result, JSON.stringify(result));
    // The refused call's place in the queue was granted a connection after it gave up: given back, not lost.
    await assertWholePoolUsable();
  },
});

Deno.test({
  name: 'pool: a failed statement, a value the driver cannot send and a statement that cannot be built give their connections back',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    for (let i = 0; i < POOL * 2; i++) {
      const failed = await outcome(quietly(() => asServiceRole('probe', 'Dividing', (sql) => sql`select 1 / ${0}::int as result`)));
      assert.ok('error' in failed && failed.error.status === 500 && failed.error.code === 'database_error');
      // postgres.js refuses to encode a symbol before sending: the connection is fine, the call fails.
      const unsendable = await outcome(
        quietly(() => asServiceRole('probe', 'Encoding', (sql) => sql`select ${Symbol('x') as unknown as string}::text as result`)),
      );
      assert.ok('error' in unsendable && unsendable.error.status === 500, JSON.stringify(unsendable));
      await assert.rejects(() =>
        asServiceRole('probe', 'Building', () => {
          throw new Error('a statement that cannot be built');
        }), /cannot be built/);
    }
    await assertWholePoolUsable();
    await admin.end();
  },
});
