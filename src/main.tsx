import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EnvErrorScreen } from '@/components/EnvErrorScreen';
import { ErrorState } from '@/components/ErrorState';
import { envResult } from '@/lib/env';
import { preloadPage } from './app/pages';
import './styles.css';

// Shown only when the app (or its strings) could not load; the same words as common:startFailure.
const START_FAILURE_ENGLISH = {
  title: "InterviewAI couldn't start",
  body: 'Something went wrong while loading the app. Please reload the page.',
  reload: 'Reload page',
};

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');
const root = createRoot(container);

if (!envResult.ok) {
  // Fail loudly with instructions instead of a blank page; the Supabase client is never created.
  console.error('[InterviewAI] Invalid environment:', envResult.issues);
  root.render(<EnvErrorScreen issues={envResult.issues} />);
} else {
  // The page being opened loads alongside the app rather than after the router has started.
  preloadPage(window.location.pathname);
  // The UI language's strings load alongside the app so the first screen is already translated.
  Promise.all([import('./app/App'), import('@/lib/i18n').then((i18n) => i18n.startI18n())])
    .then(([{ App }]) => {
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
    })
    .catch(async (error: unknown) => {
      console.error('[InterviewAI] Failed to start:', error);
      // The failure may be the strings themselves: words from i18next when it loaded, else English.
      const t = await import('@/lib/i18n').then(
        ({ i18next }) => i18next.getFixedT(null, 'common', 'startFailure'),
        () => null,
      );
      const words = (key: keyof typeof START_FAILURE_ENGLISH) => (t?.(key) || START_FAILURE_ENGLISH[key]) as string;
      root.render(
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
    });
}
