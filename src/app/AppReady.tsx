import { useEffect, useLayoutEffect } from 'react';

/**
 * Marks the app as ready once its first render has committed (hydrated or not). Until then index.html's
 * inline script stops forms from submitting natively (a prerendered sign-in form submitted before the app
 * has loaded would otherwise send its fields, password included, in the URL of a GET request) and holds
 * such a submit, which it sends again once the app is ready.
 */
export function AppReady() {
  // Before the browser paints the app's first commit: the prerendered markup it replaced was stale and
  // hidden (index.html); what the app rendered in its place is not.
  useLayoutEffect(() => {
    delete document.documentElement.dataset.prerender;
    // A prerendered signed-in frame was inert until the app had rendered in its place.
    document.getElementById('root')?.removeAttribute('inert');
  }, []);
  useEffect(() => {
    document.documentElement.setAttribute('data-app-ready', '');
  }, []);
  return null;
}
