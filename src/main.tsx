// The entry: as small as possible, so that nothing but the HTML and CSS stands before the first paint.
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

// The build prerenders public pages (vite/prerender.ts) as a signed-out visitor in English sees them
// without query or hash, and signed-in pages' frames as anyone signed in sees them before their data;
// index.html's inline script marks that markup stale for anyone else (and on every other path, which the
// host answers with index.html). Only a public page that is exactly the app's first render is hydrated;
// a signed-in frame stays on screen until the app renders the page in its place; stale markup stays hidden
// under its header until the app has rendered in its place.
const html = document.documentElement;
const prerendered = html.dataset.prerendered === window.location.pathname && html.dataset.prerender !== 'stale';
const start = !prerendered ? 'render' : html.hasAttribute('data-signed-in-frame') ? 'frame' : 'hydrate';

// Set by index.html: settles once the page's first contentful paint is on screen; and, while it paints a page's
// title from its early answer, once the title is.
const early = window as { __interviewaiPainted?: Promise<void>; __interviewaiHeading?: Promise<void> };
const afterFirstPaint = () =>
  early.__interviewaiPainted ?? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const earlyHeading = early.__interviewaiHeading;

// A prerendered page is already readable: its content paints first, then the app loads (the main thread
// is busy for a while doing that on a phone). So does a title from the early answer. Anything else starts the
// app at once.
// React (the largest module) is evaluated in a task of its own, the app's start-up code in the next one: one
// long task less on a phone.
void (prerendered ? afterFirstPaint() : earlyHeading ? Promise.all([afterFirstPaint(), earlyHeading]) : Promise.resolve())
  .then(() => import('react-dom/client'))
  .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
  .then(() => import('./app/boot'))
  .then(({ boot }) => boot(container, start));
