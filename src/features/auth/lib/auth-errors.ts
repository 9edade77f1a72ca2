import { isAuthError, isAuthWeakPasswordError } from '@supabase/supabase-js';
import { genericErrorMessage, isNetworkError, isReadableMessage, networkErrorMessage, UserFacingError } from '@/lib/errors';

export const AUTH_MESSAGES = {
  invalidCredentials: 'Email or password is incorrect.',
  userAlreadyExists: 'An account with this email already exists. Try signing in instead.',
  weakPassword: 'Please choose a stronger password.',
  emailNotConfirmed: 'Please confirm your email address first. Check your inbox for the confirmation link.',
  blocked: 'This account has been blocked. Contact support if you think this is a mistake.',
  rateLimited: 'Too many attempts. Please wait a moment and try again.',
  accountLocked:
    'Password sign-in is paused for this account after too many failed attempts. To get in now, use "Forgot your password?": the link we email you signs you in and lifts the lock.',
  samePassword: 'Your new password must be different from your current password.',
  sessionExpired: 'Your session has expired. Please request a new link or sign in again.',
  linkExpired: 'This link is invalid or has expired. Please request a new one.',
  signupDisabled: 'New sign-ups are currently disabled.',
  invalidEmail: 'Enter a valid email address.',
} as const;

const WEAK_PASSWORD_REASONS: Record<string, string> = {
  length: 'It is too short.',
  characters: 'It needs an uppercase letter, a lowercase letter and a number.',
  pwned: 'It has appeared in a known data breach. Choose a different password.',
};

type ErrorLike = { code?: unknown; status?: unknown; message?: unknown; reasons?: unknown; name?: unknown };

function describeReasons(reasons: unknown): string[] {
  if (!Array.isArray(reasons)) return [];
  return reasons.filter((r): r is string => typeof r === 'string').map((r) => WEAK_PASSWORD_REASONS[r] ?? r);
}

/**
 * Maps a GoTrue (supabase.auth) error to a UserFacingError with a readable message.
 * Never returns raw server payloads.
 */
export function mapAuthError(error: unknown): UserFacingError {
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
    return make(AUTH_MESSAGES.weakPassword, details.length > 0 ? details : message ? [message] : []);
  }

  // The sign-in lockout is the password verification hook (migrations): GoTrue answers its refusal
  // with HTTP 429 and no error code of its own ('unknown'); GoTrue's rate limits carry theirs.
  if (status === 429 && code === 'unknown') return make(AUTH_MESSAGES.accountLocked);

  switch (code) {
    case 'invalid_credentials':
      return make(AUTH_MESSAGES.invalidCredentials);
    case 'user_already_exists':
    case 'email_exists':
    case 'identity_already_exists':
      return make(AUTH_MESSAGES.userAlreadyExists);
    case 'email_not_confirmed':
      return make(AUTH_MESSAGES.emailNotConfirmed);
    case 'user_banned':
    case 'user_blocked':
      return make(AUTH_MESSAGES.blocked);
    case 'account_locked':
      return make(AUTH_MESSAGES.accountLocked);
    case 'over_request_rate_limit':
    case 'over_email_send_rate_limit':
    case 'over_sms_send_rate_limit':
      return make(message ?? AUTH_MESSAGES.rateLimited);
    case 'same_password':
      return make(AUTH_MESSAGES.samePassword);
    case 'session_not_found':
    case 'session_expired':
    case 'refresh_token_not_found':
    case 'refresh_token_already_used':
    case 'bad_jwt':
    case 'reauthentication_needed':
      return make(AUTH_MESSAGES.sessionExpired);
    case 'otp_expired':
    case 'flow_state_expired':
    case 'flow_state_not_found':
      return make(AUTH_MESSAGES.linkExpired);
    case 'signup_disabled':
    case 'email_provider_disabled':
      return make(AUTH_MESSAGES.signupDisabled);
    case 'email_address_invalid':
      return make(AUTH_MESSAGES.invalidEmail);
    default:
      break;
  }

  // Rate limiting / account lockout (429, or 400 with an explanatory message): show what the server said.
  if (status === 429) return make(message ?? AUTH_MESSAGES.rateLimited);
  if (message && (isAuthError(error) || (status !== undefined && status >= 400 && status < 500))) return make(message);

  return make(genericErrorMessage());
}
