import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EnvErrorScreen } from '@/components/EnvErrorScreen';
import { ErrorState } from '@/components/ErrorState';
import { envResult } from '@/lib/env';
import { preloadPage } from './app/pages';
import './styles.css';

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
    .catch((error: unknown) => {
      console.error('[InterviewAI] Failed to start:', error);
      root.render(
        <main className="page page--narrow" id="main">
          <ErrorState
            title="InterviewAI couldn't start"
            message="Something went wrong while loading the app. Please reload the page."
            action={
              <button type="button" className="btn btn--primary btn--md" onClick={() => window.location.reload()}>
                Reload page
              </button>
            }
          />
        </main>,
      );
    });
}
