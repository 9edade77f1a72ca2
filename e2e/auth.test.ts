import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stack } from '../tests/helpers/stack.ts';
import { launchBrowser, screenshot, startApp } from './helpers/app.ts';

describe('browser: sign up, sign out, sign in', () => {
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

  it('a new user signs up, lands on their profile, signs out and signs back in', async () => {
    const page = await browser.newPage();
    const email = `e2e-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'Interview42!';

    await page.goto(`${app.url}/sign-up`);
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await screenshot(page, 'sign-up');
    await page.getByRole('button', { name: 'Sign up' }).click();

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/app');
    // /app is the dashboard now (the profile lives in part B's settings page).
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Ada' }).waitFor();
    await screenshot(page, 'profile');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: /sign in/i }).first().waitFor();

    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('Wrong-password1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is incorrect.').waitFor();
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome back, Ada' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app');
  });
});
