// The functions' own database work over a direct Postgres connection (SUPABASE_DB_URL, which hosted Supabase
// injects into every function and the local stack passes too), instead of an HTTP request through the gateway
// and PostgREST per call: no fetch, no gateway pass, no PostgREST request, the same SQL.
//
// Security stays in Postgres, exactly as through PostgREST: every call is one short transaction that first does
// what PostgREST does for a service-role request — `role` set to service_role for the transaction (the
// connecting role, `postgres`, is a member of the API roles locally and on hosted projects), the JWT claims in
// `request.jwt.claims` (what auth.uid() and auth.jwt() read; the service role's have no subject) and the
// statement and lock timeouts PostgREST's connections run with (8 s, the `authenticator` role's settings) — and
// then runs one fixed statement whose arguments are parameters. So grants, RLS and the definer functions' caller
// checks decide as they do for the same RPC through PostgREST. Errors map to HttpErrors in db-errors.ts, the
// mapping the PostgREST path uses.
//
// The pool is per isolate and small. Statements are prepared once per connection (postgres.js keeps them by their
// text), so a call is one round trip: begin, role and claims, the statement and commit are sent together. Without
// prepared statements postgres.js first asks Postgres for each parameterised statement's types and waits for the
// answer. Supabase's transaction pooler (Supavisor, port 6543) cannot keep a connection's prepared statements
// between transactions: through it they are off (`prepare: false`, as Supabase's guides advise).
import postgres from 'npm:postgres@3';
import { type DatabaseError, dbError } from './db-errors.ts';
import { tracedSql } from './db-trace.ts';
import { HttpError } from './http.ts';

export type Sql = postgres.Sql;
type Rows = postgres.RowList<postgres.Row[]>;
/** One statement, built with the transaction's `sql` tag (fixed text, arguments as parameters). */
export type Statement = (sql: Sql) => postgres.PendingQuery<postgres.Row[]>;

/**
 * Connections per isolate (DB_POOL_MAX, default 2). Each is a Postgres backend of its own, opened when the function
 * loads and slow on its first calls (it loads the catalog entries, plans and plpgsql code those calls need), and a
 * call holds one only for its single round trip: two let a call start while another's answer is on its way, and
 * every one more is a backend to warm and to keep. Hosted projects run an isolate per function and instance, each
 * with its own pool, against a connection limit shared with PostgREST, Auth and Supavisor.
 */
function poolSize(): number {
  return positiveInteger('DB_POOL_MAX', 2);
}

/**
 * How long a connection may stay idle before it is closed (DB_POOL_IDLE_S, default 300 s, the idle time the local
 * stack gives PostgREST's pool): a quiet isolate gives its backends back. Shorter is dearer for users: a candidate
 * spends minutes on one answer, and a lightly used project's next call after every closed connection pays a new
 * connection (TCP, SCRAM) and a backend that loads its catalog entries, plans and plpgsql code again.
 */
function idleSeconds(): number {
  return positiveInteger('DB_POOL_IDLE_S', 300);
}

/**
 * How long a call waits for a free connection (DB_POOL_WAIT_MS, default 10 s, PostgREST's default) before it answers 503: postgres.js
 * itself would wait forever.
 */
function poolWaitMs(): number {
  return positiveInteger('DB_POOL_WAIT_MS', 10_000);
}

/**
 * How long a call waits for its transaction's answer (DB_CALL_TIMEOUT_MS, default 20 s) before it answers 503.
 * Postgres ends the statement after 8 s (statement_timeout), so only a connection that stopped answering
 * without closing gets here; the connection stays with the unfinished transaction until it ends one way or
 * the other, and is then given back or dropped as below.
 */
function callTimeoutMs(): number {
  return positiveInteger('DB_CALL_TIMEOUT_MS', 20_000);
}

function positiveInteger(name: string, fallback: number): number {
  const configured = Number(Deno.env.get(name));
  return Number.isInteger(configured) && configured >= 1 ? configured : fallback;
}

/** Supabase's transaction pooler listens on port 6543 (direct connections and the session pooler on 5432). */
export function throughTransactionPooler(url: string): boolean {
  try {
    return new URL(url).port === '6543';
  } catch {
    return false;
  }
}

let pool: Sql | undefined;

function connection(): Sql {
  if (!pool) {
    const url = Deno.env.get('SUPABASE_DB_URL');
    if (!url) throw new HttpError(500, 'server_misconfigured', 'The function is missing the SUPABASE_DB_URL setting.');
    pool = postgres(url, {
      max: poolSize(),
      prepare: !throughTransactionPooler(url),
      idle_timeout: idleSeconds(),
      connect_timeout: 10,
      connection: { application_name: 'edge-functions' },
      onnotice: () => {},
    });
  }
  return pool;
}

/**
 * Starts a new pool for the calls to come and ends this one once its running calls are done (at the latest after
 * the call timeout). postgres.js (3.4) fails a reservation when the connection it opens for it fails, but keeps
 * the request in its queue and later hands a connection to it, which no one then uses or gives back: the pool
 * would shrink by one connection per refused reservation until every call waited in vain. It also fails the
 * first reservation on a connection that was terminated in the middle of a statement once more, with that
 * statement's FATAL error (it keeps the error across the reconnect).
 */
