// The build's prerendered public pages (vite/prerender.ts): their HTML holds the page, the browser
// hydrates it without a mismatch and the app takes over; for anyone the markup is not meant for (another
// path, a stored session, German) it stays hidden under the logo until the app has rendered instead.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumFlags } from '../../e2e/helpers/chromium.ts';
import { REPO_ROOT } from '../../stack/config.ts';
import { signedInUser, stack, STRONG_PASSWORD } from '../helpers/stack.ts';

let outDir: string;
let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const { apiUrl, anonKey } = stack();
  process.env.VITE_SUPABASE_URL = apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = anonKey;
  outDir = mkdtempSync(path.join(tmpdir(), 'interviewai-prerender-'));
  const configFile = path.join(REPO_ROOT, 'vite.config.ts');
  await build({ root: REPO_ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  server = await preview({ root: REPO_ROOT, configFile, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumFlags() });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A page whose console errors and uncaught exceptions are collected. */
async function open(context: BrowserContext, pathname: string) {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}${pathname}`);
  return { page, errors };
}

/** Resolves once React has taken over `selector`'s element (hydrated or rendered it). */
async function appOwns(page: Page, selector: string) {
  await page.waitForFunction((s) => {
    const element = document.querySelector(s);
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps'));
  }, selector);
}

describe('prerendered public pages', () => {
  it('writes each page into its own HTML file with the CSS and JS it needs linked', () => {
    const signIn = readFileSync(path.join(outDir, 'sign-in.html'), 'utf8');
    expect(signIn).toContain('<html lang="en" data-prerendered="/sign-in">');
    expect(signIn).toMatch(/<h1[^>]*>Welcome back<\/h1>/);
    expect(signIn).toMatch(/<input[^>]*type="email"/);
    // the auth card's styles come with the form components' shared chunk
    expect(signIn).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/shared-ui-[\w-]+\.css">/);
    expect(signIn).not.toMatch(/<link rel="modulepreload"[^>]*react-vendor/);
    const landing = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(landing).toContain('data-prerendered="/"');
    expect(landing).toContain('Walk into your next interview');
    expect(readFileSync(path.join(outDir, 'sign-up.html'), 'utf8')).toMatch(/<h1[^>]*>Create your account<\/h1>/);
  });

  it('hydrates /sign-in without a mismatch, and the app then handles the form', async () => {
    const context = await browser.newContext();
    try {
      const { page, errors } = await open(context, '/sign-in');
      await appOwns(page, 'form');
      await page.getByLabel('Email').fill('not-an-email');
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Shown by the app's validation: without JS the form would have been submitted as a GET instead.
      await expect.poll(() => page.locator('.field__error').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('never submits the sign-in form natively before the app has loaded (the password would go into the URL)', async () => {
    const user = await signedInUser('prerender-early');
    const context = await browser.newContext();
    // The app's modules wait until the form has been filled in and submitted on the bare HTML.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/.+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const documentUrls: string[] = [];
    try {
      const page = await context.newPage();
      page.on('request', (request) => {
        if (request.resourceType() === 'document') documentUrls.push(request.url());
      });
      // the module scripts are held, so neither DOMContentLoaded nor load comes before the submit
      await page.goto(`${origin}/sign-in`, { waitUntil: 'commit' });
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      release();
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-app-ready'), undefined, { timeout: 30_000 });
      expect(documentUrls).toEqual([`${origin}/sign-in`]);
      // once the app runs, the form signs in
      await appOwns(page, 'form');
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${origin}/app`, { timeout: 30_000 });
      expect(documentUrls).toEqual([`${origin}/sign-in`]);
    } finally {
      release();
      await context.close();
    }
  });

  it('hydrates the landing page with a stored theme (the toggle then shows it)', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('interviewai.theme', 'dark'));
    try {
      const { page, errors } = await open(context, '/');
      await appOwns(page, '.theme-toggle');
      await expect.poll(() => page.getByRole('button', { name: /Colour theme: Dark/ }).count(), { timeout: 20_000 }).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fetches what a page that starts at once needs in parallel from the HTML, and nothing early on a prerendered page', async () => {
    // The app's modules are refused: only what index.html's inline script asked for is looked at.
    const preloaded = async (pathname: string, session: boolean) => {
      const context = await browser.newContext();
      await context.route(/\/assets\/.+\.js$/, (route) => route.abort());
      if (session) await context.addInitScript(() => localStorage.setItem('sb-127-auth-token', '{}'));
      try {
        const { page } = await open(context, pathname);
        await page.waitForLoadState('domcontentloaded');
        // the inline script asks once the first frame has painted
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        return await page.evaluate(() =>
          [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((link) =>
            link.getAttribute('href')!.replace(/^\/assets\/|-[\w-]{8}\.(js|css)$/g, ''),
          ),
        );
      } finally {
        await context.close();
      }
    };
    const report = await preloaded('/app/interviews/0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90/report', true);
    expect(report).toEqual(expect.arrayContaining(['app-shell', 'react-vendor', 'supabase-vendor', 'report-page', 'reports-common']));
    expect(report).not.toContain('dashboard-page');
    expect(await preloaded('/app', true)).toEqual(expect.arrayContaining(['app-shell', 'supabase-vendor', 'dashboard-page']));
    // signed out, /app redirects to sign-in: the app shell, not the dashboard or supabase-js
    const signedOut = await preloaded('/app', false);
    expect(signedOut).toContain('app-shell');
    expect(signedOut).not.toContain('dashboard-page');
    expect(signedOut).not.toContain('supabase-vendor');
    // the prerendered landing page for the visitor it was rendered for starts its JS after the first paint
    expect(await preloaded('/', false)).not.toContain('react-vendor');
    expect(await preloaded('/', true)).toEqual(expect.arrayContaining(['app-shell', 'landing-page']));
  });

  describe('markup meant for someone else stays hidden until the app has rendered in its place', () => {
    const hidden = (context: BrowserContext, pathname: string) =>
      open(context, pathname).then(async ({ page }) => {
        await page.waitForLoadState('domcontentloaded');
        return page.evaluate(() => ({
          stale: document.documentElement.dataset.prerender ?? null,
          main: getComputedStyle(document.querySelector('#main')!).display,
          logo: getComputedStyle(document.querySelector('.brand')!).visibility,
        }));
      });

    it('shows the page to the visitor it was rendered for, and hides it on another path, with a session or in German', async () => {
      // The inline script needs JavaScript; the app's own modules are refused, so it never starts and what
      // shows is the HTML and CSS alone.
      const withoutApp = async (options: Parameters<Browser['newContext']>[0] = {}) => {
        const context = await browser.newContext(options);
        await context.route(/\/assets\/.+\.js$/, (route) => route.abort());
        return context;
      };
      const fresh = await withoutApp();
      expect(await hidden(fresh, '/sign-in')).toEqual({ stale: null, main: 'block', logo: 'visible' });
      await fresh.close();

      const cases: { pathname: string; storage?: Record<string, string>; locale?: string }[] = [
        { pathname: '/pricing' },
        { pathname: '/sign-in?next=%2Fapp' },
        { pathname: '/', storage: { 'sb-127-auth-token': '{}' } },
        { pathname: '/sign-in', storage: { 'interviewai.language': 'de' } },
        { pathname: '/sign-in', locale: 'de-DE' },
      ];
      for (const { pathname, storage, locale } of cases) {
        const context = await withoutApp(locale ? { locale } : {});
        if (storage) await context.addInitScript((items) => Object.entries(items).forEach(([k, v]) => localStorage.setItem(k, v)), storage);
        expect({ pathname, storage, locale, ...(await hidden(context, pathname)) }).toEqual({
          pathname,
          storage,
          locale,
          stale: 'stale',
          main: 'none',
          logo: 'visible',
        });
        await context.close();
      }
    });

    it('renders the German sign-in page in place of the English markup', async () => {
      const context = await browser.newContext();
      await context.addInitScript(() => localStorage.setItem('interviewai.language', 'de'));
      try {
        const { page, errors } = await open(context, '/sign-in');
        await expect.poll(() => page.locator('h1').textContent(), { timeout: 20_000 }).toBe('Willkommen zurück');
        expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBeUndefined();
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('#main')!).display)).toBe('block');
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
