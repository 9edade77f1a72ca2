import { useMutation, useQueryClient } from '@tanstack/react-query'
import { supabase } from '@/lib/supabase'
import { mapAuthError } from '../lib/auth-errors'

/** Signs out everywhere; if the server can't be reached, at least forget the session on this device. */
export async function signOut(): Promise<void> {
  const { error } = await supabase.auth.signOut()
  if (!error || error.name === 'AuthSessionMissingError') return
  const local = await supabase.auth.signOut({ scope: 'local' })
  if (local.error && local.error.name !== 'AuthSessionMissingError') throw mapAuthError(local.error)
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear()
    },
  })
}
