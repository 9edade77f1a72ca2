/**
 * Snapshot of the auth parameters GoTrue appends to redirect URLs
 * (e.g. `/reset-password#access_token=…&type=recovery` or
 * `#error=access_denied&error_code=otp_expired&error_description=…`).
 *
 * supabase-js consumes and clears the hash asynchronously, so we read it once at startup.
 */
export type AuthRedirectParams = {
  type: string | null;
  hasSession: boolean;
  errorCode: string | null;
  errorDescription: string | null;
};

export function parseAuthRedirect(href: string): AuthRedirectParams {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { type: null, hasSession: false, errorCode: null, errorDescription: null };
  }
  const hash = new URLSearchParams(url.hash.startsWith('#') ? url.hash.slice(1) : url.hash);
  const get = (key: string) => hash.get(key) ?? url.searchParams.get(key);
  const errorDescription = get('error_description');
  const error = get('error');
  return {
    type: get('type'),
    hasSession: Boolean(hash.get('access_token') || url.searchParams.get('code')),
    errorCode: get('error_code') ?? error,
    errorDescription: errorDescription ?? (error ? error.replace(/_/g, ' ') : null),
  };
}
