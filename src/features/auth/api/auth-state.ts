import type { AuthChangeEvent, Session } from '@supabase/supabase-js';
import { initialAuthRedirect, loadSupabaseClient, needsClientAtStartup, onSupabaseClient } from '@/lib/supabase-loader';

export type { AuthChangeEvent, Session };

/** Whether loading the client may find a session (one persisted, or auth params from an email link). */
export function sessionMayExist(): boolean {
  return needsClientAtStartup();
}

let restoredAtStart: { session: Session | null } | null = null;

/**
 * Restores the stored session before the app's first render, for a page whose prerendered signed-in frame
 * is on screen: the auth provider then starts with it, so the first render is the page (which replaces the
 * frame with the same layout), not "checking your session" in its place.
 */
export async function restoreSessionBeforeRender(): Promise<void> {
  const client = await loadSupabaseClient();
  const { data } = await client.auth.getSession();
  restoredAtStart = { session: data.session };
}

/** The session restored before the first render (`restoreSessionBeforeRender`), if it was. */
export function sessionRestoredAtStart(): { session: Session | null } | null {
  return restoredAtStart;
}

/** Auth params that were in the URL when the app booted (email links). */
export function getInitialAuthRedirect() {
  return initialAuthRedirect;
}

/**
 * Subscribe to auth changes. The callback must stay synchronous and must not call
 * supabase itself (supabase-js holds a lock while notifying).
 *
 * supabase-js is not part of the first load of public pages: when there is no persisted session and no
 * auth redirect in the URL, `onNoSession` is called right away and the subscription starts whenever a
 * feature first loads the client (e.g. the sign-in page). Otherwise the client is loaded now.
 */
export function subscribeToAuthChanges(
  callback: (event: AuthChangeEvent, session: Session | null) => void,
  onNoSession?: () => void,
): () => void {
  let unsubscribe = () => {};
  const stopWaiting = onSupabaseClient((client) => {
    const { data } = client.auth.onAuthStateChange(callback);
    unsubscribe = () => data.subscription.unsubscribe();
  });
  if (needsClientAtStartup()) {
    void loadSupabaseClient().catch((error: unknown) => {
      console.error('[InterviewAI] Could not load the auth client:', error);
      onNoSession?.();
    });
  } else {
    onNoSession?.();
  }
  return () => {
    stopWaiting();
    unsubscribe();
  };
}
