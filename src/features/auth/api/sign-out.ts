import { useMutation, useQueryClient } from '@tanstack/react-query';
import { whileSigningOut } from '../lib/sign-out-intent';

/** Signs out everywhere; if the server can't be reached, at least forget the session on this device. */
export async function signOut(): Promise<void> {
  // Loaded on demand: the sign-out button is part of the layout, which must not pull supabase-js into
  // the first load of public pages (when signed in, the client is already loaded anyway).
  // (auth-errors imports supabase-js helpers at runtime, so it is loaded on demand as well.)
  const [{ supabase }, { fromAuthError }] = await Promise.all([import('@/lib/supabase'), import('@/lib/auth-errors')]);
  const { error } = await supabase.auth.signOut();
  if (!error || error.name === 'AuthSessionMissingError') return;
  const local = await supabase.auth.signOut({ scope: 'local' });
  if (local.error && local.error.name !== 'AuthSessionMissingError') throw fromAuthError(local.error);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    // The person asked to sign out: protected pages leave the way home to the button (a sign-out the app
    // starts itself, e.g. for a blocked account, navigates on its own and is not marked).
    mutationFn: () => whileSigningOut(signOut),
    onSettled: () => {
      queryClient.clear();
    },
  });
}
