import type { AuthChangeEvent, Session } from '@supabase/supabase-js'
import { initialAuthRedirect, supabase } from '@/lib/supabase'

export type { AuthChangeEvent, Session }

/** Auth params that were in the URL when the app booted (email links). */
export function getInitialAuthRedirect() {
  return initialAuthRedirect
}

/**
 * Subscribe to auth changes. The callback must stay synchronous and must not call
 * supabase itself (supabase-js holds a lock while notifying).
 */
export function subscribeToAuthChanges(callback: (event: AuthChangeEvent, session: Session | null) => void): () => void {
  const { data } = supabase.auth.onAuthStateChange(callback)
  return () => data.subscription.unsubscribe()
}
