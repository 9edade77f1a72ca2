// What a new user and an operator ran into, in Chromium against the test stack: an admin's own pages show only
// their own data; the password-reset link in the local mailbox works on the first click; a user blocked while
// signed in is signed out with an explanation; on a phone (390×844) the dashboard, room and report don't scroll
// sideways and every navigation item is reachable through the menu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertFinishedInterview, insertQuestion, insertSession, sql } from '../tests/db/helpers.ts';
import { stack, STRONG_PASSWORD } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

/** A finished interview of `user` whose report scores one skill and names it as a gap. */
async function finishedInterviewWithSkill(user: Awaited<ReturnType<typeof createUser>>, skill: string) {
  const interview = await insertFinishedInterview(user);
  await sql(
    `update public.interview_reports set skill_scores = jsonb_build_object($2::text, jsonb_build_object('score', 35)) where interview_id = $1`,
    [interview.id, skill],
  );
  await sql(
    `update public.skill_gaps set skill_name = $2, proficiency_level = 'weak', skill_score = 35, gap_score = 65 where interview_id = $1`,
    [interview.id, skill],
  );
  await sql(`update public.interview_sessions set title = $2 where id = $1`, [interview.id, `${skill} interview`]);
  return interview;
}

/** How far the page scrolls sideways, and (to say what to fix) the elements that stick out on the right. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { overflow: document.documentElement.scrollWidth - width, offenders };
  });
const expectNoSidewaysScroll = async (page: Page) => {
  const { overflow, offenders } = await horizontalOverflow(page);
  expect(overflow, `sticking out: ${offenders.join(', ')}`).toBe(0);
};

describe('browser: what a new user and an operator ran into', () => {
  const { app, browser } = useBrowserApp();

  it("an admin's own history, skill progress and dashboard show only their own data", async () => {
    const other = await createUser('other-user');
    const theirs = await finishedInterviewWithSkill(other, 'Kubernetes');
    const admin = await createUser('admin-self', { admin: true });

    const page = await newPage(browser());
    await signIn(page, app().url, admin.email, undefined, '/app/history');
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
    await page.getByText('Finish an interview to see how each skill develops over time.').waitFor();
    expect(await page.getByText('Kubernetes interview').count()).toBe(0);
    expect(await page.getByText('Kubernetes').count()).toBe(0);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.getByText('Skill gaps from your reports will show up here.').waitFor();
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor();
    expect(await page.getByText('Kubernetes').count()).toBe(0);

    // Their report is not "mine" either (the admin console is where admins look at other users).
    await page.goto(`${app().url}/app/interviews/${theirs.id}/report`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await screenshot(page, 'admin-own-data');
  });

  it('the password-reset link in the local mailbox opens the app in the top window and works on the first click', async () => {
    const user = await createUser('mailbox');
    const page = await newPage(browser());
    await page.goto(`${app().url}/forgot-password`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: /check your inbox/i }).waitFor();

    const inbox = async () =>
      (await (await fetch(`${stack().mailboxUrl}/api/messages?to=${encodeURIComponent(user.email)}`)).json()) as { id: string }[];
    await expect.poll(async () => (await inbox()).length, { timeout: 20_000 }).toBe(1);
    const [mail] = await inbox();
    await page.goto(`${stack().mailboxUrl}/${encodeURIComponent(mail!.id)}`);
    await page.frameLocator('iframe[title="Message body"]').getByRole('link', { name: 'Reset Password' }).click();

    await expect.poll(() => new URL(page.url()).origin, { timeout: 20_000 }).toBe(app().url);
    await page.getByLabel('New password').fill('Brand-new-pass9');
    await page.getByRole('button', { name: 'Update password' }).click();
    await page
      .getByText(/password (has been |was )?updated/i)
      .first()
      .waitFor();
    await screenshot(page, 'mailbox-reset-done');
  });

  it('a user blocked while signed in is signed out on the next step, with an explanation', async () => {
    const admin = await createUser('blocker', { admin: true });
    const victim = await createUser('blocked-open');
    const page = await newPage(browser());
    await signIn(page, app().url, victim.email, STRONG_PASSWORD, '/app');
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.getByTestId('plan-usage').waitFor();

    const blocked = await admin.client.rpc('admin_set_user_status', { p_user_id: victim.id, p_status: 'blocked' });
    expect(blocked.error).toBeNull();

    await page.getByRole('link', { name: 'History' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/sign-in');
    await page.getByRole('alert').filter({ hasText: 'Your account has been blocked' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    // Signed out on this device: the app no longer opens.
    await page.goto(`${app().url}/app`);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/sign-in');
    await screenshot(page, 'blocked-signed-out');
  });

  it('on a phone (390×844) the dashboard, the room and the report fit the screen and every nav item is reachable', async () => {
    const user = await createUser('phone', { admin: true });
    const finished = await finishedInterviewWithSkill(user, 'Databases');
    const open = await insertSession(user.id, 'in_progress', { total_questions: 2 });
    await insertQuestion(open.id);
    await insertQuestion(open.id);

    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, app().url, user.email, STRONG_PASSWORD, '/app');

    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await page.getByRole('heading', { name: 'Recent interviews' }).waitFor();
    await expectNoSidewaysScroll(page);
    await page.getByRole('link', { name: 'InterviewAI' }).waitFor();
    await assertNoSeriousA11yViolations(page, 'the dashboard on a phone');
    await screenshot(page, 'phone-dashboard');

    // The menu: every item on screen once it is open.
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const item of [
      page.getByRole('link', { name: 'Dashboard' }),
      page.getByRole('link', { name: 'History' }),
      page.getByRole('link', { name: 'Practice' }),
      page.getByRole('link', { name: 'Coach' }),
      page.getByRole('link', { name: 'Settings' }),
      page.getByRole('link', { name: 'Admin', exact: true }),
      page.getByRole('button', { name: 'Sign out' }),
    ]) {
      const box = await item.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    }
    await screenshot(page, 'phone-menu');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await page.getByRole('link', { name: 'Coach' }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/app/coach');
    await expect.poll(() => menu.getAttribute('aria-expanded'), { timeout: 20_000 }).toBe('false'); // closes once the new page renders

    await page.goto(`${app().url}/app/interviews/${open.id}`);
    await page.getByText('Explain how an index speeds up a query.').first().waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-room');

    await page.goto(`${app().url}/app/interviews/${finished.id}/report`);
    await page.getByRole('heading', { level: 1, name: 'Databases interview' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'phone-report');
    await context.close();
  });
});
