// Every HTTP call of the benchmark, timed from before the request to the end of the body,
// bounded by a timeout (a hung request counts as an error), recorded under its call kind.
import { Agent, request } from 'undici';
import { fetchFrom } from '../../tests/helpers/loopback-fetch.ts';
import type { Recorder } from './recorder.ts';

/**
 * The client of every call: undici's `request()` (default), or `fetch` with LOOP_LOAD_CLIENT=fetch, which every
 * result in the README before 2026-12-06 05:14 UTC used. The load generator shares the machine's two cores with the
 * stack: `fetch` costs it ~1.06 ms of CPU per call against ~0.42 ms, and on a quiet machine the generator's
 * CPU per interview fell from 22–24 to 14 ms (paced) and its event loop's p99 lateness, which is inside every
 * recorded duration, from 60–94 to 22–25 ms. Results of the two clients must not be compared with each other.
 */
export const LOOP_LOAD_CLIENT = process.env.LOOP_LOAD_CLIENT ?? 'request';
if (LOOP_LOAD_CLIENT !== 'fetch' && LOOP_LOAD_CLIENT !== 'request')
  throw new Error(`LOOP_LOAD_CLIENT must be fetch or request, got ${LOOP_LOAD_CLIENT}`);
const agents = new Map<string, Agent>();
const agentFor = (localAddress = '127.0.0.1') => {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new Agent({ localAddress, keepAliveTimeout: 2000 })));
  return agent;
};

/** One request: status and body text, with the client LOOP_LOAD_CLIENT chooses. */
async function send(
  url: string,
  init: { method: string; headers: Record<string, string>; body: string | undefined; signal: AbortSignal },
  from: string | undefined,
): Promise<{ status: number; ok: boolean; text: string }> {
  if (LOOP_LOAD_CLIENT === 'request') {
    const response = await request(url, { ...init, method: init.method as 'GET', dispatcher: agentFor(from) });
    const text = await response.body.text();
    return { status: response.statusCode, ok: response.statusCode >= 200 && response.statusCode < 300, text };
  }
  const response = await (from ? fetchFrom(from) : fetch)(url, init);
  return { status: response.status, ok: response.ok, text: await response.text() };
}

/** A call that failed: a non-2xx answer, a timeout, a refused connection or an unexpected body. */
export class CallFailed extends Error {
  constructor(
    readonly kind: string,
    readonly summary: string,
  ) {
    super(`${kind}: ${summary}`);
  }
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  /** Checks a 2xx body; a returned string makes the call an error (e.g. "no questions"). */
  check?: (body: unknown) => string | null;
}

/** A field of a JSON object answer (undefined when the answer is no object, e.g. an array or null). */
export function field(body: unknown, name: string): unknown {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;
}

/** The most telling message of an error body: GoTrue's msg, PostgREST's message, the functions' {error, message}. */
function describeBody(body: unknown, text: string): string {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const code = b.error_code ?? b.code ?? b.error;
    const message = b.msg ?? b.message ?? b.error_description;
    const parts = [code, message].filter((part) => typeof part === 'string' || typeof part === 'number');
    if (parts.length) return parts.join(' ').slice(0, 200);
  }
  return text.slice(0, 200) || '(empty body)';
}

/**
 * Performs one request and records it under `kind`. Resolves with the parsed JSON body (or null for an
 * empty one); throws CallFailed (already recorded) on any failure.
 */
export async function timedCall<T = unknown>(recorder: Recorder, kind: string, url: string, options: CallOptions): Promise<T> {
  const started = performance.now();
  let failure: string | undefined;
  try {
    // A call on behalf of a user leaves from that user's own loopback address, the one it also names in
    // X-Forwarded-For: the current gateway takes the address from the connection, older ones trusted
    // the header, so both see 200 distinct clients.
    const from = options.headers?.['x-forwarded-for'];
    const response = await send(
      url,
      {
        method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
        headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      from,
    );
    const text = response.text;
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      if (response.ok) failure = `${response.status} body is not JSON: ${text.slice(0, 120)}`;
    }
    if (!response.ok) failure = `${response.status} ${describeBody(body, text)}`;
    else if (failure === undefined && options.check) {
      const wrong = options.check(body);
      if (wrong !== null) failure = `${response.status} unexpected answer: ${wrong}`;
    }
    if (failure === undefined) return body as T;
  } catch (error) {
    const name = (error as Error).name;
    failure = name === 'TimeoutError' ? `timeout after ${options.timeoutMs} ms` : `network ${(error as Error).message}`;
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    if (cause) failure += ` (${cause})`;
  } finally {
    recorder.record(kind, started, performance.now(), failure);
  }
  throw new CallFailed(kind, failure!);
}
