import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { anonClient, signedInUser, stack, STRONG_PASSWORD } from '../tests/helpers/stack.ts';
import { screenshot, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: sign up, sign out, sign in', () => {
  const { app, browser } = useBrowserApp();

  it('a new user signs up, lands on their profile, signs out and signs back in', async () => {
    const page = await browser().newPage();
    const email = `e2e-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'Interview42!';

    await page.goto(`${app().url}/sign-up`);
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await screenshot(page, 'sign-up');
    await page.getByRole('button', { name: 'Sign up' }).click();

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/app');
    // /app is the dashboard (the profile lives in the settings page).
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    await screenshot(page, 'profile');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page
      .getByRole('link', { name: /sign in/i })
      .first()
      .waitFor();
    // Home, not "sign in to see your profile" (the protected page must not redirect a deliberate sign-out).
    await page.getByRole('heading', { level: 1, name: /interview/i }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(`${app().url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('Wrong-password1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is incorrect.').waitFor();
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app');
  });

  it('resets a forgotten password through the emailed link', async () => {
    const { email } = await signedInUser('reset');
    const page = await browser().newPage();
    await page.goto(`${app().url}/forgot-password`);
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: /check your inbox/i }).waitFor();

    const inbox = async () =>
      (await (await fetch(`${stack().mailboxUrl}/api/messages?to=${encodeURIComponent(email)}`)).json()) as {
        subject: string;
        html: string;
      }[];
    await expect.poll(async () => (await inbox()).length).toBe(1);
    const [mail] = await inbox();
    expect(mail!.subject).toBe('Reset Your Password');
    const link = /href="([^"]+\/verify\?[^"]+)"/.exec(mail!.html)?.[1]?.replaceAll('&amp;', '&');
    expect(link).toBeTruthy();

    await page.goto(link!);
    await page.getByLabel('New password').fill('Brand-new-pass9');
    await page.getByRole('button', { name: 'Update password' }).click();
    await page
      .getByText(/password (has been |was )?updated/i)
      .first()
      .waitFor();
    await screenshot(page, 'reset-password-done');

    const client = anonClient();
    expect((await client.auth.signInWithPassword({ email, password: STRONG_PASSWORD })).error?.code).toBe('invalid_credentials');
    expect((await client.auth.signInWithPassword({ email, password: 'Brand-new-pass9' })).error).toBeNull();
  });

  it('has no serious accessibility issues on the public pages', async () => {
    const page = await (await browser().newContext()).newPage();
    for (const path of ['/', '/sign-in', '/sign-up', '/forgot-password', '/reset-password', '/pricing', '/no-such-page']) {
      await page.goto(`${app().url}${path}`);
      await page.getByRole('heading').first().waitFor();
      await assertNoSeriousA11yViolations(page, path);
    }
    await screenshot(page, 'landing');
  });
});
