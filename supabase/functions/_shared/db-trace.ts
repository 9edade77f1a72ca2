// Counts the database requests each function call makes (PostgREST and Auth over HTTP, and the transactions on
// the direct connection of db.ts), and reports them in the response's standard `Server-Timing` header: one `db`
// entry per request (method and path, or `sql` and the function called; milliseconds until its response headers
// or result), then `app` for the whole call. Round trips are the cost that matters most per call
// (each one is at least a transaction; over HTTP also a gateway pass and a PostgREST request), so they are visible in any browser's
// network panel and checked by tests. Requests are attributed to the call that made them through
// AsyncLocalStorage: clients are shared by every request of an isolate, traces are not.
//
// Off unless the deployment sets DB_TRACE=1 (the test stack does): the header names the API paths a call
// used, which production responses should not reveal, and tracing costs every call a little CPU.
import { AsyncLocalStorage } from 'node:async_hooks';

interface DbRequest {
  what: string;
  ms: number;
}

interface Trace {
  started: number;
  requests: DbRequest[];
}

const traces = new AsyncLocalStorage<Trace>();

let enabled: boolean | undefined;
/** Whether this isolate traces its calls (DB_TRACE=1); read once, as the environment does not change. */
export function dbTraceEnabled(): boolean {
  enabled ??= Deno.env.get('DB_TRACE') === '1';
  return enabled;
}

/** The `fetch` the Supabase clients are created with: records each request in the current call's trace. */
export const tracedFetch: typeof fetch = async (input, init) => {
  const trace = traces.getStore();
  if (!trace) return await fetch(input, init);
  const request = input instanceof Request ? input : null;
  const url = new URL(request?.url ?? String(input));
  const entry = { what: `${init?.method ?? request?.method ?? 'GET'} ${url.pathname.replace(/^\/(rest|auth)\/v1\//, '')}`, ms: 0 };
  trace.requests.push(entry);
  const started = performance.now();
  try {
    return await fetch(input, init);
  } finally {
    entry.ms = performance.now() - started;
  }
};

/** Records one transaction on the direct connection (`sql <what>`) in the current call's trace. */
export async function tracedSql<T>(what: string, run: () => Promise<T>): Promise<T> {
  const trace = traces.getStore();
  if (!trace) return await run();
  const entry = { what: `sql ${what}`, ms: 0 };
  trace.requests.push(entry);
  const started = performance.now();
  try {
    return await run();
  } finally {
    entry.ms = performance.now() - started;
  }
}

/** Runs `run` outside the current call's trace: work that belongs to no call (a read in the background) is not listed in its Server-Timing. */
export function outsideDbTrace<T>(run: () => T): T {
  return traces.exit(run);
}

/** Runs one function call with a trace of its own and adds the trace to its response as `Server-Timing`. */
export async function withDbTrace(run: () => Promise<Response>): Promise<Response> {
  const trace: Trace = { started: performance.now(), requests: [] };
  const response = await traces.run(trace, run);
  const entries = trace.requests.map((r) => `db;desc="${r.what.replace(/["\\]/g, '')}";dur=${r.ms.toFixed(1)}`);
  entries.push(`app;dur=${(performance.now() - trace.started).toFixed(1)}`);
  try {
    response.headers.set('Server-Timing', entries.join(', '));
  } catch {
    // a response with immutable headers (none of ours) goes out without the timing
  }
  return response;
}
