/** Helpers to turn unknown errors into text a person can read. Never show raw JSON. */

export const GENERIC_ERROR_MESSAGE = 'Something went wrong. Please try again.';
export const NETWORK_ERROR_MESSAGE = "We couldn't reach the server. Check your connection and try again.";

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

export function isNetworkError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'AuthRetryableFetchError') return true;
  if (typeof message !== 'string') return false;
  return name === 'TypeError' && /fetch|network|load failed/i.test(message);
}

/** Best-effort readable message for any thrown value. */
export function toUserMessage(error: unknown, fallback = GENERIC_ERROR_MESSAGE): string {
  if (error instanceof UserFacingError) return error.message;
  if (isNetworkError(error)) return NETWORK_ERROR_MESSAGE;
  return fallback;
}
