import { routes } from '@/lib/routes';
/** Absolute URL on this app's origin, for auth redirect links. */
export function appUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

/** Only allow same-origin relative paths as post-login destinations (prevents open redirects). */
export function safeNextPath(next: string | null | undefined, fallback: string = routes.app.dashboard): string {
  if (!next) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, 'http://placeholder.local');
    if (url.origin !== 'http://placeholder.local') return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
