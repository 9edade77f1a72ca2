import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';
import { getEnv } from './env';
import { initialAuthRedirect, registerSupabaseClient } from './supabase-loader';

const env = getEnv();

/** Captured before the client consumes (and clears) the URL hash (see supabase-loader). */
export { initialAuthRedirect };

/** The one and only Supabase client. Use it from feature `api/` modules only. */
export const supabase = createClient<Database>(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY, {
  auth: {
    persistSession: true,
    autoRefreshToken: true,
    // Picks up the session from the email links (#access_token=…&type=recovery|signup).
    detectSessionInUrl: true,
    flowType: 'implicit',
  },
});

export type SupabaseClient = typeof supabase;

// Lets the auth provider subscribe as soon as any feature first loads the client.
registerSupabaseClient(supabase);
