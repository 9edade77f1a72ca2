// The dashboard's cards keep their place while its numbers load: the progress tiles, the plan usage and the
// score trend reserve their final size, so nothing jumps when the answers arrive (Lighthouse's layout shift
// on /app: "Plan usage" moved on phones, "Score trend" on desktops).
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertFinishedInterview } from '../tests/db/helpers.ts';
import { createUser, signIn, useBrowserApp } from './helpers/app.ts';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
const CARDS = ['dash-stats', 'dash-plan', 'dash-trend'] as const;
const DASHBOARD_DATA = /\/rest\/v1\/rpc\/get_dashboard/;

async function boxes(page: Page) {
  return Object.fromEntries(
    await Promise.all(
      CARDS.map(async (id) => {
        const box = await page.locator(`section[aria-labelledby="${id}"]`).boundingBox();
        if (!box) throw new Error(`${id} is not on the page`);
        return [id, { top: Math.round(box.y), height: Math.round(box.height) }] as const;
      }),
    ),
  );
}

describe('browser: the dashboard keeps its layout while its data arrives', () => {
  const { app, browser } = useBrowserApp();

  it('does not move or resize the progress, plan usage and score trend cards', async () => {
    const user = await createUser('dashboard-layout');
    await insertFinishedInterview(user);

    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser().newContext({ viewport, isMobile: width === 'phone', hasTouch: width === 'phone' });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      await signIn(page, app().url, user.email);
      await page.goto('about:blank');

      // Hold the dashboard's data (stats and plan usage come in its one request) until the loading layout
      // has been measured.
      const held: Route[] = [];
      await page.route(DASHBOARD_DATA, (route) => void held.push(route));
      await page.goto(`${app().url}/app`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => held.length, { timeout: 20_000 }).toBe(1);
      await page.locator('section[aria-labelledby="dash-trend"] .state[role="status"]').waitFor();
      const loading = await boxes(page);

      await Promise.all(held.map((route) => route.continue()));
      await page.unroute(DASHBOARD_DATA);
      await page.getByTestId('plan-usage').waitFor();
      await page.locator('section[aria-labelledby="dash-trend"] figure.chart').waitFor();
      const loaded = await boxes(page);

      expect(loaded, `${width}: card positions and sizes once loaded`).toEqual(loading);
      await context.close();
    }
  }, 120_000);
});
