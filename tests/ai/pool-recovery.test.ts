// The edge functions' database connections (supabase/functions/_shared/db.ts), broken or all busy, through the
// real functions runtime and gateway: a call that cannot get a connection answers 503 database_unavailable with
// Retry-After instead of waiting, a call whose backend is terminated answers the same, and the next calls
// succeed on new connections. A stack of its own with one connection per functions worker and a 1 s wait for it:
// terminating the shared stack's function backends would fail other test files' calls.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { functionWorkers } from '../../stack/functions/index.ts';
import { ownStack } from '../helpers/own-stack.ts';
import { signedInUser } from '../helpers/stack.ts';

const running = ownStack('pool', { scheduler: false, functionsEnv: { DB_POOL_MAX: '1', DB_POOL_WAIT_MS: '1000' } });
const { sql } = running;

type User = Awaited<ReturnType<typeof signedInUser>>;

/** A function call with plain fetch: status, JSON body and Retry-After. */
async function call(user: User, name: string, body: unknown) {
  const response = await fetch(`${running.info.apiUrl}/functions/v1/${name}`, {
    method: 'POST',
    headers: {
      apikey: running.info.anonKey,
      authorization: `Bearer ${user.session.access_token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let data: { error?: string; message?: string; questions?: unknown[] };
  try {
    data = JSON.parse(text);
  } catch {
    data = { message: text };
  }
  return { status: response.status, data, retryAfter: response.headers.get('retry-after') };
}

type Answer = Awaited<ReturnType<typeof call>>;

function expectUnavailable(answer: Answer) {
  expect(answer.status, JSON.stringify(answer.data)).toBe(503);
  expect(answer.data.error).toBe('database_unavailable');
  expect(answer.data.message).toMatch(/^[A-Z].*\.$/);
  expect(answer.data.message).not.toMatch(/CONNECTION_|ECONN|EPIPE|57P01|terminating|127\.0\.0\.1/);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
}

/**
 * Makes sequential calls until `successes` of them succeed. A call that reaches a worker before it has read the end
 * of a terminated connection sends on the dead connection and answers the honest 503 (whether the database ran it
 * cannot be known, so it is not retried behind the caller's back); that connection is replaced. So each terminated
 * connection costs at most one 503, and never a hang or a 500.
 */
async function untilServed(send: () => Promise<Answer>, successes: number, terminated: number): Promise<Answer[]> {
  const served: Answer[] = [];
  let unavailable = 0;
  while (served.length < successes) {
    const answer = await send();
    if (answer.status === 503) {
      expectUnavailable(answer);
      unavailable++;
      expect(unavailable, 'more 503s than terminated connections').toBeLessThanOrEqual(terminated);
    } else {
      expect(answer.status, JSON.stringify(answer.data)).toBe(200);
      served.push(answer);
    }
  }
  return served;
}

const functionBackends = (where: string) =>
  sql<{ pid: number }>(`select pid from pg_stat_activity where application_name = 'edge-functions' and ${where}`);

async function until<T>(what: string, probe: () => Promise<T | undefined | false>): Promise<T> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function newSession(user: User): Promise<string> {
  const { data, error } = await user.client.rpc('create_interview_session', {
    p_job_role: 'Frontend Developer',
    p_interview_type: 'technical',
    p_difficulty: 'medium',
    p_total_questions: 1,
  });
  if (error) throw new Error(error.message);
  return (data as { session_id: string }).session_id;
}

describe("the functions' database connections at start", () => {
  it('each worker opens its pool (DB_POOL_MAX connections) before the first call', async () => {
    // No function has been called on this stack yet: the connections are the ones the functions open when they load.
    const backends = await until('the workers to open their connections', async () => {
      const rows = await functionBackends('true');
      return rows.length >= functionWorkers() && rows;
    });
    expect(backends).toHaveLength(functionWorkers() * 1);
    const busy = await functionBackends("state <> 'idle'");
    expect(busy).toEqual([]);
  });
});

describe("the functions' database connections, broken or busy", () => {
  it('a call waits at most DB_POOL_WAIT_MS for a connection; terminated backends answer 503 and are replaced', async () => {
    const user = await signedInUser('pool-recovery', { on: running.info });
    const held = await newSession(user);
    const later = await newSession(user);

    // Every call below needs the sessions table; this transaction keeps it locked, so each worker's one connection
    // waits inside Postgres and the other calls have none to get.
    const locker = new pg.Client({ connectionString: running.info.dbUrl, application_name: 'pool-recovery-test' });
    await locker.connect();
    const terminatedMidCall: number[] = [];
    try {
      await locker.query('begin');
      await locker.query('lock table public.interview_sessions in access exclusive mode');
      const calls = 8;
      const answered: Answer[] = [];
      const pending = Array.from({ length: calls }, () =>
        call(user, 'generate-questions', { session_id: held }).then(
          (answer) => {
            answered.push(answer);
            return answer;
          },
          (error: Error): Answer => ({ status: 0, data: { message: error.message }, retryAfter: null }),
        ),
      );
      // Every call is either waiting in Postgres (one per worker at most) or has answered, while the lock is held.
      const blocked = await until('every call to wait in Postgres or answer', async () => {
        const rows = await functionBackends("wait_event_type = 'Lock'");
        return rows.length + answered.length === calls && rows.length > 0 ? rows.map((row) => row.pid) : false;
      });
      for (const answer of answered) expectUnavailable(answer);

      // Terminate the waiting backends in the middle of their calls.
      await sql('select pg_terminate_backend(pid) from unnest($1::int[]) pid', [blocked]);
      terminatedMidCall.push(...blocked);
      const all = await Promise.all(pending);
      for (const answer of all) expectUnavailable(answer);
    } finally {
      await locker.query('rollback').catch(() => {});
      await locker.end();
    }

    // The next calls get new connections (a worker that has not read its terminated connection's end yet answers
    // one more 503 first: see below).
    const generated = await untilServed(() => call(user, 'generate-questions', { session_id: later }), 1, terminatedMidCall.length);
    expect(generated[0]!.data.questions).toHaveLength(1);

    // Terminated between calls: idle connections are replaced as well. Sequential calls, so each has the
    // connection of its worker to itself; together they reach every worker (the kernel spreads connections).
    const before = (await functionBackends('true')).map((row) => row.pid);
    expect(before.length).toBeGreaterThan(0);
    await sql('select pg_terminate_backend(pid) from unnest($1::int[]) pid', [before]);
    await until('the terminated backends to be gone', async () => (await functionBackends('true')).length === 0);
    await untilServed(() => call(user, 'generate-questions', { session_id: held }), 8, before.length);
  }, 120_000);
});
