/**
 * The one map from a GoTrue (supabase.auth) error to words, decided by GoTrue's `error_code` (supabase-js
 * `error.code`), never by its message. Several codes share one meaning (`email_exists` and
 * `identity_already_exists` both say the address has an account), so they point at one word key in the
 * `authErrors` group of the `common` catalogue. A code without words keeps the sentence GoTrue wrote for
 * a 4xx, else the caller's fallback. The UserFacingError keeps GoTrue's code (or `http_<status>`).
 */
import { isAuthWeakPasswordError } from '@supabase/supabase-js';
import i18next from 'i18next';
import { genericErrorMessage, isNetworkError, isReadableMessage, networkErrorMessage, UserFacingError } from './errors';

/** GoTrue error code → the key of its words in `authErrors`. */
const WORDS_BY_CODE: Record<string, string> = {
  invalid_credentials: 'invalid_credentials',
  user_already_exists: 'user_already_exists',
  email_exists: 'email_exists',
  identity_already_exists: 'email_exists',
  email_not_confirmed: 'email_not_confirmed',
  user_banned: 'blocked',
  user_blocked: 'blocked',
  account_locked: 'account_locked',
  same_password: 'same_password',
  weak_password: 'weak_password',
  session_not_found: 'session_expired',
  session_expired: 'session_expired',
  refresh_token_not_found: 'session_expired',
  refresh_token_already_used: 'session_expired',
  bad_jwt: 'session_expired',
  reauthentication_needed: 'reauthentication_needed',
  otp_expired: 'link_expired',
  flow_state_expired: 'link_expired',
  flow_state_not_found: 'link_expired',
  signup_disabled: 'signup_disabled',
  email_provider_disabled: 'signup_disabled',
  email_address_invalid: 'invalid_email',
};

/** Rate limits: GoTrue's sentence says how long to wait, so it wins over our words. */
const RATE_LIMIT_CODES = new Set(['over_request_rate_limit', 'over_email_send_rate_limit', 'over_sms_send_rate_limit']);

const WEAK_PASSWORD_REASONS = new Set(['length', 'characters', 'pwned']);

type ErrorLike = { code?: unknown; status?: unknown; message?: unknown; reasons?: unknown };

const words = (key: string) => i18next.t(`authErrors.${key}`, { ns: 'common' });

function describeReasons(reasons: unknown): string[] {
  if (!Array.isArray(reasons)) return [];
  return reasons
    .filter((r): r is string => typeof r === 'string')
    .map((r) => (WEAK_PASSWORD_REASONS.has(r) ? words(`weak_password_reasons.${r}`) : r));
}

/** Turns a supabase.auth error into a UserFacingError; never returns a raw server payload. */
export function fromAuthError(error: unknown, fallback: string = genericErrorMessage()): UserFacingError {
  if (error instanceof UserFacingError) return error;
  if (isNetworkError(error)) return new UserFacingError(networkErrorMessage(), { code: 'network', cause: error });

  const e: ErrorLike = error && typeof error === 'object' ? (error as ErrorLike) : {};
  const code = typeof e.code === 'string' ? e.code : undefined;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const message = isReadableMessage(e.message) ? e.message.trim() : undefined;
  const make = (text: string, details?: string[]) =>
    new UserFacingError(text, { code: code ?? (status ? `http_${status}` : undefined), details, cause: error });

  if (isAuthWeakPasswordError(error) || code === 'weak_password') {
    const details = describeReasons(e.reasons);
    return make(words('weak_password'), details.length > 0 ? details : message ? [message] : []);
  }
  // The sign-in lockout is the password verification hook (migrations): GoTrue answers its refusal
  // with HTTP 429 and no error code of its own ('unknown'); GoTrue's rate limits carry theirs.
  if (status === 429 && code === 'unknown') return make(words('account_locked'));
  const key = code ? WORDS_BY_CODE[code] : undefined;
  if (key) return make(words(key));
  if ((code && RATE_LIMIT_CODES.has(code)) || status === 429) return make(message ?? words('rate_limited'));
  if (message && status !== undefined && status >= 400 && status < 500) return make(message);
  return make(fallback);
}
