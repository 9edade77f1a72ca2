/**
 * The SPA's one error convention. Every failure becomes a UserFacingError with a stable machine `code`:
 * PostgREST/RPC errors (SQLSTATE, the machine code the database puts in `details`), edge-function answers
 * (`{ error: code, message }`) and failures of the browser itself (network). Words for a code come from one
 * map, the `errors.<code>` keys of the `common` namespace; a code without words there keeps the sentence the
 * server wrote for people, else the caller's fallback. Nothing here or elsewhere matches server message text.
 */
import i18next from 'i18next';
import { ACCOUNT_BLOCKED_CODE, ACCOUNT_STATUS_DETAILS } from './account-status';

/** "Something went wrong" in the UI language, worded when it is raised. */
export const genericErrorMessage = (): string => i18next.t('errors.generic', { ns: 'common' });
/** "We couldn't reach the server" in the UI language, worded when it is raised. */
export const networkErrorMessage = (): string => i18next.t('errors.network', { ns: 'common' });

/** An error whose `message` is safe and meant to be shown to the user. */
export class UserFacingError extends Error {
  readonly code: string | undefined;
  readonly details: string[];
  constructor(message: string, options: { code?: string; details?: string[]; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = options.code;
    this.details = options.details ?? [];
  }
}

/** The words for a machine code in the UI language, or undefined when the map has none. */
export function messageForCode(code: string | undefined): string | undefined {
  if (!code || !/^[a-z][a-z0-9_]*$/.test(code)) return undefined;
  const key = `errors.${code}`;
  return i18next.exists(key, { ns: 'common' }) ? i18next.t(key, { ns: 'common' }) : undefined;
}

/** A UserFacingError for a code, worded by the map (else by `otherwise`). */
function coded(code: string, otherwise: string, cause: unknown, details: string[] = []): UserFacingError {
  return new UserFacingError(messageForCode(code) ?? otherwise, { code, details, cause });
}

/** True when a server message looks like a sentence rather than a payload or stack. */
export function isReadableMessage(message: unknown): message is string {
  if (typeof message !== 'string') return false;
  const text = message.trim();
  if (text.length === 0 || text.length > 300) return false;
  if (/^[[{]/.test(text)) return false;
  if (/^(undefined|null|\[object \w+\])$/i.test(text)) return false;
  if (/\bat \S+ \(.*:\d+:\d+\)/.test(text)) return false;
  return true;
}

// Browsers report a failed fetch only as a TypeError whose wording differs per engine (Chrome, Firefox,
// Safari); these are the browsers' words, not a server's.
const BROWSER_FETCH_FAILURE = /Failed to fetch|NetworkError|Load failed/i;
const BROWSER_FETCH_TYPE_ERROR = /fetch|network|load failed/i;
const BROWSER_CHUNK_LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i;

export function isNetworkError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'AuthRetryableFetchError') return true;
  if (typeof message !== 'string') return false;
  return name === 'TypeError' && BROWSER_FETCH_TYPE_ERROR.test(message);
}

/** A lazily loaded page's chunk could not be fetched (offline, or a new deployment replaced it). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && BROWSER_CHUNK_LOAD_FAILURE.test(error.message);
}

/** Best-effort readable message for any thrown value. */
export function toUserMessage(error: unknown, fallback = genericErrorMessage()): string {
  if (error instanceof UserFacingError) return error.message;
  if (isNetworkError(error)) return networkErrorMessage();
  return fallback;
}

type PostgrestLikeError = { code?: string; message?: string; details?: string | null; hint?: string | null };

/** SQLSTATEs whose message/hint our migrations write for the end user (`raise exception`). */
const USER_SQLSTATES = new Set(['P0001', 'P0002', '22023']);

/**
 * The machine code the database put in `details` (our raises: `detail = 'question_not_found'`; the field
 * rules of a table: `detail = 'username_taken'`), if any. Postgres's own constraint errors carry no code
 * (their details are a sentence) and end in the caller's fallback.
 */
function machineCode(details: string | null | undefined): string | undefined {
  return details && /^[a-z][a-z0-9_]*$/.test(details) ? details : undefined;
}

/** Turns a PostgREST/RPC error (or a status 0 network failure) into a UserFacingError with a stable code. */
export function fromPostgrestError(error: unknown, fallback: string, status?: number): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const e: PostgrestLikeError = error && typeof error === 'object' ? (error as PostgrestLikeError) : {};
  // supabase-js reports a failed fetch as status 0 with the browser's words in `message`.
  if (status === 0 || isNetworkError(error) || BROWSER_FETCH_FAILURE.test(e.message ?? '')) {
    return coded('network', networkErrorMessage(), error);
  }
  if (status === 401 || e.code === 'PGRST301' || e.code === 'PGRST303') return coded('session_expired', fallback, error);
  const code = machineCode(e.details);
  if (e.code === '42501' && code && ACCOUNT_STATUS_DETAILS.has(code)) return coded(ACCOUNT_BLOCKED_CODE, fallback, error);
  const message = e.message ?? '';
  const readableHint = [e.hint].filter((part): part is string => isReadableMessage(part));
  // Postgres's own refusals (no grant, a row RLS rejects) and our raises for someone else's rows.
  if (e.code === '42501' && !code) return new UserFacingError(messageForCode('not_allowed') ?? fallback, { code: e.code, cause: error });
  if (code) {
    const words = messageForCode(code) ?? (isReadableMessage(message) ? message : fallback);
    return new UserFacingError(words, { code, details: readableHint, cause: error });
  }
  if (e.code && /^PT4\d\d$/.test(e.code) && isReadableMessage(message)) return new UserFacingError(message, { code: e.code, cause: error });
  if (e.code && USER_SQLSTATES.has(e.code) && isReadableMessage(message)) {
    return new UserFacingError(message, { code: e.code, details: readableHint, cause: error });
  }
  return new UserFacingError(fallback, { code: e.code, cause: error });
}

