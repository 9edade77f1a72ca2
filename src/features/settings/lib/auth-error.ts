import { isNetworkError, isReadableMessage, networkErrorMessage, UserFacingError } from '@/lib/errors';

const KNOWN: Record<string, string> = {
  email_exists: 'An account with this email already exists.',
  email_address_invalid: 'Enter a valid email address.',
  same_password: 'Your new password must be different from your current password.',
  weak_password: 'Please choose a stronger password.',
  over_email_send_rate_limit: 'Too many emails sent. Please wait a few minutes and try again.',
  over_request_rate_limit: 'Too many attempts. Please wait a moment and try again.',
  user_banned: 'This account has been blocked.',
  session_not_found: 'Your session has expired. Please sign in again.',
  reauthentication_needed: 'Please sign in again before changing this.',
};

/** supabase.auth (GoTrue) error → readable message. */
export function authErrorToUserFacing(error: unknown, fallback: string): UserFacingError {
  if (isNetworkError(error)) return new UserFacingError(networkErrorMessage(), { code: 'network', cause: error });
  const e = (error && typeof error === 'object' ? error : {}) as { code?: unknown; message?: unknown; status?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && KNOWN[code]) return new UserFacingError(KNOWN[code], { code, cause: error });
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500 && isReadableMessage(e.message)) {
    return new UserFacingError(e.message, { code, cause: error });
  }
  return new UserFacingError(fallback, { code, cause: error });
}
