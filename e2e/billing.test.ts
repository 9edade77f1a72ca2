// Billing in Chromium against the test stack and its local Stripe simulator: a free user upgrades
// through the local Checkout page (signed webhooks) and sees Pro on the billing page.
import { describe, expect, it } from 'vitest';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: billing', () => {
  const { app, browser } = useBrowserApp();

  it('a free user upgrades through the local checkout page and sees Pro on the billing page', async () => {
    const user = await createUser('upgrade');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/billing');
    await page.getByRole('heading', { name: 'Upgrade to Pro' }).waitFor();

    await page.getByRole('button', { name: 'Upgrade — monthly' }).click();
    // Stripe Checkout (the local simulator's page in this stack).
    await page.getByRole('button', { name: 'Pay' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'billing-checkout');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForLoadState('load');

    // Checkout returns to the page that started it (the stack allow-lists loopback origins on any port).
    await expect.poll(() => page.url(), { timeout: 30_000 }).toBe(`${app().url}/app/billing?checkout=success`);
    await page.getByRole('heading', { name: 'Pro (monthly)', level: 2 }).waitFor({ timeout: 30_000 });
    await page.getByText(/Renews on/).waitFor();
    await page.getByRole('button', { name: 'Manage billing' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Upgrade to Pro' }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Payment history' }).waitFor();
    await screenshot(page, 'billing-pro');
    await assertNoSeriousA11yViolations(page, '/app/billing (pro)');
  });
});
