// Build-time rendering of pages into static HTML (vite/prerender.ts loads this module in Node).
// Public pages: the browser hydrates that markup (main.tsx), so the first render here and there must be the
// same: a signed-out visitor, English, the URL without query or hash.
// Signed-in pages: their frame (header, navigation, the page's header and loading placeholders) as anyone
// signed in sees it before their session and data are there; no user's data. The browser does not hydrate
// it: the app renders the page in its place once the session is restored, with the same layout.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import '@/lib/i18n';
import { SignedInFrameAuth } from '@/features/auth';
import { AppProviders } from './App';
import { AppReady } from './AppReady';
import { routes } from './routes';

/**
 * The app's markup for `pathname` as its first render in the browser produces it; with `signedIn`, the
 * signed-in page's frame.
 */
export async function renderPage(pathname: string, { signedIn = false }: { signedIn?: boolean } = {}): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(pathname, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`Prerendering ${pathname} answered a redirect (${context.status})`);
  const error = Object.values(context.errors ?? {})[0] as unknown;
  if (error) throw new Error(`Prerendering ${pathname} failed`, { cause: error });
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    <StrictMode>
      <AppProviders auth={signedIn ? SignedInFrameAuth : undefined}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
        {/* the same tree shape as App's, so useId gives the same ids when the browser hydrates */}
        <AppReady />
      </AppProviders>
    </StrictMode>,
  );
}
