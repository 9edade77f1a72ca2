import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { withStartupModules, type StartupModules } from '../../vite/startup-modules.ts';
import { Brand } from './Layout';

/** Drops the whitespace between tags that the HTML file has and React's output does not. */
function withoutBlankText(node: Node): Node {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) child.remove();
    else withoutBlankText(child);
  }
  return node;
}

describe('the header index.html paints before the app loads', () => {
  const html = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');

  it('is the app header with the same logo link that Layout renders', () => {
    const shellBrand = html.querySelector('#root .app > header.site-header > .container.site-header__inner > a.brand');
    expect(shellBrand).not.toBeNull();
    const router = createMemoryRouter([{ path: '/', element: <Brand /> }]);
    const { container } = render(<RouterProvider router={router} />);
    const appBrand = container.querySelector('a.brand')!.cloneNode(true) as Element;
    appBrand.removeAttribute('data-discover'); // the router's marker for its own links
    expect(withoutBlankText(shellBrand!.cloneNode(true)).isEqualNode(appBrand)).toBe(true);
  });
});

describe("index.html's check whether the prerendered markup is this visitor's page", () => {
  const source = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
  const inlineScript = [...source.querySelectorAll('head script:not([src])')].map((s) => s.textContent).join('\n');
  const root = document.documentElement;

  function check({
    page,
    frame = false,
    url,
    storage = {},
    languages = ['en-US', 'en'],
  }: {
    page?: string;
    /** A signed-in page's frame (`data-signed-in-frame`). */
    frame?: boolean;
    url: string;
    storage?: Record<string, string>;
    languages?: string[];
  }) {
    localStorage.clear();
    for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
    window.history.replaceState(null, '', url);
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
    root.removeAttribute('data-prerender');
    if (page) root.setAttribute('data-prerendered', page);
    else root.removeAttribute('data-prerendered');
    root.toggleAttribute('data-signed-in-frame', frame);
    try {
      new Function(inlineScript)();
      return root.getAttribute('data-prerender');
    } finally {
      spy.mockRestore();
      root.removeAttribute('data-signed-in-frame');
      root.removeAttribute('data-prerendered');
      root.removeAttribute('data-prerender');
      localStorage.clear();
      window.history.replaceState(null, '', '/');
    }
  }

  it('keeps the markup for a signed-out English visitor at its path without query or hash', () => {
    expect(check({ page: '/sign-in', url: '/sign-in' })).toBeNull();
    expect(check({ page: '/', url: '/', languages: ['fr-FR', 'en-GB', 'de'] })).toBeNull();
    expect(check({ page: '/', url: '/', storage: { 'interviewai.language': 'en' }, languages: ['de-DE'] })).toBeNull();
  });

  it('marks it stale on another path, with a query or hash, with a stored session, or in German', () => {
    expect(check({ page: '/', url: '/app' })).toBe('stale');
    expect(check({ page: '/sign-in', url: '/sign-in?next=%2Fapp' })).toBe('stale');
    expect(check({ page: '/sign-in', url: '/sign-in#access_token=x' })).toBe('stale');
    expect(check({ page: '/', url: '/', storage: { 'sb-127-auth-token': '{}' } })).toBe('stale');
    expect(check({ page: '/', url: '/', languages: ['de-AT', 'en'] })).toBe('stale');
    expect(check({ page: '/', url: '/', storage: { 'interviewai.language': 'de' } })).toBe('stale');
    // An unsupported remembered language falls back to the browser's, as src/lib/i18n does.
    expect(check({ page: '/', url: '/', storage: { 'interviewai.language': 'xx' }, languages: ['de'] })).toBe('stale');
  });

  describe("a signed-in page's frame", () => {
    /** A stored session as supabase-js keeps it, with the access token's `aal` and the user's factors. */
    const stored = (aal: string, factors: { status: string }[]) => {
      const payload = btoa(JSON.stringify({ sub: 'u', aal }))
        .replace(/=+$/, '')
        .replace(/\+/g, '-')
        .replace(/\//g, '_');
      return { 'sb-127-auth-token': JSON.stringify({ access_token: `h.${payload}.s`, user: { id: 'u', factors } }) };
    };

    it('keeps it for an English visitor with a stored session at its path without query or hash', () => {
      expect(check({ page: '/app', frame: true, url: '/app', storage: stored('aal1', []) })).toBeNull();
      expect(check({ page: '/app', frame: true, url: '/app', storage: { 'sb-127-auth-token': '{}' } })).toBeNull();
      expect(check({ page: '/app', frame: true, url: '/app', storage: stored('aal2', [{ status: 'verified' }]) })).toBeNull();
      expect(check({ page: '/app', frame: true, url: '/app', storage: stored('aal1', [{ status: 'unverified' }]) })).toBeNull();
    });

    it('marks it stale without a stored session, for a session that still needs its second factor, in German, or elsewhere', () => {
      expect(check({ page: '/app', frame: true, url: '/app' })).toBe('stale');
      expect(check({ page: '/app', frame: true, url: '/app', storage: stored('aal1', [{ status: 'verified' }]) })).toBe('stale');
      expect(check({ page: '/app', frame: true, url: '/app', storage: { 'sb-127-auth-token': 'not json' } })).toBe('stale');
      expect(check({ page: '/app', frame: true, url: '/app', storage: stored('aal1', []), languages: ['de-DE'] })).toBe('stale');
      expect(check({ page: '/app', frame: true, url: '/app?checkout=success', storage: stored('aal1', []) })).toBe('stale');
      expect(check({ page: '/app', frame: true, url: '/app/history', storage: stored('aal1', []) })).toBe('stale');
    });
  });

  it('does nothing on a page that was not prerendered (the dev server)', () => {
    expect(check({ url: '/app', storage: { 'sb-127-auth-token': '{}' } })).toBeNull();
  });
});

describe("index.html's start-up fetches (the build fills in the files per page)", () => {
  const source = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
  const modules: StartupModules = {
    files: [
      '/assets/app-shell.js',
      '/assets/supabase.js',
      '/assets/de.js',
      '/assets/report-page.js',
      '/assets/reports.css',
      '/assets/dashboard-page.js',
      '/assets/landing-page.js',
    ],
    app: [0],
    client: [1],
    languages: { de: [2] },
    pages: [
      ['^/app/interviews/[^/]+/report/?$', 1, [3, 4]],
      ['^/app/?$', 1, [5]],
      ['^/?$', 0, [6]],
    ],
  };
  const inlineScript = withStartupModules(
    [...source.querySelectorAll('head script:not([src])')].map((s) => s.textContent).join('\n'),
    modules,
  );
  const root = document.documentElement;

  /**
   * The links the inline script adds for `url` (prerendered page `/`, as the host's fallback serves it, or
   * the signed-in frame `frame`).
   */
  async function fetched(url: string, storage: Record<string, string> = {}, frame?: string, perTask: number[] = []) {
    localStorage.clear();
    for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
    window.history.replaceState(null, '', url);
    const spy = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    root.setAttribute('data-prerendered', frame ?? '/');
    root.toggleAttribute('data-signed-in-frame', frame !== undefined);
    const before = new Set(document.head.querySelectorAll('link'));
    vi.useFakeTimers();
    try {
      new Function(inlineScript)();
      // nothing before the first paint (the HTML and CSS have the connection to themselves)
      expect(document.head.querySelectorAll('link').length).toBe(before.size);
      vi.advanceTimersToNextFrame();
      // The script waits for the first contentful paint, which jsdom never reports: its fallback timer (and the
      // promise callbacks after each timer) run here too.
      while (vi.getTimerCount() > 0) {
        const count = document.head.querySelectorAll('link').length;
        await vi.advanceTimersToNextTimerAsync();
        const added = document.head.querySelectorAll('link').length - count;
        if (added > 0) perTask.push(added);
      }
      return [...document.head.querySelectorAll('link')]
        .filter((link) => !before.has(link))
        .map((link) => `${link.rel}${link.getAttribute('as') ? `:${link.getAttribute('as')}` : ''} ${link.getAttribute('href')}`);
    } finally {
      vi.useRealTimers();
      spy.mockRestore();
      document.head.querySelectorAll('link').forEach((link) => before.has(link) || link.remove());
      root.removeAttribute('data-signed-in-frame');
      root.removeAttribute('data-prerendered');
      root.removeAttribute('data-prerender');
      localStorage.clear();
      window.history.replaceState(null, '', '/');
    }
  }

  it('fetches the app shell, supabase-js and the page at once after the first paint for a signed-in page with a stored session', async () => {
    expect(await fetched('/app/interviews/abc/report', { 'sb-127-auth-token': '{}' })).toEqual([
      'modulepreload /assets/app-shell.js',
      'modulepreload /assets/supabase.js',
      'modulepreload /assets/report-page.js',
      'preload:style /assets/reports.css',
    ]);
    expect(await fetched('/app', { 'sb-127-auth-token': '{}', 'interviewai.language': 'de' })).toEqual([
      'modulepreload /assets/app-shell.js',
      'modulepreload /assets/supabase.js',
      'modulepreload /assets/de.js',
      'modulepreload /assets/dashboard-page.js',
    ]);
  });

  it('adds the links a few per task (each costs the main thread a few milliseconds on a phone)', async () => {
    const perTask: number[] = [];
    const links = await fetched(
      '/app/interviews/abc/report',
      { 'sb-127-auth-token': '{}', 'interviewai.language': 'de' },
      undefined,
      perTask,
    );
    expect(links).toHaveLength(5);
    expect(perTask).toEqual([2, 2, 1]);
  });

  it('fetches only the app shell for a signed-in page without a session (the router sends the visitor to sign in)', async () => {
    expect(await fetched('/app')).toEqual(['modulepreload /assets/app-shell.js']);
  });

  it('fetches nothing early on the prerendered page shown to the visitor it was rendered for', async () => {
    expect(await fetched('/')).toEqual([]);
    expect(await fetched('/', { 'sb-127-auth-token': '{}' })).toEqual([
      'modulepreload /assets/app-shell.js',
      'modulepreload /assets/supabase.js',
      'modulepreload /assets/landing-page.js',
    ]);
  });

  it("fetches what a signed-in frame's page needs after the first paint (the app renders it at once)", async () => {
    expect(await fetched('/app', { 'sb-127-auth-token': '{}' }, '/app')).toEqual([
      'modulepreload /assets/app-shell.js',
      'modulepreload /assets/supabase.js',
      'modulepreload /assets/dashboard-page.js',
    ]);
    // no session: the frame is hidden and the router sends the visitor to sign in
    expect(await fetched('/app', {}, '/app')).toEqual(['modulepreload /assets/app-shell.js']);
  });
});
