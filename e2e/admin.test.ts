// Admin console in Chromium against the test stack: an admin blocks a user → that user's next
// request fails and sign-in is refused; a non-admin gets the ordinary not-found page at /app/admin.
// axe-core on every admin page; screenshots in e2e/screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { anonClient, STRONG_PASSWORD } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: admin console', () => {
  const { app, browser } = useBrowserApp();

  const acceptDialogs = (page: Page) => page.on('dialog', (dialog) => void dialog.accept());

  it('a non-admin sees not-found at /app/admin and no Admin link', async () => {
    const user = await createUser('not-admin');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/admin');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);
    expect(await page.getByText('Admin console').count()).toBe(0);
    await page.goto(`${app().url}/app/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await screenshot(page, 'admin-not-found');
  });

  it('an admin blocks a user: their next request fails and sign-in is refused; unblock restores access', async () => {
    const admin = await createUser('admin', { admin: true });
    const victim = await createUser('victim');
    // The victim is signed in elsewhere and can use the API.
    expect((await victim.client.rpc('get_plan_usage')).error).toBeNull();

    const page = await newPage(browser());
    acceptDialogs(page);
    await signIn(page, app().url, admin.email, undefined, '/app/admin');
    await page.getByRole('heading', { level: 1, name: 'Admin console' }).waitFor();
    await page.getByRole('link', { name: 'Admin', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Refresh analytics' }).click();
    await page.getByText(/Analytics refreshed/).waitFor();
    await page.getByRole('heading', { name: 'AI providers (30 days)' }).waitFor();
    // Feature adoption lists every feature, used or not.
    const adoption = page.getByRole('table', { name: /People who used each feature/ });
    for (const feature of [
      'Interviews',
      'Voice interviews',
      'Practice attempts',
      'Coach messages',
      'Report links created',
      'Shared report views',
    ]) {
      await adoption.getByRole('rowheader', { name: feature, exact: true }).waitFor();
    }
    await screenshot(page, 'admin-dashboard');
    await assertNoSeriousA11yViolations(page, '/app/admin');

    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('searchbox', { name: 'Search by email or name' }).fill(victim.email);
    const row = page.getByRole('row').filter({ hasText: victim.email });
    await row.waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await assertNoSeriousA11yViolations(page, '/app/admin/users');
    await row.getByRole('button', { name: /^Block / }).click();
    await row.getByText('Blocked', { exact: true }).waitFor();
    await screenshot(page, 'admin-users-blocked');

    // Next request with the still-unexpired access token: refused by the database.
    const next = await victim.client.rpc('get_plan_usage');
    expect(next.error?.message).toMatch(/blocked/i);
    // The refresh token is gone too.
    expect((await victim.client.auth.refreshSession()).error).not.toBeNull();
    // Sign-in is refused, in the API and in the browser.
    expect((await anonClient().auth.signInWithPassword({ email: victim.email, password: STRONG_PASSWORD })).error).not.toBeNull();
    const victimPage = await newPage(browser());
    await victimPage.goto(`${app().url}/sign-in`);
    await victimPage.getByLabel('Email').fill(victim.email);
    await victimPage.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await victimPage.getByRole('button', { name: 'Sign in' }).click();
    await victimPage
      .getByText(/blocked/i)
      .first()
      .waitFor();
    await screenshot(victimPage, 'admin-blocked-sign-in');

    await row.getByRole('button', { name: /^Unblock / }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    expect((await anonClient().auth.signInWithPassword({ email: victim.email, password: STRONG_PASSWORD })).error).toBeNull();
  });

  it('an admin creates a question with weighted criteria, deactivates it, and sees system health', async () => {
    const marker = `zq${Date.now().toString(36)}`;
    const admin = await createUser('admin-bank', { admin: true });
    const page = await newPage(browser());
    acceptDialogs(page);
    await signIn(page, app().url, admin.email, undefined, '/app/admin/questions/new');
    await page.getByRole('heading', { name: 'New question' }).waitFor();

    await page
      .getByRole('textbox', { name: 'Question' })
      .fill(`Explain the difference between optimistic and pessimistic locking (${marker}), with an example of each.`);
    await page.getByRole('textbox', { name: 'Tags' }).fill('databases, concurrency');
    await page.getByRole('textbox', { name: 'Key points' }).fill('version column\nSELECT … FOR UPDATE\nconflict handling');
    await page.getByRole('button', { name: 'Add variant' }).click();
    await page.getByRole('textbox', { name: 'Variant 1' }).fill('When would you choose optimistic locking over pessimistic locking?');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByRole('textbox', { name: 'Criterion 1' }).fill('Correctness');
    await page.getByRole('textbox', { name: 'Weight (%)' }).nth(0).fill('60');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByRole('textbox', { name: 'Criterion 2' }).fill('Examples');
    await page.getByRole('textbox', { name: 'Weight (%)' }).nth(1).fill('30');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('Criteria weights must add up to 100 (now 90).').waitFor();
    await assertNoSeriousA11yViolations(page, '/app/admin/questions/new');
    await page.getByRole('textbox', { name: 'Weight (%)' }).nth(1).fill('40');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('Question saved.').waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/app\/admin\/questions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Edit question' }).waitFor();
    await page.getByRole('textbox', { name: 'Criterion 2' }).waitFor();
    await screenshot(page, 'admin-question-editor');

    await page.getByRole('link', { name: '← All questions' }).click();
    await page.getByRole('searchbox', { name: 'Search questions' }).fill(marker);
    const row = page.getByRole('row').filter({ hasText: marker });
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await row.getByRole('button', { name: /^Deactivate/ }).click();
    await row.getByText('Inactive', { exact: true }).waitFor();
    await screenshot(page, 'admin-questions');
    await assertNoSeriousA11yViolations(page, '/app/admin/questions');

    await page.getByRole('link', { name: 'System health' }).click();
    await page.getByRole('heading', { name: 'Rows per table (estimated)' }).waitFor();
    await page.getByText('Database size').waitFor();
    await screenshot(page, 'admin-health');
    await assertNoSeriousA11yViolations(page, '/app/admin/health');
  });
});