/** Throws a readable error when a supabase-js PostgREST call failed; returns the result otherwise. */
export function throwIfError<T extends { error: unknown; status?: number }>(result: T, fallback: string): T {
  if (result.error) throw fromPostgrestError(result.error, fallback, result.status);
  return result;
}

type FunctionErrorLike = { name?: string; message?: string; context?: unknown };

/** Reads `{ error, message }` from a FunctionsHttpError's response. */
export async function fromFunctionError(error: unknown, fallback: string): Promise<UserFacingError> {
  if (error instanceof UserFacingError) return error;
  const e: FunctionErrorLike = error && typeof error === 'object' ? (error as FunctionErrorLike) : {};
  if (e.name === 'FunctionsFetchError' || isNetworkError(error)) return coded('network', networkErrorMessage(), error);
  const response = e.context;
  if (typeof Response !== 'undefined' && response instanceof Response) {
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      body = null;
    }
    const { error: bodyCode, message } = (body && typeof body === 'object' ? body : {}) as { error?: unknown; message?: unknown };
    const code = typeof bodyCode === 'string' ? bodyCode : undefined;
    if (response.status === 401) return coded('session_expired', fallback, error);
    // A blocked or pending account: the functions answer 403 with the database's machine code.
    if (response.status === 403 && code && ACCOUNT_STATUS_DETAILS.has(code)) return coded(ACCOUNT_BLOCKED_CODE, fallback, error);
    if (response.status === 429) {
      return new UserFacingError(isReadableMessage(message) ? message : (messageForCode('rate_limited') ?? fallback), {
        code: 'rate_limited',
        cause: error,
      });
    }
    if (response.status === 404 && code === undefined) return coded('not_deployed', fallback, error);
    const words = messageForCode(code) ?? (response.status < 500 && isReadableMessage(message) ? message : fallback);
    return new UserFacingError(words, { code: code ?? String(response.status), cause: error });
  }
  return new UserFacingError(fallback || genericErrorMessage(), { cause: error });
}
