import { createContext, useContext } from 'react';
import type { Session, User } from '@supabase/supabase-js';

/**
 * `second_factor`: signed in with a password, but the account has two-factor authentication and
 * this session has not passed the code step yet (aal1); the app treats it as signed out except for
 * the code step on the sign-in page.
 */
export type AuthStatus = 'loading' | 'authenticated' | 'second_factor' | 'unauthenticated';

export type AuthState = {
  status: AuthStatus;
  session: Session | null;
  user: User | null;
  /** True after arriving from a password-recovery email link (PASSWORD_RECOVERY). */
  isPasswordRecovery: boolean;
  /**
   * Signed out on purpose in this tab (the sign-out button): protected pages send the person home rather
   * than to sign in again.
   */
  signedOutOnPurpose: boolean;
};

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>.');
  return value;
}

/**
 * The signed-in user's id ('' while signed out). Queries about "me" filter by it: RLS lets admins read
 * every user's rows, so "what RLS returns" is not "mine".
 */
export function useMyUserId(): string {
  return useAuth().user?.id ?? '';
}
