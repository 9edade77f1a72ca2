// The entry: as small as possible, so that nothing but the HTML and CSS stands before the first paint.
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// The build prerenders public pages (vite/prerender.ts) as a signed-out visitor in English sees them
// without query or hash; index.html's inline script marks that markup stale for anyone else (and on every
// other path, which the host answers with index.html). Only markup that is exactly the app's first render
// is hydrated; stale markup stays hidden under its header until the app has rendered in its place.
const html = document.documentElement;
const hydratePrerendered = html.dataset.prerendered === window.location.pathname && html.dataset.prerender !== 'stale';

/** Resolves once the browser has painted a frame. */
const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// A prerendered page is already readable: its content paints first, then the app loads and hydrates it
// (the main thread is busy for a while doing that on a phone). Anything else starts the app at once.
void (hydratePrerendered ? afterFirstPaint() : Promise.resolve())
  .then(() => import('./app/boot'))
  .then(({ boot }) => boot(container, hydratePrerendered));
