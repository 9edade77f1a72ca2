import { createClient } from '@supabase/supabase-js'
import { parseAuthRedirect, type AuthRedirectParams } from './auth-redirect'
import type { Database } from './database.types'
import { getEnv } from './env'

const env = getEnv()

/** Captured before the client consumes (and clears) the URL hash. */
export const initialAuthRedirect: AuthRedirectParams | null =
  typeof window === 'undefined' ? null : parseAuthRedirect(window.location.href)

/** The one and only Supabase client. Use it from feature `api/` modules only. */
export const supabase = createClient<Database>(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY, {
  auth: {
    persistSession: true,
    autoRefreshToken: true,
    // Picks up the session from the email links (#access_token=…&type=recovery|signup).
    detectSessionInUrl: true,
    flowType: 'implicit',
  },
})

export type SupabaseClient = typeof supabase
