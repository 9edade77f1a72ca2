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

/** Connections per isolate (DB_POOL_MAX, default 3): each is a Postgres backend. */
function poolSize(): number {
  const configured = Number(Deno.env.get('DB_POOL_MAX'));
  return Number.isInteger(configured) && configured >= 1 ? configured : 3;
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
      // A connection idle this long is closed (seconds): a quiet isolate gives its backends back.
      idle_timeout: 60,
      connect_timeout: 10,
      connection: { application_name: 'edge-functions' },
      onnotice: () => {},
    });
  }
  return pool;
}

/** Whether `error` came from the server (the connection is still usable) rather than from the connection itself. */
function fromServer(error: unknown): error is postgres.PostgresError {
  return error instanceof postgres.PostgresError;
}

function asDatabaseError(error: postgres.PostgresError): DatabaseError {
  return { code: error.code, message: error.message, details: error.detail ?? null, hint: error.hint ?? null };
}

/**
 * Runs `statement` as the service role in a transaction of its own and returns its rows. `what` names the call in
 * the Server-Timing trace, `context` the step in error messages. The four statements (begin, the role and claims,
 * the statement, commit) are sent together; when the statement fails, Postgres answers the commit with a rollback.
 */
export function asServiceRole(what: string, context: string, statement: Statement): Promise<Rows> {
  return tracedSql(what, async () => {
    let sql: postgres.ReservedSql;
    try {
      sql = await connection().reserve();
    } catch (error) {
      if (error instanceof HttpError) throw error;
      return dbError({ message: `no database connection: ${error}` }, context);
    }
    const settled = await Promise.allSettled([
      sql`begin`,
      sql`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true),
        set_config('statement_timeout', '8s', true), set_config('lock_timeout', '8s', true)`,
      statement(sql),
      sql`commit`,
    ]);
    const failures = settled.flatMap((result) => result.status === 'rejected' ? [result.reason as unknown] : []);
    // A connection that failed is already back among the pool's closed ones (it reconnects on demand); releasing it
    // would put it among the open ones.
    if (failures.every(fromServer)) sql.release();
    if (!failures.length) return (settled[2] as PromiseFulfilledResult<Rows>).value;
    // The first server error is the cause; the ones after it only say that the transaction was aborted.
    const cause = failures.find(fromServer) ?? failures[0];
    return dbError(fromServer(cause) ? asDatabaseError(cause) : { message: `the database connection failed: ${cause}` }, context);
  });
}

/** The single value a statement selects (`select … as result`). */
export async function valueAsServiceRole<T>(what: string, context: string, statement: Statement): Promise<T> {
  const rows = await asServiceRole(what, context, statement);
  return rows[0]?.result as T;
}
