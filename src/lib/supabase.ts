import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';
import { getEnv } from './env';
import { initialAuthRedirect, registerSupabaseClient } from './supabase-loader';
import { yieldToMain } from './yield-to-main';

const env = getEnv();

/** Captured before the client consumes (and clears) the URL hash (see supabase-loader). */
export { initialAuthRedirect };

function createSupabaseClient() {
  return createClient<Database>(env.VITE_SUPABASE_URL, env.VITE_SUPABASE_ANON_KEY, {
    auth: {
      persistSession: true,
      autoRefreshToken: true,
      // Picks up the session from the email links (#access_token=…&type=recovery|signup).
      detectSessionInUrl: true,
      flowType: 'implicit',
    },
  });
}

export type SupabaseClient = ReturnType<typeof createSupabaseClient>;

let client: SupabaseClient | null = null;

function theClient(): SupabaseClient {
  if (!client) {
    client = createSupabaseClient();
    // Lets the auth provider subscribe as soon as any feature first loads the client.
    registerSupabaseClient(client);
  }
  return client;
}

/**
 * The client, created in the task after this module's evaluation (or by its first use, if that comes first):
 * creating it (the auth client, its session restore and timers) in the task that evaluates supabase-js made
 * one long task on a phone.
 */
export const supabaseReady: Promise<SupabaseClient> = yieldToMain().then(theClient);

/**
 * The one and only Supabase client. Use it from feature `api/` modules only. It stands for the client above:
 * every property is read from it, so using it creates the client if it does not exist yet.
 */
export const supabase: SupabaseClient = new Proxy({} as SupabaseClient, {
  get(_target, property) {
    const created = theClient();
    const value: unknown = Reflect.get(created, property, created);
    return typeof value === 'function' ? value.bind(created) : value;
  },
});
