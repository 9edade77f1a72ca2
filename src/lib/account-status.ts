/**
 * The one place that knows an account was blocked (or is pending) while signed in. The database answers
 * such requests with a machine code (`detail` = account_blocked / account_pending); the API layer turns it
 * into a UserFacingError with code ACCOUNT_BLOCKED_CODE, the query client reports every failed query and
 * mutation here, and the layout signs the person out on the first report.
 */
import type { UserFacingError } from './errors';

export const ACCOUNT_BLOCKED_CODE = 'account_blocked';
export const ACCOUNT_BLOCKED_MESSAGE =
  'Your account has been blocked, so you have been signed out. Contact support if you think this is a mistake.';

/** Machine codes (from SQL `detail`) that mean "this account may not use the app now". */
export const ACCOUNT_STATUS_DETAILS = new Set(['account_blocked', 'account_pending']);

const listeners = new Set<() => void>();

const REASON_KEY = 'interviewai:signed-out-reason';

/** Remembers (for this tab) why the app signed the person out, for the sign-in page to explain. */
export function rememberBlockedSignOut() {
  try {
    window.sessionStorage.setItem(REASON_KEY, 'blocked');
  } catch {
    // Storage disabled: the sign-in URL still says why.
  }
}

/** Whether the app signed this tab out because the account was blocked (until someone signs in again). */
export function wasSignedOutAsBlocked(): boolean {
  try {
    return window.sessionStorage.getItem(REASON_KEY) === 'blocked';
  } catch {
    return false;
  }
}

export function forgetBlockedSignOut() {
  try {
    window.sessionStorage.removeItem(REASON_KEY);
  } catch {
    // nothing stored
  }
}

export function isAccountBlockedError(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && (error as Partial<UserFacingError>).code === ACCOUNT_BLOCKED_CODE);
}

/** Tells the listeners (once per error) when `error` says the account is blocked. */
export function reportIfAccountBlocked(error: unknown): void {
  if (!isAccountBlockedError(error)) return;
  for (const listener of [...listeners]) listener();
}

export function onAccountBlocked(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
