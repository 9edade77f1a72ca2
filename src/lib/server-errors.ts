import { ACCOUNT_BLOCKED_CODE, ACCOUNT_BLOCKED_MESSAGE, ACCOUNT_STATUS_DETAILS } from './account-status';
import { GENERIC_ERROR_MESSAGE, isNetworkError, isReadableMessage, NETWORK_ERROR_MESSAGE, UserFacingError } from './errors';

/**
 * Turns PostgREST / RPC and edge-function errors into UserFacingErrors. The database raises sentences
 * written for people (`raise exception using message = …, hint = …`), and the edge functions answer
 * `{ error: code, message }`; anything else falls back to `fallback`. Never shows raw JSON.
 */

type PostgrestLikeError = { code?: string; message?: string; details?: string | null; hint?: string | null };

/** Codes whose message/hint were written for the end user (RAISE in our migrations). */
const USER_CODES = new Set(['P0001', 'P0002', '22023', '42501', '23514']);

export function fromPostgrestError(error: PostgrestLikeError, fallback: string, status?: number): UserFacingError {
  if (isNetworkError(error) || status === 0 || /Failed to fetch|NetworkError|Load failed/i.test(error.message ?? '')) {
    return new UserFacingError(NETWORK_ERROR_MESSAGE, { code: 'network', cause: error });
  }
  if (status === 401 || error.code === 'PGRST301' || error.code === 'PGRST303') {
    return new UserFacingError('Your session has expired. Please sign in again.', { code: 'session_expired', cause: error });
  }
  if (error.code === '42501' && error.details && ACCOUNT_STATUS_DETAILS.has(error.details)) {
    return new UserFacingError(ACCOUNT_BLOCKED_MESSAGE, { code: ACCOUNT_BLOCKED_CODE, cause: error });
  }
  const message = error.message ?? '';
  if (/interview limit reached/i.test(message)) {
    const details = [error.details, error.hint].filter((part): part is string => isReadableMessage(part));
    return new UserFacingError(message, { code: 'quota_exceeded', details, cause: error });
  }
  if (/not included in your .* plan/i.test(message)) {
    const details = [error.hint].filter((part): part is string => isReadableMessage(part));
    return new UserFacingError(message, { code: 'plan_feature', details, cause: error });
  }
  // PTxxx: raised with an HTTP status on purpose (not found, busy, rate limited); the machine code is in details.
  if (error.code && /^PT4\d\d$/.test(error.code) && isReadableMessage(message)) {
    const code = error.details && /^[a-z][a-z0-9_]*$/.test(error.details) ? error.details : error.code;
    return new UserFacingError(message, { code, cause: error });
  }
  if (error.code && USER_CODES.has(error.code) && isReadableMessage(message)) {
    const details = [error.hint].filter((part): part is string => isReadableMessage(part));
    return new UserFacingError(message, { code: error.code, details, cause: error });
  }
  return new UserFacingError(fallback, { code: error.code, cause: error });
}

type FunctionErrorLike = { name?: string; message?: string; context?: unknown };

/** Reads `{ error, message }` from a FunctionsHttpError's response. */
export async function fromFunctionError(error: FunctionErrorLike, fallback: string): Promise<UserFacingError> {
  if (error.name === 'FunctionsFetchError' || isNetworkError(error)) {
    return new UserFacingError(NETWORK_ERROR_MESSAGE, { code: 'network', cause: error });
  }
  const response = error.context;
  if (typeof Response !== 'undefined' && response instanceof Response) {
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      body = null;
    }
    const { error: code, message } = (body && typeof body === 'object' ? body : {}) as { error?: unknown; message?: unknown };
    if (response.status === 401) {
      return new UserFacingError('Your session has expired. Please sign in again.', { code: 'session_expired', cause: error });
    }
    if (response.status === 429) {
      return new UserFacingError(isReadableMessage(message) ? message : "You're going a bit fast — please wait a moment and try again.", {
        code: 'rate_limited',
        cause: error,
      });
    }
    if (response.status === 404 && code === undefined) {
      return new UserFacingError('This feature is not available right now. Please try again later.', {
        code: 'not_deployed',
        cause: error,
      });
    }
    if (response.status < 500 && isReadableMessage(message)) {
      return new UserFacingError(message, { code: typeof code === 'string' ? code : String(response.status), cause: error });
    }
    return new UserFacingError(fallback, { code: typeof code === 'string' ? code : String(response.status), cause: error });
  }
  return new UserFacingError(fallback || GENERIC_ERROR_MESSAGE, { cause: error });
}
