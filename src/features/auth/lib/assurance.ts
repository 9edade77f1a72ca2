import type { Session } from '@supabase/supabase-js';

/** The `aal` claim of an access token (null when it cannot be read). */
export function accessTokenAal(accessToken: string): string | null {
  const payload = accessToken.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims = JSON.parse(json) as { aal?: unknown };
    return typeof claims.aal === 'string' ? claims.aal : null;
  } catch {
    return null;
  }
}

/**
 * True when the user has a verified second factor but this session has not passed it yet (aal1):
 * what supabase-js's getAuthenticatorAssuranceLevel reports as nextLevel aal2 > currentLevel, read
 * from the session without a network round trip.
 */
export function needsSecondFactor(session: Session | null): boolean {
  if (!session) return false;
  const enrolled = (session.user.factors ?? []).some((factor) => factor.status === 'verified');
  return enrolled && accessTokenAal(session.access_token) !== 'aal2';
}
