// Sharing a report in Chromium: the owner creates a read-only link (scores and feedback only), a visitor with no
// account opens it and sees the report without the answers; the owner sees the view, turns the link off, and
// the visitor's next visit says the link no longer works. A skill gap leads to practice questions for that skill.
import { describe, expect, it } from 'vitest';
import { FINISHED_ANSWER, insertFinishedInterview, insertQuestion, insertSession, sql, sqlOne } from '../tests/db/helpers.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';

describe('browser: sharing a report', () => {
  const { app, browser } = useBrowserApp();

  it('shares a report without answers with a visitor, counts the view, and turning the link off ends access', async () => {
    const owner = await createUser('share-owner');
    const interview = await insertFinishedInterview(owner);
    const page = await newPage(browser());
    await signIn(page, app().url, owner.email, undefined, `/app/interviews/${interview.id}/report`);
    await page.getByRole('heading', { level: 1, name: 'Fixture interview' }).waitFor();

    const panel = page.getByRole('region', { name: 'Share this report' });
    await panel.getByRole('button', { name: 'Create a link' }).click();
    await panel.getByText('No active links.').waitFor();
    await panel.getByRole('combobox', { name: 'Link expires' }).selectOption('7');
    await panel.getByRole('button', { name: 'Create link' }).click();
    const link = panel.getByRole('textbox', { name: /Link created/ });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${app().url}/shared/[A-Za-z0-9_-]{32}$`));
    await panel.getByText(/Scores and feedback only · expires .* · 0 views/).waitFor();
    await assertNoSeriousA11yViolations(page, 'the report page with the share panel');
    await screenshot(page, 'report-share-panel');

    // A visitor without an account.
    const visitorContext = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await visitorContext.newPage();
    await visitor.goto(url);
    await visitor.getByRole('heading', { level: 1, name: 'Fixture interview' }).waitFor();
    await visitor.getByText('Shared interview report').waitFor();
    await visitor.getByText(/chose to share scores and feedback only/).waitFor();
    await visitor.getByText('Solid basics.').waitFor();
    await visitor.getByText('Explain how an index speeds up a query.').waitFor();
    const body = await visitor.locator('main').innerText();
    expect(body).not.toContain(FINISHED_ANSWER);
    expect(body).not.toContain(owner.email);
    expect(await visitor.getByRole('button', { name: /model answer/i }).count()).toBe(0);
    await assertNoSeriousA11yViolations(visitor, 'a shared report');
    await screenshot(visitor, 'shared-report');

    // The owner sees the visit and turns the link off.
    await page.reload();
    await panel.getByRole('button', { name: 'Manage links (1)' }).click();
    await panel.getByText(/1 view$/).waitFor();
    await panel.getByRole('button', { name: 'Turn off' }).click();
    await panel.getByText('No active links.').waitFor();
    await panel.getByText('1 older link is turned off or expired.').waitFor();

    await visitor.reload();
    await visitor.getByRole('heading', { level: 1, name: "This link doesn't work anymore" }).waitFor();
    await assertNoSeriousA11yViolations(visitor, 'a turned-off shared link');
    await visitorContext.close();

    // From a skill gap straight to practice questions for that skill.
    await page.getByRole('link', { name: 'Practise Databases questions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
    expect(new URL(page.url()).searchParams.get('skill')).toBe('Databases');
    await page.getByText('Skill: Databases').waitFor();
    const { n } = await sqlOne<{ n: number }>(
      `select count(*)::int as n from public.question_bank where is_active and 'Databases' = any(skills)`,
    );
    expect(n).toBeGreaterThan(0);
    await page.getByText(`${n} question${n === 1 ? '' : 's'} found`).waitFor();
    await page.getByRole('button', { name: 'Show all skills' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('skill')).toBeNull();
  });

  it('the report says which skills of the job description the answers showed, computed by complete-interview', async () => {
    const owner = await createUser('jd-owner');
    const session = await insertSession(owner.id, 'in_progress', {
      job_description_text:
        'Backend engineer: PostgreSQL performance tuning, Redis caching, and Kubernetes in production. GraphQL is a plus.',
    });
    const question = await insertQuestion(session.id);
    await sql(`insert into public.interview_responses (question_id, interview_id, user_id, answer_text) values ($1, $2, $3, $4)`, [
      question.id,
      session.id,
      owner.id,
      'An index is a B-tree over the column, so PostgreSQL can find matching rows without a sequential scan; I check selectivity with EXPLAIN ANALYZE and put a Redis cache in front of the hottest reads.',
    ]);
    const done = await owner.client.functions.invoke('complete-interview', { body: { session_id: session.session_id } });
    expect(done.error).toBeNull();

    const page = await newPage(browser());
    await signIn(page, app().url, owner.email, undefined, `/app/interviews/${session.id}/report`);
    const match = page.getByRole('region', { name: 'Job description match' });
    await match.waitFor();
    await match.getByText(/Your answers showed 2 of the 4 skills the job description asks for\./).waitFor();
    const shown = await match.getByRole('list', { name: 'Skills shown' }).innerText();
    expect(shown).toContain('PostgreSQL');
    expect(shown).toContain('Caching');
    await match.getByRole('link', { name: 'Practise Kubernetes questions' }).waitFor();
    await match.getByRole('link', { name: 'Practise GraphQL questions' }).waitFor();
    await assertNoSeriousA11yViolations(page, 'the report with a job description match');
    await screenshot(page, 'report-job-description');
  });
});
