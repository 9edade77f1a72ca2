import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Session } from '@supabase/supabase-js';
import { getInitialAuthRedirect, sessionMayExist, sessionRestoredAtStart, subscribeToAuthChanges } from '../api/auth-state';
import { needsSecondFactor } from '../lib/assurance';
import { isSigningOut } from '../lib/sign-out-intent';
import { AuthContext, type AuthState, type AuthStatus } from '../lib/auth-context';

const statusOf = (session: Session | null): AuthStatus =>
  !session ? 'unauthenticated' : needsSecondFactor(session) ? 'second_factor' : 'authenticated';

/** The same session: the same tokens for the same user, as the auth server last described them. */
function sameSession(a: Session | null, b: Session | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.access_token === b.access_token &&
    a.refresh_token === b.refresh_token &&
    a.expires_at === b.expires_at &&
    JSON.stringify(a.user) === JSON.stringify(b.user)
  );
}

function sameState(a: InternalState, b: InternalState): boolean {
  return (
    a.status === b.status &&
    a.isPasswordRecovery === b.isPasswordRecovery &&
    a.signedOutOnPurpose === b.signedOutOnPurpose &&
    sameSession(a.session, b.session)
  );
}

type InternalState = {
  status: AuthStatus;
  session: Session | null;
  isPasswordRecovery: boolean;
  signedOutOnPurpose: boolean;
};

/**
 * Keeps the session in React state via onAuthStateChange (INITIAL_SESSION, SIGNED_IN,
 * SIGNED_OUT, TOKEN_REFRESHED, USER_UPDATED, PASSWORD_RECOVERY, MFA_CHALLENGE_VERIFIED) and clears the query
 * cache whenever the signed-in user goes away or changes.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const userIdRef = useRef<string | null>(sessionRestoredAtStart()?.session?.user.id ?? null);
  const [state, setState] = useState<InternalState>(() => {
    const redirect = getInitialAuthRedirect();
    // Restored before the first render when a prerendered signed-in page is on screen (boot).
    const restored = sessionRestoredAtStart();
    return {
      // Known signed out before anything loads when there is no session to restore: public pages render
      // at once (and the build's prerendered HTML, rendered the same way, hydrates without a mismatch).
      status: restored ? statusOf(restored.session) : sessionMayExist() ? 'loading' : 'unauthenticated',
      session: restored?.session ?? null,
      isPasswordRecovery: redirect?.type === 'recovery' && redirect.hasSession,
      signedOutOnPurpose: false,
    };
  });

  useEffect(() => {
    const unsubscribe = subscribeToAuthChanges(
      (event, session) => {
        const nextUserId = session?.user.id ?? null;
        if (event === 'SIGNED_OUT' || (userIdRef.current !== null && userIdRef.current !== nextUserId)) {
          queryClient.clear();
        }
        userIdRef.current = nextUserId;
        setState((prev) => {
          const next: InternalState = {
            status: statusOf(session),
            session,
            isPasswordRecovery: event === 'PASSWORD_RECOVERY' ? true : event === 'SIGNED_OUT' ? false : prev.isPasswordRecovery,
            signedOutOnPurpose: !session && (event === 'SIGNED_OUT' ? isSigningOut() : prev.signedOutOnPurpose),
          };
          // supabase-js hands over a new copy of the stored session with every event (INITIAL_SESSION right
          // after the start, when boot restored it already): nothing changed, so no re-render of everything
          // that reads the auth state.
          return sameState(prev, next) ? prev : next;
        });
      },
      // No stored session to restore: known to be signed out without loading supabase-js.
      () => setState((prev) => (prev.status === 'loading' ? { ...prev, status: 'unauthenticated' } : prev)),
    );
    return unsubscribe;
  }, [queryClient]);

  const value = useMemo<AuthState>(
    () => ({
      status: state.status,
      session: state.session,
      user: state.session?.user ?? null,
      isPasswordRecovery: state.isPasswordRecovery,
      signedOutOnPurpose: state.signedOutOnPurpose,
    }),
    [state],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
