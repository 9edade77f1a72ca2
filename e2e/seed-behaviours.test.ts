// Seed behaviours in Chromium against the test stack: achievements are shown (dashboard and profile), a finished
// interview has a summary and a detailed report with its transcript, and archived interviews stay in the history.
import { describe, expect, it } from 'vitest';
import { insertFinishedInterview, sql } from '../tests/db/helpers.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: achievements, report types and transcript, archived interviews', () => {
  const { app, browser } = useBrowserApp();

  it('the dashboard shows the latest achievement and the profile page lists all of them, earned or how to earn', async () => {
    const user = await createUser('achiever');
    await insertFinishedInterview(user); // completing the first interview earns "First steps"
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app');

    const recent = page.getByRole('region', { name: 'Latest achievements' });
    await recent.getByRole('heading', { level: 3, name: 'First steps' }).waitFor();
    expect(await recent.getByText(/^Earned /).count()).toBe(1);
    await screenshot(page, 'dashboard-achievements');

    await recent.getByRole('link', { name: 'See all achievements' }).click();
    const all = page.getByRole('region', { name: 'Achievements' });
    await all.getByText('How to earn: Complete 5 mock interviews.').waitFor();
    // Other test files on the same stack add fixture achievements meanwhile: the page lists at least the
    // nine the migrations define, and whatever it lists, exactly one is earned.
    const listed = await all.getByRole('heading', { level: 3 }).count();
    expect(listed).toBeGreaterThanOrEqual(9);
    await all.getByText(`1 of ${listed} earned`).waitFor();
    expect(await all.getByText('Not earned yet').count()).toBe(listed - 1);
    await assertNoSeriousA11yViolations(page, 'the profile page with achievements');
    await screenshot(page, 'profile-achievements');
  });

  it('a finished report switches between the detailed report (with the transcript) and the summary', async () => {
    const user = await createUser('reports');
    const interview = await insertFinishedInterview(user);
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, `/app/interviews/${interview.id}/report`);

    const switcher = page.getByRole('group', { name: 'Report type' });
    await switcher.waitFor();
    expect(await switcher.getByRole('button', { name: 'Detailed' }).getAttribute('aria-pressed')).toBe('true');
    const transcript = page.getByRole('region', { name: 'Transcript' });
    await transcript.getByText('Explain how an index speeds up a query.').waitFor();
    await transcript.getByText(/I would add a B-tree index on user_id/).waitFor();
    expect(await transcript.getByRole('listitem').count()).toBe(2);
    await assertNoSeriousA11yViolations(page, 'the detailed report with its transcript');

    await switcher.getByRole('button', { name: 'Summary' }).click();
    await page.getByText('Interview report · summary').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('summary');
    await page.getByText('2 messages (1 from you, 1 from the interviewer)').waitFor();
    await page.getByText('Solid basics.').waitFor();
    expect(await page.getByRole('region', { name: 'Transcript' }).count()).toBe(0);
    await assertNoSeriousA11yViolations(page, 'the summary report');
    await screenshot(page, 'report-summary');

    // The choice is in the address: a reload keeps it, and "Detailed" goes back.
    await page.reload();
    await page.getByText('Interview report · summary').waitFor();
    await page.getByRole('button', { name: 'Detailed' }).click();
    await page.getByRole('region', { name: 'Transcript' }).waitFor();
  });

  it('archived interviews stay in the history, marked Archived and read-only', async () => {
    const user = await createUser('archivist');
    const interview = await insertFinishedInterview(user);
    await sql(
      `update public.interview_sessions set title = 'Archived backend interview', ended_at = now() - interval '3 years' where id = $1`,
      [interview.id],
    );
    await sql('select private.archive_old_data()');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/history');
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();

    await page.getByLabel('Status').selectOption('archived');
    const list = page.getByRole('list', { name: 'Archived interviews' });
    await list.getByText('Archived backend interview').waitFor();
    await list.getByText('Archived', { exact: true }).waitFor();
    expect(await list.getByRole('link').count()).toBe(0); // nothing to open, resume or change
    await assertNoSeriousA11yViolations(page, 'the history with archived interviews');
    await screenshot(page, 'history-archived');
  });
});
