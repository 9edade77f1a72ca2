// Notification settings and abandoned interviews in Chromium against the test stack: switching an
// e-mail off in settings persists across a reload (and in the database); an abandoned interview
// shows as "Abandoned" in the history and still opens with its answers.
import { describe, expect, it } from 'vitest';
import { insertQuestion, insertSession, sql } from '../tests/db/helpers.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';

describe('browser: notification settings and abandoned interviews', () => {
  const { app, browser } = useBrowserApp();

  it('switching the weekly e-mail off persists after a reload', async () => {
    const user = await createUser('notify-toggle');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/settings');
    const section = page.getByRole('region', { name: 'E-mail notifications' });
    const weekly = section.getByRole('checkbox', { name: /Weekly progress/ });
    const report = section.getByRole('checkbox', { name: /Report ready/ });
    expect(await weekly.isChecked()).toBe(true);
    expect(await report.isChecked()).toBe(true);

    await weekly.uncheck();
    await section.getByText('Saved.').waitFor();
    await screenshot(page, 'settings-notifications');

    await page.reload();
    await page.getByRole('region', { name: 'E-mail notifications' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /Weekly progress/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Report ready/ }).isChecked()).toBe(true);
    const [row] = await sql<{ notifications: unknown }>(
      `select preferences->'notifications' as notifications from public.user_profiles where id = $1`,
      [user.id],
    );
    expect(row?.notifications).toEqual({ report_ready: true, weekly_progress: false });
  });

  it('an abandoned interview shows as Abandoned in the history and opens with its answers', async () => {
    const user = await createUser('abandoned-ui');
    const session = await insertSession(user.id, 'in_progress');
    await sql(`update public.interview_sessions set title = 'Left for a day' where id = $1`, [session.id]);
    const question = await insertQuestion(session.id);
    await sql(
      `insert into public.interview_responses (interview_id, question_id, user_id, answer_text) values ($1, $2, $3, 'ANSWER-KEPT-MARKER: an index avoids a scan')`,
      [session.id, question.id, user.id],
    );
    await sql(`update public.interview_sessions set status = 'abandoned' where id = $1`, [session.id]);

    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, '/app/history');
    const item = page.getByRole('listitem').filter({ hasText: 'Left for a day' });
    await item.getByText('Abandoned', { exact: true }).waitFor();
    await item.getByRole('link', { name: 'Left for a day' }).click();
    await page.waitForURL(`**/app/interviews/${session.id}/report`);
    // The answer is in the report, inside a collapsed panel per question.
    await page
      .getByText(/ANSWER-KEPT-MARKER/)
      .first()
      .waitFor({ state: 'attached' });

    await page.goto(`${app().url}/app/interviews/${session.id}`);
    await page.getByRole('heading', { name: 'This interview was abandoned' }).waitFor();
    await page.getByRole('link', { name: 'See your answers' }).click();
    await page.waitForURL(`**/app/interviews/${session.id}/report`);
  });
});
