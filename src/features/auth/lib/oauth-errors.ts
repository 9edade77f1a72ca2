import { parseAuthRedirect } from '@/lib/auth-redirect';

/** The `oauth.errors.*` key for an error code Auth put in the redirect back from Google. */
export type OAuthErrorKey = 'cancelled' | 'blocked' | 'expired' | 'signupDisabled' | 'emailExists' | 'failed';

const KEYS: Record<string, OAuthErrorKey> = {
  // Google refused or the person cancelled on Google's page (Auth passes the provider's `error` on).
  provider_error: 'cancelled',
  access_denied: 'cancelled',
  user_banned: 'blocked',
  user_blocked: 'blocked',
  flow_state_expired: 'expired',
  flow_state_not_found: 'expired',
  bad_oauth_state: 'expired',
  signup_disabled: 'signupDisabled',
  email_exists: 'emailExists',
  identity_already_exists: 'emailExists',
};

export function oauthErrorKey(code: string | null): OAuthErrorKey {
  return (code && KEYS[code]) || 'failed';
}

/**
 * The error Auth appended to the URL the browser came back to (implicit flow: in the fragment; PKCE: in
 * the query), or null. supabase-js leaves a failed redirect's parameters in the URL, so the page reads them
 * from its current location; they are gone after any navigation inside the app.
 */
export function oauthRedirectError(location: { search: string; hash: string }): OAuthErrorKey | null {
  const redirect = parseAuthRedirect(`http://app.invalid/${location.search}${location.hash}`);
  if (!redirect.errorCode && !redirect.errorDescription) return null;
  return oauthErrorKey(redirect.errorCode);
}
