import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO_ROOT } from '../../stack/config.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { StackInfo } from '../../stack/config.ts';
import { makeAdmin, signedInUser, stack, STRONG_PASSWORD } from '../../tests/helpers/stack.ts';
import { CHROMIUM_PATH, chromiumFlags } from './chromium.ts';
import { traceFailedTests } from './failure-trace.ts';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e', 'screenshots');
export const CHROMIUM = CHROMIUM_PATH;

export interface App {
  url: string;
  close(): Promise<void>;
}

/** The SPA served by Vite against the test stack, on a free port. */
export async function startApp(stack: StackInfo): Promise<App> {
  process.env.VITE_SUPABASE_URL = stack.apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
  process.env.VITE_LOCAL_MAILBOX_URL = stack.mailboxUrl;
  const port = await freePort();
  const server: ViteDevServer = await createServer({
    root: REPO_ROOT,
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Chromium's stand-ins for a microphone and its permission prompt (a generated tone; the prompt is accepted). */
export const FAKE_MEDIA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

/** Chromium for the browser tests; a test that fails leaves a trace of its contexts (./failure-trace.ts). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return traceFailedTests(await chromium.launch({ executablePath: CHROMIUM, args: [...chromiumFlags(), ...extraArgs] }));
}

/** Saves a full-page screenshot to e2e/screenshots/<name>.png for a person to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Registers beforeAll/afterAll hooks that start the app against the test stack and a Chromium, and
 * close both at the end. Call inside a describe; read them inside tests through the getters.
 */
export function useBrowserApp(options: { browserArgs?: string[] } = {}): { app(): App; browser(): Browser } {
  let app: App | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(stack());
    browser = await launchBrowser(options.browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return { app: () => app!, browser: () => browser! };
}

export async function newPage(browser: Browser, options: { acceptDownloads?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Signs in through the sign-in page and waits until the app shell is there. */
export async function signIn(page: Page, appUrl: string, email: string, password = STRONG_PASSWORD, next = '/app') {
  await page.goto(`${appUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe(next.split('?')[0]);
}

/** A user created through the real auth API (no browser), optionally made admin with superuser SQL. */
export async function createUser(label: string, options: { admin?: boolean } = {}) {
  const user = await signedInUser(label);
  if (options.admin) await makeAdmin(user.user.id);
  return user;
}
