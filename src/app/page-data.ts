import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import { needsSecondFactor } from '@/features/auth';
import { myDisplayPreferencesQueryOptions } from '@/features/settings';
import { prefetchForPage, type PageDataLoader } from '@/lib/page-data';
import { hasPersistedSession, initialAuthRedirect, loadSupabaseClient } from '@/lib/supabase-loader';
import { isSignedInPage, pageFor, pages } from './pages';
import { yieldToMain } from '@/lib/yield-to-main';

/**
 * Starts the first requests of the signed-in page at `pathname` (its module's `loadPageData`, and the
 * header's) as soon as the page's module, supabase-js and the stored session are there, in parallel with
 * loading the rest of the app, instead of after the app has rendered and restored the session itself.
 * Only with a session in storage and no email link in the URL (whose outcome the auth provider decides),
 * never for a session that still needs its second factor.
 */
export async function startPageData(client: QueryClient, pathname: string): Promise<void> {
  const page = pageFor(pathname);
  if (!page || !isSignedInPage(page) || !hasPersistedSession()) return;
  const redirect = initialAuthRedirect;
  if (redirect && (redirect.hasSession || redirect.errorCode || redirect.type)) return;
  try {
    // One after the other, each evaluated in a task of its own (both are fetched already): the page's
    // module and what it imports (schemas, shared components) on top of supabase-js is one long task less.
    const supabase = await loadSupabaseClient();
    await yieldToMain();
    const module = await pages[page]();
    const loadPageData = (module as { loadPageData?: PageDataLoader }).loadPageData;
    const { data } = await supabase.auth.getSession();
    const session = data.session;
    if (!session || needsSecondFactor(session)) return;
    const userId = session.user.id;
    const params = matchPath(page, pathname)?.params ?? {};
    // The header's data too (every signed-in page's layout; not waited for), rather than from an effect after
    // the first render.
    void prefetchForPage(client, myDisplayPreferencesQueryOptions(userId));
    await loadPageData?.(client, { userId, params });
  } catch {
    // Only a head start: the page loads its data (and reports failures) itself as usual.
  }
}
