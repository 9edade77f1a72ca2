// index.html's inline script starts a signed-in page's data request before the app loads
// (src/lib/early-requests.ts, vite/early-requests.ts). It must send exactly what the page's API file sends
// through supabase-js, only with a usable stored token, and the app must take the answer only for the same
// call with the same token, once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { EARLY_REGISTRY, earlyKey, reportPageRequest, takeEarlyRpc, type EarlyEntry } from './early-requests.ts';
import { withEarlyRequests } from '../../vite/early-requests.ts';

const API = 'https://abcdefgh.supabase.example';
const ANON_KEY = 'anon-key-for-test';
const INTERVIEW = '0b6f2c9e-4a1d-4c3e-9f57-2d8e1a6b7c90';
const STORAGE_KEY = 'sb-abcdefgh-auth-token';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => (out[name] = value));
  return out;
}

/** The head's inline script as the build writes it (Vite replaces %VITE_…% from the env). */
function inlineScript(): string {
  const html = withEarlyRequests(readFileSync(path.resolve(__dirname, '../../index.html'), 'utf8'))
    .replaceAll('%VITE_SUPABASE_URL%', API)
    .replaceAll('%VITE_SUPABASE_ANON_KEY%', ANON_KEY);
  return /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
}

/** Runs the inline script at `pathname` with `stored` in localStorage; returns what it sent and left behind. */
async function runInline(
  pathname: string,
  stored: unknown,
  answer: () => Promise<Response> = async () => Response.json({ ok: 1 }),
  html?: Document,
) {
  const sent: Sent[] = [];
  const items = new Map<string, string>(stored === undefined ? [] : [[STORAGE_KEY, JSON.stringify(stored)]]);
  const page: Record<string, unknown> = {};
  const context = vm.createContext({
    window: page,
    URL,
    localStorage: {
      getItem: (key: string) => items.get(key) ?? null,
      key: (index: number) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    },
    location: { pathname, search: '', hash: '' },
    navigator: { languages: ['en'] },
    document: html ?? {
      documentElement: { getAttribute: () => null, hasAttribute: () => false, setAttribute: () => {} },
      addEventListener: () => {},
    },
    requestAnimationFrame: () => {},
    // the page's timers (waiting for its first paint) do not matter here
    setTimeout: () => 0,
    fetch: (url: string, init?: RequestInit) => {
      sent.push({ url, method: init?.method ?? 'GET', headers: headersOf(init), body: String(init?.body) });
      return answer();
    },
  });
  page.fetch = context.fetch;
  vm.runInContext(inlineScript(), context);
  return { sent, registry: page[EARLY_REGISTRY] as Record<string, EarlyEntry> | undefined };
}

/** What supabase-js sends for the report page's call (get-report.ts) with this access token. */
async function appRequest(token: string): Promise<Sent> {
  let sent: Sent | undefined;
  const client = createClient(API, ANON_KEY, {
    accessToken: async () => token,
    global: {
      fetch: async (url, init) => {
        sent = { url: String(url), method: init?.method ?? 'GET', headers: headersOf(init), body: String(init?.body) };
        return Response.json(null);
      },
    },
  });
  await client.rpc('get_interview_report_page', { p_interview_id: INTERVIEW });
  return sent!;
}

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const reportPath = `/app/interviews/${INTERVIEW}/report`;

