import { useMutation } from '@tanstack/react-query';
import { appUrl, safeNextPath } from '@/lib/app-url';
import { supabase } from '@/lib/supabase';
import { fromAuthError } from '@/lib/auth-errors';
import { routes } from '@/lib/routes';

/**
 * Starts "Continue with Google": supabase-js sends the browser to Auth's /authorize, Google (locally the
 * OAuth simulator) sends it back through Auth's /callback to the sign-in page, where the implicit-flow
 * tokens (or `error`/`error_description`) arrive in the URL fragment and the page moves on to `next`.
 */
export async function signInWithGoogle(next: string | null): Promise<void> {
  const back = routes.signInThen(next ? safeNextPath(next) : null);
  const { error } = await supabase.auth.signInWithOAuth({ provider: 'google', options: { redirectTo: appUrl(back) } });
  if (error) throw fromAuthError(error);
}

export function useSignInWithGoogle() {
  return useMutation({ mutationKey: ['auth', 'sign-in-with-google'], mutationFn: signInWithGoogle });
}
