import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
import { routes } from './routes';

export type BrowserRouter = ReturnType<typeof createBrowserRouter>;

/** The router for the whole app, starting at the page being opened. */
export function createAppRouter(): BrowserRouter {
  return createBrowserRouter(routes);
}

/**
 * Loads the lazy routes of `pathname` into the route table, so that a router created afterwards renders
 * the page on its first render instead of the loading fallback. Hydrating a prerendered page needs that:
 * the first render must be the markup the build rendered.
 */
export async function resolveLazyRoutes(pathname: string, table: RouteObject[] = routes): Promise<void> {
  const matches = matchRoutes(table, pathname) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}
