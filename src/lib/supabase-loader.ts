import { parseAuthRedirect, type AuthRedirectParams } from './auth-redirect';
import type { SupabaseClient } from './supabase';

/**
 * Keeps supabase-js (~36 KB gzip) off the first load of public pages.
 *
 * `@/lib/supabase` is imported statically by feature `api/` modules, so it is fetched together with the
 * first route that talks to the server (sign-in, /app, …) and registers the client here once it creates it.
 * The auth provider only forces it in early when there is something to restore: a persisted session in
 * localStorage or auth parameters from an email link in the URL.
 */

/** Captured at startup, before supabase-js consumes (and clears) the URL hash. */
export const initialAuthRedirect: AuthRedirectParams | null =
  typeof window === 'undefined' ? null : parseAuthRedirect(window.location.href);

let client: SupabaseClient | null = null;
const listeners = new Set<(client: SupabaseClient) => void>();

/** Called by `@/lib/supabase` once the client exists. */
export function registerSupabaseClient(created: SupabaseClient) {
  client = created;
  for (const listener of [...listeners]) listener(created);
  listeners.clear();
}

/** Runs `listener` as soon as the client exists (synchronously if it already does). Returns an unsubscribe. */
export function onSupabaseClient(listener: (client: SupabaseClient) => void): () => void {
  if (client) {
    listener(client);
    return () => {};
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Loads (once) and returns the client, once it exists (created in a task after supabase-js's evaluation). */
export async function loadSupabaseClient(): Promise<SupabaseClient> {
  const { supabaseReady } = await import('./supabase');
  const created = await supabaseReady;
  if (!client) registerSupabaseClient(created);
  return created;
}

/** True when supabase-js left a session in storage (`sb-<ref>-auth-token`) that it may be able to restore. */
export function hasPersistedSession(): boolean {
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key && /^sb-.+-auth-token$/.test(key)) return true;
    }
  } catch {
    // Storage disabled: supabase-js cannot have persisted anything either.
  }
  return false;
}

/** Whether the auth state can only be known by loading the client now. */
export function needsClientAtStartup(): boolean {
  const redirect = initialAuthRedirect;
  return hasPersistedSession() || Boolean(redirect && (redirect.hasSession || redirect.errorCode || redirect.type));
}
