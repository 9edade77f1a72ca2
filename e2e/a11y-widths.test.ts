// axe on the main pages at a phone width and a desktop width, in the light and the dark theme: no
// serious or critical issue anywhere (names of links that lose their text on phones, contrast in dark).
import { describe, it } from 'vitest';
import { insertFinishedInterview } from '../tests/db/helpers.ts';
import { createUser, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

describe('browser: accessibility at phone and desktop widths, light and dark', () => {
  const { app, browser } = useBrowserApp();

  it('has no serious accessibility issues on the landing, sign-in, dashboard, new-interview and report pages', async () => {
    const user = await createUser('a11y-widths');
    const interview = await insertFinishedInterview(user);
    const signedOut = ['/', '/sign-in'];
    const signedIn = ['/app', '/app/interviews/new', `/app/interviews/${interview.id}/report`];

    for (const [width, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser().newContext({ viewport, colorScheme, isMobile: width === 'phone', hasTouch: width === 'phone' });
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        for (const path of signedOut) {
          await page.goto(`${app().url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await assertNoSeriousA11yViolations(page, `${path} (${width}, ${colorScheme})`);
        }
        await signIn(page, app().url, user.email);
        for (const path of signedIn) {
          await page.goto(`${app().url}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          // Data-driven sections settle after the heading; wait for the loading indicators to go.
          await page
            .locator('.state[role="status"]')
            .first()
            .waitFor({ state: 'detached', timeout: 20_000 })
            .catch(() => {});
          await assertNoSeriousA11yViolations(page, `${path} (${width}, ${colorScheme})`);
        }
        if (width === 'phone') await screenshot(page, `report-phone-${colorScheme}`);
        await context.close();
      }
    }
  }, 240_000);
});
