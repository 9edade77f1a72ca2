// Writes src/lib/early-requests.ts's list into index.html's inline script, which starts those requests
// before the app's JavaScript has loaded. The app's API files ask with the same descriptions.
import type { Plugin } from 'vite';
import { earlyRequests, type EarlyRequest } from '../src/lib/early-requests.ts';

const PLACEHOLDER = '/* early-requests */ null';

export function withEarlyRequests(html: string, requests: EarlyRequest[] = earlyRequests): string {
  if (!html.includes(PLACEHOLDER)) throw new Error(`early requests: index.html has no ${PLACEHOLDER} in its inline script`);
  // JSON in a script element: no "</script>" can appear in it.
  return html.replace(PLACEHOLDER, () => JSON.stringify(requests).replace(/</g, '\\u003c'));
}

export function earlyRequestsPlugin(): Plugin {
  return {
    name: 'interviewai:early-requests',
    transformIndexHtml: { order: 'pre', handler: (html) => withEarlyRequests(html) },
  };
}
