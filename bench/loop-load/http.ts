// Every HTTP call of the benchmark: plain fetch, timed from before the request to the end of the body,
// bounded by a timeout (a hung request counts as an error), recorded under its call kind.
import { fetchFrom } from '../../tests/helpers/loopback-fetch.ts';
import type { Recorder } from './recorder.ts';

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
    const response = await (from ? fetchFrom(from) : fetch)(url, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
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
