import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { EnvErrorScreen } from '@/components/EnvErrorScreen';
import { ErrorState } from '@/components/ErrorState';
import { restoreSessionBeforeRender } from '@/features/auth';
import { envResult } from '@/lib/env';
import { startLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { initialAuthRedirect } from '@/lib/supabase-loader';
import { startPageData } from './page-data';
import { warmUpIntl } from './intl-warm-up';
import { isSignedInPage, preloadPage } from './pages';
import { yieldToMain } from '@/lib/yield-to-main';

// Shown only when the app (or its strings) could not load; the same words as common:startFailure.
const START_FAILURE_ENGLISH = {
  title: "InterviewAI couldn't start",
  body: 'Something went wrong while loading the app. Please reload the page.',
  reload: 'Reload page',
};

/** How long the first render of a signed-in page waits for its data (see boot). */
const PAGE_DATA_WAIT_MS = 1000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How the app starts (decided by main.tsx): `hydrate` the prerendered public page that is this visitor's,
 * render in place of a prerendered signed-in `frame` once the page and the session are there (so the first
 * render is the page, laid out as the frame is), or `render` from scratch in place of what the HTML had.
 */
export type StartMode = 'hydrate' | 'frame' | 'render';

export async function boot(container: HTMLElement, start: StartMode) {
  // Called as soon as the start-up modules have been evaluated: the start itself in a task of its own.
  await yieldToMain();
  let clientRoot: Root | null = null;
  const root = () => (clientRoot ??= createRoot(container));
  const html = document.documentElement;

  if (!envResult.ok) {
    // Fail loudly with instructions instead of a blank page; the Supabase client is never created.
    console.error('[InterviewAI] Invalid environment:', envResult.issues);
    root().render(<EnvErrorScreen issues={envResult.issues} />);
    delete html.dataset.prerender;
    container.removeAttribute('inert');
    return;
  }

  // The page being opened loads alongside the app rather than after the router has started.
  const page = preloadPage(window.location.pathname);
  // A signed-in page (preloaded only with a stored session) formats dates and numbers once its data is
  // there: their locale data loads on another thread meanwhile (see warmUpIntl).
  const signedInPage = page !== null && isSignedInPage(page);
  if (signedInPage) warmUpIntl(startLanguage());
  // Each preloaded file and the worker cost the main thread a few milliseconds to start on a phone.
  await yieldToMain();
  // The first render is the page itself, not the router's loading fallback: when hydrating, when replacing
  // a frame, and on a signed-in page opened with a stored session (only then is it preloaded) and no email
  // link in the URL (whose outcome the auth provider decides), where "checking your session" and then the
  // loading fallback would each be a render, commit and layout on the way to the page.
  const redirect = initialAuthRedirect;
  const pageFirst = start !== 'render' || (signedInPage && !(redirect && (redirect.hasSession || redirect.errorCode || redirect.type)));
  // A signed-in page's first request starts once the stored session is read, not after the app has rendered.
  const queryClient = createQueryClient();
  const pageData = startPageData(queryClient, window.location.pathname);
  // The UI language's strings load alongside the app so the first screen is already translated.
  Promise.all([
    import('./App'),
    import('./router'),
    import('@/lib/i18n').then((i18n) => i18n.startI18n()),
    // Without it the first render would put "checking your session" in the frame's (or page's) place.
    start === 'frame' || (pageFirst && signedInPage) ? restoreSessionBeforeRender().catch(() => {}) : null,
  ])
    .then(async ([{ App }, { createAppRouter, resolveLazyRoutes }]) => {
      // Each step in a task of its own (the modules' evaluation and the strings' set-up came before).
      await yieldToMain();
      if (pageFirst) await resolveLazyRoutes(window.location.pathname);
      // A signed-in page without a frame whose data is on its way renders once with it, in the transition
      // below (in slices), rather than with its placeholders first and then again when the answer arrives (a
      // store update that React renders in one piece, a long task on a phone). Not for long: a slow answer
      // gets the placeholders. (Measured on the dashboard's frame, waiting made its blocking time worse.)
      if (start === 'render' && pageFirst && signedInPage) await Promise.race([pageData, delay(PAGE_DATA_WAIT_MS)]);
      await yieldToMain();
      const router = createAppRouter();
      // The root (its event listeners) and the render's start in a task of their own: together with the
      // router's creation they were one long task on a phone.
      await yieldToMain();
      const app = (
        <StrictMode>
          <App router={router} queryClient={queryClient} />
        </StrictMode>
      );
      // In a transition React works in slices that leave the main thread free in between (one long task
      // on a phone otherwise; the page is readable meanwhile: prerendered, or the header from the HTML).
      // A render still commits at once, replacing the HTML's markup in one step; AppReady then shows what
      // that markup had hidden.
      if (start === 'hydrate') startTransition(() => void hydrateRoot(container, app));
      else startTransition(() => root().render(app));
    })
    .catch(async (error: unknown) => {
      console.error('[InterviewAI] Failed to start:', error);
      // The failure may be the strings themselves: words from i18next when it loaded, else English.
      const t = await import('@/lib/i18n').then(
        ({ i18next }) => i18next.getFixedT(null, 'common', 'startFailure'),
        () => null,
      );
      const words = (key: keyof typeof START_FAILURE_ENGLISH) => (t?.(key) || START_FAILURE_ENGLISH[key]) as string;
      root().render(
        <main className="page page--narrow" id="main">
          <ErrorState
            title={words('title')}
            message={words('body')}
            action={
              <button type="button" className="btn btn--primary btn--md" onClick={() => window.location.reload()}>
                {words('reload')}
              </button>
            }
          />
        </main>,
      );
      delete html.dataset.prerender;
      container.removeAttribute('inert');
    });
}
