// Settings in Chromium against the test stack: profile + theme (applied app-wide via data-theme),
// export my data (a JSON download of every table the user can read), delete my account.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anonClient, sql, STRONG_PASSWORD } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: settings', () => {
  const { app, browser } = useBrowserApp();

  it('saves the profile, applies the dark theme app-wide and exports all data as JSON', async () => {
    const user = await createUser('settings');
    const page = await newPage(browser(), { acceptDownloads: true });
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    await assertNoSeriousA11yViolations(page, '/app/settings');

    // Validation is readable and nothing is saved.
    await page.getByRole('textbox', { name: 'Website' }).fill('not a url');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Website must be a full URL starting with http:// or https://.').waitFor();

    await page.getByRole('textbox', { name: 'Website' }).fill('https://ada.dev');
    await page.getByRole('textbox', { name: 'Skills' }).fill('React, SQL, system design');
    await page.getByRole('combobox', { name: 'Experience' }).selectOption('senior');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');

    const [row] = await sql<{ website: string; skills: string[]; experience_level: string; theme: string }>(
      `select website, skills, experience_level, preferences->>'theme' as theme from public.user_profiles where id = $1`,
      [user.user.id],
    );
    expect(row).toEqual({
      website: 'https://ada.dev',
      skills: ['React', 'SQL', 'system design'],
      experience_level: 'senior',
      theme: 'dark',
    });

    // App-wide, and it survives a reload (another page of the app).
    await page.goto(`${app().url}/app/practice`);
    await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');

    await page.goto(`${app().url}/app/settings`);
    await page.getByRole('button', { name: 'Download my data (JSON)' }).waitFor();
    await screenshot(page, 'settings-dark');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^interviewai-export-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file!, 'utf8')) as {
      format: string;
      account: { id: string };
      tables: Record<string, Array<Record<string, unknown>>>;
    };
    expect(data.format).toBe('interviewai-export');
    expect(data.account.id).toBe(user.user.id);
    expect(data.tables.user_profiles).toHaveLength(1);
    expect(data.tables.user_profiles![0]!.website).toBe('https://ada.dev');
    for (const table of [
      'interview_sessions',
      'interview_responses',
      'chat_sessions',
      'chat_messages',
      'practice_attempts',
      'payment_history',
      'referrals',
      'report_shares',
      'archive.interview_sessions',
      'archive.interview_messages',
      'archive.chat_messages',
    ]) {
      expect(Array.isArray(data.tables[table]), table).toBe(true);
    }
    // 20 live tables and the 9 archive tables (old interviews and chats stay part of the export)
    await page.getByText(/Export ready: \d+ records in 29 tables/).waitFor();
  });

  it('deletes the account only after typing DELETE, then signs out on the home page; the account is gone', async () => {
    const user = await createUser('delete-me');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    const button = page.getByRole('button', { name: 'Delete my account permanently' });
    await button.waitFor();
    expect(await button.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('delete');
    expect(await button.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await screenshot(page, 'settings-delete');
    // A slow phone: the router renders the home page in a transition, and a sign-out that lands before that
    // render re-renders this protected page, whose guard then sends the person to /sign-in instead.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });
    await button.click();
    await page.getByRole('status').filter({ hasText: 'Your account and its data have been deleted.' }).waitFor({ timeout: 45_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    const rows = await sql('select 1 from public.user_profiles where id = $1', [user.user.id]);
    expect(rows).toHaveLength(0);
    const { error } = await anonClient().auth.signInWithPassword({ email: user.email, password: STRONG_PASSWORD });
    expect(error).not.toBeNull();
  }, 120_000);
});
