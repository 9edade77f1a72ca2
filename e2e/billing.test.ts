// Billing in Chromium against the test stack and its local Stripe simulator: a free user upgrades
// through the local Checkout page (signed webhooks) and sees Pro on the billing page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stack } from '../tests/helpers/stack.ts';
import { launchBrowser, screenshot, startApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';
import { createUser, newPage, signIn } from './helpers/part-b.ts';

describe('browser: billing', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp(stack());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a free user upgrades through the local checkout page and sees Pro on the billing page', async () => {
    const user = await createUser('upgrade');
    const page = await newPage(browser);
    await signIn(page, app.url, user.email, undefined, '/app/billing');
    await page.getByRole('heading', { name: 'Upgrade to Pro' }).waitFor();

    await page.getByRole('button', { name: 'Upgrade — monthly' }).click();
    // Stripe Checkout (the local simulator's page in this stack).
    await page.getByRole('button', { name: 'Pay' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'billing-checkout');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForLoadState('load');

    // The return URL is the app when its origin is allow-listed (SITE_URL / ALLOWED_RETURN_ORIGINS);
    // the test app runs on a random port, so come back explicitly if Stripe sent us elsewhere.
    if (!page.url().startsWith(app.url)) await page.goto(`${app.url}/app/billing?checkout=success`);
    await page.getByRole('heading', { name: 'Pro (monthly)', level: 2 }).waitFor({ timeout: 30_000 });
    await page.getByText(/Renews on/).waitFor();
    await page.getByRole('button', { name: 'Manage billing' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Upgrade to Pro' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Payment history' }).waitFor();
    await screenshot(page, 'billing-pro');
    await assertNoSeriousA11yViolations(page, '/app/billing (pro)');
  });
});
