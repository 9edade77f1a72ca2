import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

export type PageDataContext = { userId: string; params: Record<string, string | undefined> };

/**
 * What a signed-in page's module may export as `loadPageData`: starts the page's first request as soon as
 * the stored session has been read, while the app itself is still loading (src/app/page-data.ts). It must
 * use the same query options as the page's hooks, so the page finds the answer (or the request in flight)
 * in the cache instead of asking again.
 */
export type PageDataLoader = (client: QueryClient, context: PageDataContext) => Promise<void>;

/**
 * Prefetches `options` for a page that has not rendered yet. A failure is forgotten unless the page is
 * already waiting for it: the page then asks again itself, exactly as without the early start (whose error
 * may have been worded before the UI's strings had loaded).
 */
export async function prefetchForPage<TData, TQueryKey extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<TData, Error, TData, TQueryKey>,
): Promise<void> {
  await client.prefetchQuery(options);
  const query = client.getQueryCache().find({ queryKey: options.queryKey, exact: true });
  if (query?.state.status === 'error' && query.getObserversCount() === 0) {
    client.removeQueries({ queryKey: options.queryKey, exact: true });
  }
}
