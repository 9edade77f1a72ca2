// "Continue with Google" in Chromium against the test stack, whose auth sends Google sign-ins to the local
// OpenID Connect simulator ("Sign in as …"): a new person lands signed in on the page they asked for, an
// existing e-mail account gets Google linked to it, and a cancelled sign-in comes back with the reason.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql, uniqueEmail } from '../tests/helpers/stack.ts';
import { createUser, newPage, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

/** On the simulator's page: signs in as the person typed into its form (e-mail verified by "Google"). */
async function signInAtGoogle(page: Page, email: string, name: string) {
  await page.getByRole('heading', { name: 'Sign in with Google (local simulator)' }).waitFor();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByRole('button', { name: 'Sign in as this person' }).click();
}

const googleIdentityOwners = (email: string) =>
  sql<{ user_id: string }>(`select user_id from auth.identities where provider = 'google' and identity_data->>'email' = $1`, [email]);

describe('browser: Continue with Google', () => {
  const { app, browser } = useBrowserApp();

  it('signs a new person in through Google and lands on the page they asked for', async () => {
    const email = uniqueEmail('google-new');
    const page = await newPage(browser());
    await page.goto(`${app().url}/sign-in?next=${encodeURIComponent('/app/settings')}`);
    const button = page.getByRole('button', { name: 'Continue with Google' });
    await button.focus();
    await assertNoSeriousA11yViolations(page, '/sign-in (with Google)');
    await page.keyboard.press('Enter');

    await signInAtGoogle(page, email, 'Grace Google');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/app/settings');
    // The tokens arrived in the fragment; supabase-js took them and cleared it.
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await googleIdentityOwners(email)).toHaveLength(1);
    await page.context().close();
  });

  it('links Google to an existing account with the same e-mail', async () => {
    const user = await createUser('google-link');
    const page = await newPage(browser());
    await page.goto(`${app().url}/sign-up`);
    await page.getByRole('button', { name: 'Continue with Google' }).click();

    await signInAtGoogle(page, user.email, 'Linked Person');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/app');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await googleIdentityOwners(user.email)).toEqual([{ user_id: user.user.id }]);
    await page.context().close();
  });

  it('explains a cancelled Google sign-in and stays signed out', async () => {
    const page = await newPage(browser());
    await page.goto(`${app().url}/sign-in`);
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.getByRole('heading', { name: 'Sign in with Google (local simulator)' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByText("Google sign-in didn't work").waitFor();
    await page.getByText('the sign-in was cancelled or refused', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    await assertNoSeriousA11yViolations(page, '/sign-in (Google error)');
    await page.context().close();
  });
});