function replacePool(broken: Sql) {
  if (pool !== broken) return;
  pool = undefined;
  broken.end({ timeout: callTimeoutMs() / 1000 }).catch(() => {});
}

/** Whether `error` came from the server (the connection is still usable) rather than from the connection itself. */
function fromServer(error: unknown): error is postgres.PostgresError {
  return error instanceof postgres.PostgresError;
}

/**
 * Whether `error` means the connection is gone: a socket error, postgres.js' own CONNECTION_CLOSED /
 * CONNECTION_DESTROYED / CONNECTION_ENDED / CONNECT_TIMEOUT, or a FATAL error from the server (which closes the
 * connection after it). Any other error left the connection as it was (a statement the server refused, a value
 * postgres.js could not encode).
 */
export function connectionLost(error: unknown): boolean {
  if (fromServer(error)) return error.severity === 'FATAL' || error.severity === 'PANIC';
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return typeof syscall === 'string' ||
    (typeof code === 'string' && /^(CONNECTION_[A-Z_]+|CONNECT_TIMEOUT|E[A-Z]+|ERR_[A-Z_]+)$/.test(code));
}

/** The answer to a call that could not reach the database: worth retrying, the way PostgREST answers it (503). */
function unavailable(message: string): HttpError {
  return new HttpError(503, 'database_unavailable', message, { retry_after_seconds: 1 });
}

function asDatabaseError(error: postgres.PostgresError): DatabaseError {
  return { code: error.code, message: error.message, details: error.detail ?? null, hint: error.hint ?? null };
}

/**
 * A reserved connection, or the 503 to answer when none comes within `waitMs`. A refused reservation (the database
 * cannot be reached, or postgres.js failed it with an error left over from the connection's previous life, see
 * replacePool) is tried once more on a new pool.
 */
async function reserveWithin(waitMs: number): Promise<postgres.ReservedSql> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 1;; attempt++) {
    const from = connection();
    try {
      return await reserveBefore(from, deadline);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      replacePool(from);
      if (attempt === 2 || Date.now() >= deadline) {
        console.error('Connecting to the database:', error);
        throw unavailable('The database cannot be reached right now. Please try again in a moment.');
      }
    }
  }
}

async function reserveBefore(from: Sql, deadline: number): Promise<postgres.ReservedSql> {
  const reserving = from.reserve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<undefined>((resolve) => timer = setTimeout(() => resolve(undefined), deadline - Date.now()));
  const reserved = await Promise.race([reserving, expired]).finally(() => clearTimeout(timer));
  if (reserved) return reserved;
  // postgres.js cannot withdraw the request: a connection granted to it later goes straight back, and a request
  // refused later stays in the pool's queue (see replacePool).
  reserving.then((late) => late.release(), () => replacePool(from));
  throw unavailable('The database is busy right now. Please try again in a moment.');
}

/** How many connections openConnections opens (DB_POOL_OPEN_AT_START, default: the pool's size; 0: none). */
function connectionsToOpen(): number {
  const configured = Number(Deno.env.get('DB_POOL_OPEN_AT_START'));
  return Number.isInteger(configured) && configured >= 0 ? Math.min(configured, poolSize()) : poolSize();
}

let opening: { pool: Sql; done: Promise<number> } | undefined;

/**
 * Opens the pool's connections now, in the background, instead of during the isolate's first requests: each new
 * connection is a TCP connect, SCRAM authentication (a PBKDF2 of the password) and postgres.js' query for the
 * database's array types, and a burst of first calls would otherwise pay for all of them while it waits. Then
 * prepares `statements` on each (a Parse and Describe, nothing runs): postgres.js sends a parameterised statement
 * new to a connection in two steps, asks for its parameter types and waits for them before it sends the arguments
 * and the rest of the transaction, so each connection's first call of each statement would wait for one more round
 * trip. Through the transaction pooler nothing is prepared (see the top of this file). Call it when the function's
 * module loads, with the statements its calls run. Resolves with how many connections it opened; never rejects (a
 * database that cannot be reached is reported by the calls, as before). Does nothing without SUPABASE_DB_URL.
 */
export function openConnections(statements: Statement[] = [], count = connectionsToOpen()): Promise<number> {
  const url = Deno.env.get('SUPABASE_DB_URL');
  if (count < 1 || !url) return Promise.resolve(0);
  const from = connection();
  if (opening?.pool !== from) opening = { pool: from, done: open(from, count) };
  if (statements.length && !throughTransactionPooler(url)) {
    opening.done = opening.done.then((opened) => prepareOn(from, opened, statements).then(() => opened));
  }
  return opening.done;
}

function open(from: Sql, count: number): Promise<number> {
  return Promise.allSettled(Array.from({ length: count }, () => from.reserve())).then((settled) => {
    const reserved = settled.flatMap((result) => result.status === 'fulfilled' ? [result.value] : []);
    for (const sql of reserved) sql.release();
    if (reserved.length < count) replacePool(from); // see replacePool: a refused reservation stays in the pool's queue
    return reserved.length;
  });
}

