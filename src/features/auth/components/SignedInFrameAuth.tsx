import type { ReactNode } from 'react';
import type { User } from '@supabase/supabase-js';
import { AuthContext, type AuthState } from '../lib/auth-context';

// Signed in, but nobody in particular: no id, no name, no email. Queries about "me" have no user to ask for
// and stay pending, so pages render what they show before their data arrives.
const NOBODY: User = { id: '', aud: 'authenticated', app_metadata: {}, user_metadata: {}, created_at: '' };
const SIGNED_IN_WITHOUT_DATA: AuthState = {
  status: 'authenticated',
  session: null,
  user: NOBODY,
  isPasswordRecovery: false,
  signedOutOnPurpose: false,
};

/**
 * The auth state the build prerenders signed-in pages with (src/app/prerender.tsx): their frame as anyone
 * signed in sees it before the session and data are there. The markup is built once for everyone, so it
 * holds no user's data.
 */
export function SignedInFrameAuth({ children }: { children: ReactNode }) {
  return <AuthContext.Provider value={SIGNED_IN_WITHOUT_DATA}>{children}</AuthContext.Provider>;
}
