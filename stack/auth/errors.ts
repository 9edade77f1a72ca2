import type { Context } from 'hono';

/**
 * GoTrue-compatible API errors.
 *
 * GoTrue answers errors in two formats, chosen by the request's `X-Supabase-Api-Version` header:
 * - no header (or a date before 2024-01-01): `{ code: <http status>, error_code, msg }`
 * - 2024-01-01 or later (what supabase-js always sends): `{ code: '<error_code>', message }`, and the
 *   response echoes `X-Supabase-Api-Version: 2024-01-01`. supabase-js reads `code` in that case.
 * Weak-password errors additionally carry `weak_password: { reasons }`.
 */
export const API_VERSION_HEADER = 'X-Supabase-Api-Version';
const API_VERSION_2024 = Date.UTC(2024, 0, 1);

export type ErrorCode =
  | 'unknown'
  | 'unexpected_failure'
  | 'validation_failed'
  | 'bad_json'
  | 'email_exists'
  | 'bad_jwt'
  | 'not_admin'
  | 'no_authorization'
  | 'user_not_found'
  | 'session_not_found'
  | 'session_expired'
  | 'refresh_token_not_found'
  | 'refresh_token_already_used'
  | 'flow_state_not_found'
  | 'flow_state_expired'
  | 'bad_code_verifier'
  | 'signup_disabled'
  | 'user_banned'
  | 'email_not_confirmed'
  | 'user_already_exists'
  | 'same_password'
  | 'otp_expired'
  | 'otp_disabled'
  | 'weak_password'
  | 'over_request_rate_limit'
  | 'account_locked'
  | 'over_email_send_rate_limit'
  | 'invalid_credentials'
  | 'email_address_invalid'
  | 'email_provider_disabled'
  | 'phone_provider_disabled'
  | 'not_found'
  | 'method_not_allowed'
  | 'mfa_factor_not_found'
  | 'mfa_factor_name_conflict'
  | 'mfa_verification_failed'
  | 'mfa_challenge_expired'
  | 'mfa_ip_address_mismatch'
  | 'mfa_phone_enroll_not_enabled'
  | 'mfa_webauthn_enroll_not_enabled'
  | 'too_many_enrolled_mfa_factors'
  | 'insufficient_aal'
  | 'bad_oauth_state'
  | 'bad_oauth_callback';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** Keeps the underlying (e.g. Postgres) error for the server log; it never reaches the client. */
  withCause(cause: unknown): this {
    (this as { cause?: unknown }).cause = cause;
    return this;
  }
}

/** OAuth2-style error body (`{ error, error_description }`), used by a few /token paths like GoTrue. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(`${error}: ${description}`);
  }
}

/** Thrown inside a transaction: the transaction is COMMITTED, then `error` is answered. */
export class CommitWithError extends Error {
  constructor(readonly error: ApiError | OAuthError) {
    super(error.message);
  }
}

export const badRequest = (code: ErrorCode, msg: string) => new ApiError(400, code, msg);
export const unauthorized = (code: ErrorCode, msg: string) => new ApiError(401, code, msg);
export const forbidden = (code: ErrorCode, msg: string) => new ApiError(403, code, msg);
export const notFound = (code: ErrorCode, msg: string) => new ApiError(404, code, msg);
export const unprocessable = (code: ErrorCode, msg: string) => new ApiError(422, code, msg);
export const tooManyRequests = (code: ErrorCode, msg: string, retryAfterSeconds?: number) =>
  new ApiError(429, code, msg, {}, retryAfterSeconds ? { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } : {});
export const internalError = (msg: string) => new ApiError(500, 'unexpected_failure', msg);

export class WeakPasswordError extends ApiError {
  constructor(
    message: string,
    readonly reasons: string[],
  ) {
    super(422, 'weak_password', message, { weak_password: { reasons } });
  }
}

/** True when the request asked for the 2024-01-01 error format (supabase-js always does). */
export function wantsVersionedErrors(c: Context): boolean {
  const header = c.req.header(API_VERSION_HEADER);
  if (!header || !/^\d{4}-\d{2}-\d{2}$/.test(header)) return false;
  const parsed = Date.parse(`${header}T00:00:00Z`);
  return Number.isFinite(parsed) && parsed >= API_VERSION_2024;
}

export function errorResponse(c: Context, err: unknown): Response {
  const versioned = wantsVersionedErrors(c);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (versioned) headers[API_VERSION_HEADER] = '2024-01-01';

  if (err instanceof OAuthError) {
    return new Response(JSON.stringify({ error: err.error, error_description: err.description }), { status: err.status, headers });
  }
  const apiError =
    err instanceof ApiError
      ? err
      : new ApiError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information');
  if (!(err instanceof ApiError)) {
    console.error('[auth] %s %s failed:', c.req.method, c.req.path, err);
  } else if (apiError.status >= 500) {
    const cause = (apiError as { cause?: unknown }).cause;
    console.error(
      '[auth] %s %s → %d %s: %s',
      c.req.method,
      c.req.path,
      apiError.status,
      apiError.message,
      cause instanceof Error ? cause.message : (cause ?? ''),
    );
  }
  Object.assign(headers, apiError.headers);
  const body = versioned
    ? { code: apiError.errorCode, message: apiError.message, ...apiError.extra }
    : { code: apiError.status, error_code: apiError.errorCode, msg: apiError.message, ...apiError.extra };
  return new Response(JSON.stringify(body), { status: apiError.status, headers });
}

/** Postgres SQLSTATE of a driver error, if any. */
export function pgCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as { code: unknown }).code === 'string'
    ? (err as { code: string }).code
    : undefined;
}