/** Prepares `statements` on `count` connections of the pool at once (all of its open ones); a failure is left to the calls. */
function prepareOn(from: Sql, count: number, statements: Statement[]): Promise<number> {
  return onConnections(from, count, async (sql) => {
    try {
      for (const statement of statements) await statement(sql).describe();
    } catch {
      // the statement's first call prepares it, or reports what went wrong
    }
  });
}

/** Runs `work` on `count` connections of the pool at once, each reserved for it; resolves with how many were reserved. */
async function onConnections(from: Sql, count: number, work: (sql: postgres.ReservedSql) => Promise<void>): Promise<number> {
  if (count < 1 || pool !== from) return 0;
  const settled = await Promise.allSettled(Array.from({ length: count }, () => from.reserve()));
  if (settled.some((result) => result.status === 'rejected')) replacePool(from); // see replacePool
  const reserved = settled.flatMap((result) => result.status === 'fulfilled' ? [result.value] : []);
  await Promise.all(reserved.map((sql) => work(sql).catch(() => {}).finally(() => sql.release())));
  return reserved.length;
}

/**
 * Once openConnections' connections are open (and prepared), runs `work` on each of them at once: for a runtime that
 * wants the backends warm before the first call. `work` must leave its connection as it found it (no open
 * transaction); a rejection is ignored. Resolves with how many connections it ran on (0 when none were opened).
 */
export async function onEveryOpenConnection(work: (sql: postgres.ReservedSql) => Promise<void>): Promise<number> {
  const current = opening;
  if (!current || current.pool !== pool) return 0;
  return onConnections(current.pool, await current.done, work);
}

type Outcome = { rows: Rows; failures: unknown[] } | { lost: unknown };

/**
 * Sends the transaction and waits for every answer, or only until the connection is lost: postgres.js rejects
 * the statements already sent when the connection closes, but the ones it still holds back for this connection
 * (after a statement new to it, whose types it asks for first) are never answered then.
 */
function runTransaction(sql: postgres.ReservedSql, statement: Statement): Promise<Outcome> {
  let query: ReturnType<Statement>;
  try {
    query = statement(sql); // nothing is sent before the queries are awaited
  } catch (error) {
    sql.release();
    return Promise.reject(error);
  }
  const sent = [
    sql`begin`,
    sql`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true),
        set_config('statement_timeout', '8s', true), set_config('lock_timeout', '8s', true)`,
    query,
    sql`commit`,
  ];
  return new Promise<Outcome>((resolve) => {
    const lost = sent.map((query) => query.then(() => undefined, (error: unknown) => connectionLost(error) ? error : undefined));
    for (const reason of lost) reason.then((error) => error !== undefined && resolve({ lost: error }));
    Promise.allSettled(sent).then((settled) =>
      resolve({
        rows: settled[2]!.status === 'fulfilled' ? settled[2]!.value as Rows : ([] as unknown as Rows),
        failures: settled.flatMap((result) => result.status === 'rejected' ? [result.reason as unknown] : []),
      })
    );
  }).then((outcome) => {
    // Given back exactly once, and only while it still works: postgres.js has already put a lost connection among
    // its closed ones (it reconnects on demand), and releasing it would put it among the open ones.
    if (!('lost' in outcome)) sql.release();
    return outcome;
  });
}

/**
 * Runs `statement` as the service role in a transaction of its own and returns its rows. `what` names the call in
 * the Server-Timing trace, `context` the step in error messages. The four statements (begin, the role and claims,
 * the statement, commit) are sent together; when the statement fails, Postgres answers the commit with a rollback.
 * No call waits forever: not for a connection (DB_POOL_WAIT_MS), not for a connection that broke or stopped
 * answering (DB_CALL_TIMEOUT_MS); those answer 503 database_unavailable.
 */
export function asServiceRole(what: string, context: string, statement: Statement): Promise<Rows> {
  return tracedSql(what, async () => {
    const sql = await reserveWithin(poolWaitMs());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<undefined>((resolve) => timer = setTimeout(() => resolve(undefined), callTimeoutMs()));
    const outcome = await Promise.race([runTransaction(sql, statement), expired]).finally(() => clearTimeout(timer));
    if (!outcome) {
      console.error(`${context}: no answer from the database within ${callTimeoutMs()} ms`);
      throw unavailable('The database did not answer in time. Please try again in a moment.');
    }
    if ('lost' in outcome) {
      console.error(`${context}: the database connection was lost:`, outcome.lost);
      throw unavailable('The connection to the database was interrupted. Please try again in a moment.');
    }
    if (!outcome.failures.length) return outcome.rows;
    // The first server error is the cause; the ones after it only say that the transaction was aborted.
    const cause = outcome.failures.find(fromServer) ?? outcome.failures[0];
    return dbError(fromServer(cause) ? asDatabaseError(cause) : { message: `the database request failed: ${cause}` }, context);
  });
}

/** The single value a statement selects (`select … as result`). */
export async function valueAsServiceRole<T>(what: string, context: string, statement: Statement): Promise<T> {
  const rows = await asServiceRole(what, context, statement);
  return rows[0]?.result as T;
}
