// The report page's data is asked for by index.html's inline script before the app loads
// (src/lib/early-requests.ts): in Chromium the page then sends that request once, not again from the app,
// and with an expired stored token the script sends nothing and the app asks itself after refreshing. The
// script paints the report's title from that answer where the app's first render puts it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertFinishedInterview } from '../tests/db/helpers.ts';
import { createUser, newPage, signIn, useBrowserApp } from './helpers/app.ts';

const REPORT_RPC = '/rest/v1/rpc/get_interview_report_page';

/** Counts the report page's data requests (CORS preflights aside) from now on. */
function countReportRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === REPORT_RPC) count++;
  });
  return () => count;
}

/** Where the page's one h1's text is (its words, not the element's box, whose width depends on the layout around it). */
function textBox(page: Page) {
  return page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1')!);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
}

describe('browser: the report page’s early data request', () => {
  const { app, browser } = useBrowserApp();

  /** A user with a finished interview, signed in: their report's path and the browser storage of the session. */
  async function signedInWithReport(name: string) {
    const owner = await createUser(name);
    const interview = await insertFinishedInterview(owner);
    const reportPath = `/app/interviews/${interview.id}/report`;
    const signInPage = await newPage(browser());
    await signIn(signInPage, app().url, owner.email, undefined, reportPath);
    const storage = await signInPage.context().storageState();
    await signInPage.context().close();
    return { reportPath, storage };
  }

  it('asks for the report once with a stored session, and asks itself when the stored token has expired', async () => {
    const owner = await createUser('early-report');
    const interview = await insertFinishedInterview(owner);
    const page = await newPage(browser());
    const reportPath = `/app/interviews/${interview.id}/report`;
    await signIn(page, app().url, owner.email, undefined, reportPath);
    await page.getByRole('heading', { level: 1, name: 'Fixture interview' }).waitFor();

    // A fresh start of the page with the stored session: the inline script's request is the only one.
    const requests = countReportRequests(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Fixture interview' }).waitFor();
    await page.getByText('Solid basics.').waitFor();
    // The inline script left its answer on window and the app took it (an empty registry, not none).
    const early = await page.evaluate(() => (window as unknown as Record<string, object | undefined>).__interviewaiEarly);
    expect(early).toEqual({});
    expect(requests()).toBe(1);

    // The stored token expired: nothing from the inline script; the app refreshes the session and asks once.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        if (!/^sb-.+-auth-token$/.test(key)) continue;
        const stored = JSON.parse(localStorage.getItem(key)!);
        stored.expires_at = Math.floor(Date.now() / 1000) - 10;
        localStorage.setItem(key, JSON.stringify(stored));
      }
    });
    const afterExpiry = countReportRequests(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Fixture interview' }).waitFor();
    await page.getByText('Solid basics.').waitFor();
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__interviewaiEarly)).toBeUndefined();
    expect(afterExpiry()).toBe(1);
    await page.context().close();
  });

  it('paints the title from the early answer before the app has loaded, where the app then renders it', async () => {
    const { reportPath, storage } = await signedInWithReport('early-title');

    for (const viewport of [
      { width: 412, height: 823 },
      { width: 1350, height: 940 },
    ]) {
      const context = await browser().newContext({ viewport, storageState: storage });
      const page = await context.newPage();
      const title = page.getByRole('heading', { level: 1, name: 'Fixture interview' });

      // Without the app (the entry and its CSS load, the app's start-up module never does), the HTML's
      // script alone shows the title.
      await page.route('**/src/app/boot.tsx', (route) => route.abort());
      await page.goto(`${app().url}${reportPath}`);
      await title.waitFor();
      const early = await textBox(page);
      expect(await page.locator('h1').count()).toBe(1);

      // With the app: its title is exactly where the HTML's was, and the HTML's is gone.
      await page.unroute('**/src/app/boot.tsx');
      await page.reload();
      await page.getByText('Solid basics.').waitFor();
      const rendered = await textBox(page);
      expect(await page.locator('h1').count()).toBe(1);
      // the same place and size, to the half pixel (the app's lines of text above it have fractional heights)
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(rendered[side], `${side} at ${viewport.width} px`).toBeCloseTo(early[side], 0);
      await context.close();
    }
  });

  it('asks for the app’s files only once the title from the early answer is in the page', async () => {
    const { reportPath, storage } = await signedInWithReport('early-order');

    const context = await browser().newContext({ storageState: storage });
    const page = await context.newPage();
    const events: string[] = [];
    // A slow answer: without the wait, the app's start-up module is asked for long before it arrives.
    await page.route(`**${REPORT_RPC}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    page.on('requestfinished', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === REPORT_RPC) events.push('answer');
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/src/app/boot.tsx') events.push('app');
    });
    await page.goto(`${app().url}${reportPath}`);
    await page.getByText('Solid basics.').waitFor();
    expect(events).toEqual(['answer', 'app']);
    await context.close();
  });
});
