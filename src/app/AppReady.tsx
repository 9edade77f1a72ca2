import { useEffect } from 'react';

/**
 * Marks the app as ready once its first render has committed (hydrated or not). Until then index.html's
 * inline script stops forms from submitting natively: a prerendered sign-in form submitted before the app
 * has loaded would otherwise send its fields, password included, in the URL of a GET request.
 */
export function AppReady() {
  useEffect(() => {
    document.documentElement.setAttribute('data-app-ready', '');
  }, []);
  return null;
}