describe('early data requests from index.html', () => {
  it('sends the report page’s request exactly as the API file does through supabase-js', async () => {
    const { sent } = await runInline(reportPath, { access_token: 'token-a', expires_at: inAnHour() });
    const app = await appRequest('token-a');
    expect(sent).toHaveLength(1);
    const { 'x-client-info': _clientInfo, ...appHeaders } = app.headers;
    expect(sent[0]).toEqual({ ...app, headers: appHeaders });
  });

  it('leaves the answer for the same call with the same token, once', async () => {
    const { registry } = await runInline(reportPath, { access_token: 'token-a', expires_at: inAnHour() });
    const args = { [reportPageRequest.args[0]!]: INTERVIEW };
    expect(Object.keys(registry ?? {})).toEqual([earlyKey(reportPageRequest.rpc, args)]);
    (window as unknown as Record<string, unknown>)[EARLY_REGISTRY] = registry;
    try {
      expect(await takeEarlyRpc(reportPageRequest.rpc, { p_interview_id: 'another' }, async () => 'token-a')).toBeNull();
      expect(await takeEarlyRpc(reportPageRequest.rpc, args, async () => 'token-a')).toEqual({ data: { ok: 1 } });
      expect(await takeEarlyRpc(reportPageRequest.rpc, args, async () => 'token-a')).toBeNull();
    } finally {
      delete (window as unknown as Record<string, unknown>)[EARLY_REGISTRY];
    }
  });

  it('gives nothing to a session with another token', async () => {
    const { registry } = await runInline(reportPath, { access_token: 'token-a', expires_at: inAnHour() });
    (window as unknown as Record<string, unknown>)[EARLY_REGISTRY] = registry;
    try {
      const args = { p_interview_id: INTERVIEW };
      expect(await takeEarlyRpc(reportPageRequest.rpc, args, async () => 'token-b')).toBeNull();
      // consumed by the refusal: a later caller with the right token asks itself too
      expect(await takeEarlyRpc(reportPageRequest.rpc, args, async () => 'token-a')).toBeNull();
    } finally {
      delete (window as unknown as Record<string, unknown>)[EARLY_REGISTRY];
    }
  });

  it('leaves a failed answer as none, for the app to ask itself', async () => {
    const { registry } = await runInline(reportPath, { access_token: 'token-a', expires_at: inAnHour() }, async () =>
      Response.json({ message: 'JWT expired' }, { status: 401 }),
    );
    const entry = Object.values(registry ?? {})[0]!;
    expect(await entry.body).toBeNull();
    const { registry: offline } = await runInline(reportPath, { access_token: 'token-a', expires_at: inAnHour() }, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(await Object.values(offline ?? {})[0]!.body).toBeNull();
  });

  it('sends nothing without a usable stored token or on another page', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const [pathname, stored] of [
      [reportPath, undefined],
      [reportPath, { access_token: 'token-a', expires_at: now - 10 }],
      [reportPath, { access_token: 'token-a', expires_at: now + 60 }],
      [reportPath, { expires_at: inAnHour() }],
      ['/app/interviews/not-an-id/report', { access_token: 'token-a', expires_at: inAnHour() }],
      ['/app/history', { access_token: 'token-a', expires_at: inAnHour() }],
    ] as const) {
      const { sent, registry } = await runInline(pathname, stored);
      expect(sent, `${pathname} ${JSON.stringify(stored)}`).toEqual([]);
      expect(registry).toBeUndefined();
    }
  });

  describe('the report’s title from the early answer', () => {
    const session = { access_token: 'token-a', expires_at: inAnHour() };
    const answerWith = (value: unknown) => async () => Response.json(value);
    const finished = { session: { title: 'Backend <b>interview</b>', status: 'completed' } };

    /** index.html's markup before the app has rendered: the header in #root's app. */
    function htmlMarkup(): Document {
      const html = document.implementation.createHTMLDocument();
      html.body.innerHTML = '<div id="root"><div class="app"><header class="site-header"></header></div></div>';
      return html;
    }
    const parsed = (html: Document) => html.dispatchEvent(new Event('DOMContentLoaded'));
    const answered = async (registry: Record<string, EarlyEntry> | undefined) => {
      await Object.values(registry ?? {})[0]!.body;
    };

    it('paints it as text under the header once the answer and the markup are there, in either order', async () => {
      for (const answerFirst of [true, false]) {
        const html = htmlMarkup();
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        const { registry } = await runInline(reportPath, session, async () => (await held, Response.json(finished)), html);
        if (answerFirst) {
          release();
          await answered(registry);
          expect(html.querySelector('h1')).toBeNull();
          parsed(html);
        } else {
          parsed(html);
          release();
          await answered(registry);
        }
        const title = html.querySelector('#root > .app > .site-header + .early-heading h1');
        expect(title?.textContent).toBe('Backend <b>interview</b>');
        expect(title?.children).toHaveLength(0);
      }
    });

    it('paints nothing for an unfinished interview, an answer without one, or once the app has rendered', async () => {
      for (const answer of [
        answerWith({ session: { title: 'Backend interview', status: 'in_progress' } }),
        answerWith(null),
        answerWith({ session: { title: 42, status: 'completed' } }),
        async () => Response.json({ message: 'JWT expired' }, { status: 401 }),
      ]) {
        const html = htmlMarkup();
        parsed(html);
        const { registry } = await runInline(reportPath, session, answer, html);
        await answered(registry);
        expect(html.querySelector('h1')).toBeNull();
      }
      const html = htmlMarkup();
      parsed(html);
      const { registry } = await runInline(reportPath, session, answerWith(finished), html);
      // the app's first render replaces the HTML's markup
      html.getElementById('root')!.replaceChildren(html.createElement('div'));
      await answered(registry);
      expect(html.querySelector('h1')).toBeNull();
    });
  });
});
