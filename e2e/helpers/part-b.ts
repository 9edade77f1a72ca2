// Helpers shared by the part-B browser tests (practice, settings, billing, admin).
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signedInUser, sql, STRONG_PASSWORD } from '../../tests/helpers/stack.ts';

export { STRONG_PASSWORD };

/** A user created through the real auth API (no browser), optionally made admin with superuser SQL. */
export async function createUser(label: string, options: { admin?: boolean } = {}) {
  const user = await signedInUser(label);
  if (options.admin) await sql(`update public.user_profiles set role = 'admin' where id = $1`, [user.user.id]);
  return user;
}

/** Signs in through the sign-in page and waits until the app shell is there. */
export async function signIn(page: Page, appUrl: string, email: string, password = STRONG_PASSWORD, next = '/app') {
  await page.goto(`${appUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe(next.split('?')[0]);
}

export async function newPage(browser: Browser, options: { acceptDownloads?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** A bank question only this test run uses (a unique tag), so filters find exactly it. */
export async function seedPracticeQuestion() {
  const tag = `e2e-${randomUUID().slice(0, 8)}`;
  const [row] = await sql<{ id: string }>(
    `insert into public.question_bank (question, type, category, difficulty, skills, tags, expected_answer, key_points, evaluation_criteria, time_limit_seconds)
     values ($1, 'behavioral', 'general', 'medium', '{Communication}', $2, $3, $4, $5, 300) returning id`,
    [
      'Tell me about a time you had to deliver a project under a tight deadline. How did you handle it?',
      [tag, 'deadlines'],
      'Describe the situation and deadline, your responsibility, the concrete actions (prioritising scope, communicating early, delegating) and a measurable result.',
      ['prioritised the scope', 'communicated with stakeholders', 'measurable result'],
      JSON.stringify([{ criterion: 'Structure (STAR)', weight: 40 }, { criterion: 'Specific actions', weight: 40 }, { criterion: 'Result', weight: 20 }]),
    ],
  );
  return { id: row!.id, tag };
}
