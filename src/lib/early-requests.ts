// Data requests index.html's inline script starts before the app's JavaScript has loaded, so a page's data
// is on its way while supabase-js, the session restore and the page's modules load. The build writes
// `earlyRequests` into the inline script (vite/early-requests.ts); the page's API file asks through
// `takeEarlyRpc` first and falls back to its own request. Plain data and no imports: the Vite config
// loads this module too.

/** One page's request: an RPC whose arguments come from the path's capture groups, in order. */
export interface EarlyRequest {
  /** Regex source matched against location.pathname (case-insensitive), as the route table matches it. */
  path: string;
  rpc: string;
  /** Argument names for the path's capture groups. */
  args: string[];
  /**
   * The page's title, painted from the answer where the page puts it as soon as the answer is there, before
   * the app has loaded (on a phone that is seconds earlier); the app's first render replaces it with its own.
   * `text` is the path to the title in the answer, shown only when the value at `when` equals `is` (the
   * layout styles.css reproduces under the class `layout`: the page's own CSS is not applied yet).
   */
  heading?: { text: string[]; when: string[]; is: string; layout: string };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const reportPageRequest: EarlyRequest = {
  path: `^/app/interviews/(${UUID})/report/?$`,
  rpc: 'get_interview_report_page',
  args: ['p_interview_id'],
  // A finished interview's report: the detailed/summary switch and the eyebrow stand above its title.
  heading: { text: ['session', 'title'], when: ['session', 'status'], is: 'completed', layout: 'early-heading--report' },
};

export const earlyRequests: EarlyRequest[] = [reportPageRequest];

/** What the inline script leaves on `window[EARLY_REGISTRY]`, keyed by `earlyKey`. */
export interface EarlyEntry {
  /** The access token the request was sent with. */
  token: string;
  /** The parsed JSON body of a 2xx answer; null for any other status or a network error. */
  body: Promise<{ data: unknown } | null>;
}

export const EARLY_REGISTRY = '__interviewaiEarly';

export function earlyKey(rpc: string, args: Record<string, unknown>): string {
  return `${rpc} ${JSON.stringify(args)}`;
}

/**
 * The early answer to exactly this RPC call, sent with the session's current access token (asked for only
 * when there is an answer); null when there is none or it failed, and the caller asks itself. Each entry
 * is given out once.
 */
export async function takeEarlyRpc(
  rpc: string,
  args: Record<string, unknown>,
  currentToken: () => Promise<string | undefined>,
): Promise<{ data: unknown } | null> {
  if (typeof window === 'undefined') return null;
  const registry = (window as unknown as Record<string, Record<string, EarlyEntry> | undefined>)[EARLY_REGISTRY];
  if (!registry) return null;
  const key = earlyKey(rpc, args);
  const entry = registry[key];
  if (!entry) return null;
  delete registry[key];
  const token = await currentToken();
  if (!token || entry.token !== token) return null;
  return entry.body;
}
