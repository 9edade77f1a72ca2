// The main journey, in Chromium against the test stack: sign up → configure an interview with a resume
// (DOCX, parsed in the browser) → answer every question (a coding one runs its tests) → per-answer
// feedback → the behavioral answer leaves out its result, so the interviewer asks a follow-up, which survives a
// reload and is answered (any other follow-up is skipped) → reload in the middle resumes → finish → report →
// history; a second user gets not-found on
// the first user's report URL. axe-core checks every page of the interview loop; screenshots go to e2e/screenshots/.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceUrlForSkill } from '../src/lib/practice-links.ts';
import { seedBank, type BankQuestionSeed } from '../tests/helpers/bank.ts';
import { sql, stack } from '../tests/helpers/stack.ts';
import { launchBrowser, screenshot, startApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';
import { docx } from './helpers/docx.ts';
import { waitForFollowUpOrFeedback } from './helpers/room.ts';

const PASSWORD = 'Interview42!';
const MARK = '[e2e-interview]';

const TWO_SUM = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const complement = target - nums[i];
    if (seen.has(complement)) return [seen.get(complement), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

/** A few bank questions of each type the "mixed" plan asks for (technical, behavioral, coding). */
const INTERVIEW_BANK: BankQuestionSeed[] = [
  {
    question: 'Explain how React decides when to re-render a component, and how you would avoid unnecessary renders in a large list.',
    type: 'technical',
    category: 'frontend',
    difficulty: 'medium',
    roles: ['frontend-developer'],
    tech_stack: ['React'],
    skills: ['React'],
    expected_answer:
      'State or props changes and parent re-renders trigger renders; use React.memo, useMemo, useCallback, keys and virtualisation; measure with the Profiler.',
    key_points: ['state or props change', 'parent re-render', 'React.memo and useMemo', 'measure with the Profiler'],
    function_name: null,
    starter_code: null,
    test_cases: [],
    time_limit_seconds: 600,
  },
  // Tagged React so that it outranks the bank's own behavioral questions for this React interview (the journey
  // depends on the follow-up this answer draws); without the tag the pick depended on the session id.
  {
    question:
      'Tell me about a time you disagreed with a teammate about a technical decision on a React project. What did you do and what was the outcome?',
    type: 'behavioral',
    category: 'general',
    difficulty: 'medium',
    roles: ['frontend-developer', 'software-engineer'],
    tech_stack: ['React'],
    skills: ['Conflict Resolution'],
    expected_answer: 'Situation, task, the actions taken to understand the other view and decide with data, and a measurable result.',
    key_points: ['situation and stakes', 'your responsibility', 'actions: listened and used data', 'measurable result'],
    function_name: null,
    starter_code: null,
    test_cases: [],
    time_limit_seconds: 600,
  },
  {
    question: 'Write `twoSum(nums, target)` that returns the indices [i, j] (i < j) of the two numbers in `nums` that add up to `target`.',
    type: 'coding',
    category: 'general',
    difficulty: 'medium',
    roles: ['frontend-developer', 'software-engineer'],
    tech_stack: ['JavaScript'],
    skills: ['Algorithms'],
    expected_answer: 'One pass with a hash map from value to index; check the complement before inserting. O(n) time.',
    key_points: ['hash map of value to index', 'complement lookup', 'O(n) time'],
    function_name: 'twoSum',
    starter_code: 'function twoSum(nums, target) {\n  // Write your solution here\n}\n',
    test_cases: [
      { input: '[[2,7,11,15],9]', expectedOutput: '[0,1]', description: 'basic pair' },
      { input: '[[3,2,4],6]', expectedOutput: '[1,2]', description: 'not the first element' },
      { input: '[[3,3],6]', expectedOutput: '[0,1]', description: 'duplicates' },
    ],
    time_limit_seconds: 600,
  },
];

const seedInterviewBank = () => seedBank(INTERVIEW_BANK, { tag: MARK, once: true });

function resumeDocx(): Buffer {
  const paragraphs = [
    'Ada Lovelace — Senior Frontend Developer',
    'Experience: 6 years building React and TypeScript applications; led the migration of a design system to React 18.',
    'Improved Core Web Vitals by 35% with code splitting, memoization and list virtualisation.',
    'Skills: React, TypeScript, Accessibility, Testing, Node.js.',
  ];
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;')}</w:t></w:r></w:p>`).join('');
  return docx(body);
}

const ANSWERS = {
  technical:
    'React re-renders a component when its state or props change, or when its parent re-renders. In a large list I would first measure with the React Profiler, then wrap rows in React.memo, keep callbacks stable with useCallback and derived data in useMemo, give every row a stable key, and virtualise the list so only visible rows render. That cut render time by about 60% on a dashboard I worked on.',
  /** Situation, task and action, but no result: the interviewer follows up on the missing result. */
  behavioral:
    'Situation: at my last company our team was building a large React dashboard, and a senior teammate wanted Redux while I preferred React Query with local state. Task: I was responsible for the data layer design, so my job was to get us to a decision. Action: I listened to his concerns first, then I wrote a short comparison document, and I set up a one-day spike where we built the same screen both ways and compared bundle size and lines of code together.',
  followUp:
    'Result: we chose React Query, cut 40% of the boilerplate and shipped two weeks early. I learned that a small time-boxed experiment settles a disagreement faster than arguing.',
};

async function signUp(page: Page, url: string, name: string) {
  const email = `e2e-${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  await page.goto(`${url}/sign-up`);
  await page.getByLabel('Full name').fill(`${name} Tester`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe('/app');
  return email;
}

/** Answers the question on screen; returns its type. */
async function answerCurrent(page: Page, interviewId: string, draft?: string): Promise<'coding' | 'text'> {
  const code = page.getByLabel('Your solution');
  if (await code.count()) {
    // The bank's reference solution of whichever coding question was picked (read as the DB superuser). The
    // room renders `inline code` without its backticks, so the stored text is compared without them.
    const text = await page.locator('.room__question-text').innerText();
    const [row] = await sql<{ sample_code: string | null }>(
      "select coalesce(q.sample_code, b.sample_code) as sample_code from public.interview_questions q left join public.question_bank b on b.id = q.bank_question_id where q.interview_id = $1 and replace(q.question_text, '`', '') = $2",
      [interviewId, text.trim()],
    );
    await code.fill(row?.sample_code ?? TWO_SUM);
    await page.getByRole('button', { name: 'Run tests' }).click();
    await page
      .getByText(/^(\d+) of \1 tests passed$/)
      .waitFor({ timeout: 15_000 })
      .catch(async (error: unknown) => {
        throw new Error(`tests did not pass: ${await page.locator('.room__answer').innerText()}`, { cause: error });
      });
    await page
      .getByLabel('Explain your approach (optional)')
      .fill(
        'A single pass with a hash map from value to index: for each number I look up its complement before inserting, so it is O(n) time and O(n) space and never reuses an element.',
      );
    return 'coding';
  }
  const text = await page.locator('.room__question-text').innerText();
  const answer = draft ?? (/disagreed|time you/i.test(text) ? ANSWERS.behavioral : ANSWERS.technical);
  await page.getByLabel('Your answer', { exact: true }).fill(answer);
  return 'text';
}

describe('browser: the interview journey', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let browser: Browser;

  beforeAll(async () => {
    await seedInterviewBank();
    app = await startApp(stack());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs up, configures with a resume, answers everything, resumes after reload, finishes, sees the report and history; another user gets not-found', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await signUp(page, app.url, 'Ada');

    // Dashboard
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada' }).waitFor();
    await page.getByText('No interviews yet').waitFor();
    await page.getByTestId('plan-usage').filter({ hasText: '0 of 3' }).waitFor();
    await assertNoSeriousA11yViolations(page, 'the dashboard (empty)');
    await screenshot(page, 'dashboard-empty');

    // New interview with a resume
    await page.getByRole('link', { name: 'Start interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'New interview' }).waitFor();
    await page.getByLabel('Job role').selectOption('Frontend Developer');
    await page.getByLabel('Company (optional)').fill('Acme Corp');
    await page.getByRole('textbox', { name: 'Tech stack (optional)' }).fill('React');
    await page.getByRole('textbox', { name: 'Tech stack (optional)' }).press('Enter');
    await page.getByLabel('Number of questions').selectOption('3');
    // An unsupported file is refused with a clear message…
    await page
      .getByLabel(/Choose resume file/)
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
    await page.getByText(/isn't a supported file/).waitFor();
    // …and a DOCX is read in the browser.
    await page.getByLabel(/Choose resume file/).setInputFiles({
      name: 'ada-resume.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: resumeDocx(),
    });
    await page.getByText('ada-resume.docx').waitFor();
    await page.getByText(/characters read/).waitFor();
    await assertNoSeriousA11yViolations(page, 'the new-interview page');
    await screenshot(page, 'new-interview');
    await page.getByRole('button', { name: 'Start interview' }).click();

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).toMatch(/^\/app\/interviews\/[0-9a-f-]{36}$/);
    const interviewId = new URL(page.url()).pathname.split('/')[3]!;
    const [stored] = await sql<{ resume_filename: string; resume_text: string; company: string }>(
      'select resume_filename, resume_text, company from public.interview_sessions where id = $1',
      [interviewId],
    );
    expect(stored?.resume_filename).toBe('ada-resume.docx');
    expect(stored?.resume_text).toContain('Improved Core Web Vitals by 35%');
    expect(stored?.company).toBe('Acme Corp');

    // Room: three questions
    await page.getByText('Question 1 of 3').waitFor({ timeout: 20_000 });
    await assertNoSeriousA11yViolations(page, 'the interview room');
    await screenshot(page, 'interview-room');

    let sawCoding = false;
    let sawFollowUp = false;
    for (let n = 1; n <= 3; n += 1) {
      await page.getByText(`Question ${n} of 3`).waitFor();
      if (n === 2) {
        // Reload in the middle: the draft and the position survive.
        const draftType = await answerCurrent(page, interviewId);
        const draftValue =
          draftType === 'coding'
            ? await page.getByLabel('Your solution').inputValue()
            : await page.getByLabel('Your answer', { exact: true }).inputValue();
        await page.waitForTimeout(300);
        await page.reload();
        await page.getByText('Question 2 of 3').waitFor({ timeout: 20_000 });
        if (draftType === 'coding') expect(await page.getByLabel('Your solution').inputValue()).toBe(draftValue);
        else expect(await page.getByLabel('Your answer', { exact: true }).inputValue()).toBe(draftValue);
        if (draftType === 'coding') {
          await page.getByRole('button', { name: 'Run tests' }).click();
          await page.getByText(/^(\d+) of \1 tests passed$/).waitFor({ timeout: 15_000 });
          sawCoding = true;
        }
      } else {
        sawCoding = (await answerCurrent(page, interviewId)) === 'coding' || sawCoding;
      }
      const questionText = await page.locator('.room__question-text').innerText();
      await page.getByRole('button', { name: 'Submit answer' }).click();
      // The interviewer decides on a follow-up before the feedback is shown.
      const { followUp: followUpLabel, feedback: feedbackHeading } = await waitForFollowUpOrFeedback(page, 30_000);
      if (await followUpLabel.isVisible()) {
        if (/disagreed|time you/i.test(questionText)) {
          await page.getByText("Your answer didn't say what the result was.").waitFor();
          await page.getByRole('heading', { name: /How did it turn out\?/ }).waitFor();
          await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/How did it turn out/);
          await assertNoSeriousA11yViolations(page, 'the interview room with a follow-up');
          await page.setViewportSize({ width: 390, height: 844 });
          await screenshot(page, 'interview-follow-up-phone');
          await page.setViewportSize({ width: 1280, height: 900 });
          // A reload while the follow-up is open brings it back, with its unsent draft.
          await page.getByLabel('Your follow-up answer').fill(ANSWERS.followUp);
          await page.waitForTimeout(300);
          await page.reload();
          await followUpLabel.waitFor({ timeout: 20_000 });
          expect(await page.getByLabel('Your follow-up answer').inputValue()).toBe(ANSWERS.followUp);
          await page.getByLabel('Your follow-up answer').press('Control+Enter');
          sawFollowUp = true;
        } else {
          await page.getByRole('button', { name: 'Skip follow-up' }).click();
        }
      }
      await feedbackHeading.waitFor({ timeout: 30_000 });
      if (sawFollowUp && /disagreed|time you/i.test(questionText)) {
        await page.locator('.room__followup-note').filter({ hasText: 'you answered it' }).waitFor();
      }
      await page.locator('.room__feedback .score-badge').first().waitFor();
      if (n === 1) {
        await page.getByRole('button', { name: 'Show model answer' }).click();
        await page.locator('.reveal__body').waitFor();
        await assertNoSeriousA11yViolations(page, 'the interview room with feedback');
        await screenshot(page, 'interview-feedback');
      }
      await page.getByRole('button', { name: n < 3 ? 'Next question' : 'Continue' }).click();
    }
    expect(sawCoding).toBe(true);
    expect(sawFollowUp).toBe(true);
    // The follow-up and its answer are on the behavioral question's transcript.
    const transcript = await sql<{ role: string; content: string; is_follow_up: boolean; reason: string | null; question_type: string }>(
      `select m.role, m.content, m.is_follow_up, m.metadata ->> 'reason' as reason, q.question_type
         from public.interview_messages m join public.interview_questions q on q.id = m.question_id
        where m.interview_id = $1 order by m.message_index`,
      [interviewId],
    );
    const asked = transcript.filter((m) => m.role === 'assistant' && m.is_follow_up && m.question_type === 'behavioral');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.reason).toBe('missing_result');
    expect(transcript.filter((m) => m.role === 'user' && m.is_follow_up && m.question_type === 'behavioral').map((m) => m.content)).toEqual(
      [ANSWERS.followUp],
    );
    // … and the follow-up is a question of its own (under the behavioral one) whose answer was stored with submit_response.
    const followUpRows = await sql<{
      id: string;
      question_text: string;
      parent_type: string;
      answer_text: string | null;
      questions_answered: number;
    }>(
      `select f.id, f.question_text, p.question_type as parent_type, r.answer_text, s.questions_answered
         from public.interview_questions f
         join public.interview_questions p on p.id = f.parent_question_id
         join public.interview_sessions s on s.id = f.interview_id
         left join public.interview_responses r on r.question_id = f.id
        where f.interview_id = $1 and f.is_follow_up`,
      [interviewId],
    );
    const behavioralFollowUp = followUpRows.find((f) => f.parent_type === 'behavioral');
    expect(behavioralFollowUp).toMatchObject({ question_text: asked[0]?.content, answer_text: ANSWERS.followUp });
    expect(followUpRows.every((f) => f.questions_answered === 3)).toBe(true);

    await page.getByRole('heading', { name: 'All questions answered' }).waitFor();
    await page.getByRole('button', { name: 'Finish and see report' }).click();

    // Report
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe(`/app/interviews/${interviewId}/report`);
    await page.getByRole('heading', { level: 2, name: 'Scores' }).waitFor({ timeout: 20_000 });
    const overall = await page.locator('.score-card').first().locator('.score-badge').innerText();
    expect(overall).toMatch(/Overall:\s*\d+\s*\/100/);
    await page.getByRole('heading', { name: 'Question by question' }).waitFor();
    // The follow-up, its answer and its feedback are listed under the behavioral question.
    const behavioralCard = page
      .locator('.report__question')
      .filter({ has: page.locator('.badge', { hasText: /^Behavioral$/ }) })
      .filter({ hasText: ANSWERS.followUp });
    const followUpList = behavioralCard.getByRole('list', { name: 'Follow-up questions' });
    await followUpList.getByRole('heading', { name: /How did it turn out\?/ }).waitFor();
    await followUpList.getByText(ANSWERS.followUp).waitFor();
    await followUpList.locator('.score-badge').first().waitFor();
    expect(await followUpList.getByText(/^scored \d+\/100$/).count()).toBe(1);
    expect(await page.locator('.report__question').count()).toBe(3);
    // Every bank question can be answered again in practice.
    const bankIds = await sql<{ bank_question_id: string }>(
      'select bank_question_id from public.interview_questions where interview_id = $1 and not is_follow_up and bank_question_id is not null order by order_number',
      [interviewId],
    );
    const again = page.getByRole('link', { name: 'Answer it again in practice' });
    expect(await again.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      bankIds.map((r) => `/app/practice/${r.bank_question_id}`),
    );
    await assertNoSeriousA11yViolations(page, 'the report');
    await screenshot(page, 'report');

    // History lists it
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interview history' }).waitFor();
    await page.getByRole('link', { name: 'Frontend Developer interview' }).first().waitFor();
    await page.locator('.status-badge--completed').first().waitFor();
    await assertNoSeriousA11yViolations(page, 'the history page');
    await screenshot(page, 'history');

    // Dashboard now shows the interview and its score
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Recent interviews' }).waitFor();
    await page.getByRole('link', { name: 'Frontend Developer interview' }).first().waitFor();
    await page.getByTestId('plan-usage').filter({ hasText: '1 of 3' }).waitFor();
    // Each skill to work on (a weak or moderate one: strong skills are not listed) leads to practice questions for it.
    const gapSkills = await sql<{ skill_name: string }>(
      "select skill_name from public.skill_gaps where interview_id = $1 and proficiency_level <> 'strong' order by gap_score desc",
      [interviewId],
    );
    expect(gapSkills.length).toBeGreaterThan(0);
    for (const { skill_name } of gapSkills.slice(0, 6)) {
      const practise = page.getByRole('link', { name: `Practise ${skill_name} questions` });
      await practise.waitFor();
      expect(await practise.getAttribute('href')).toBe(practiceUrlForSkill(skill_name)); // a skill, or its category (src/lib unit test)
    }
    await assertNoSeriousA11yViolations(page, 'the dashboard');
    await screenshot(page, 'dashboard');

    // Phone width
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/app/interviews/${interviewId}/report`);
    await page.getByRole('heading', { level: 2, name: 'Scores' }).waitFor();
    await screenshot(page, 'report-phone');

    expect(pageErrors).toEqual([]);

    // Another user cannot open the report
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, app.url, 'Grace');
    await otherPage.goto(`${app.url}/app/interviews/${interviewId}/report`);
    await otherPage.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor({ timeout: 20_000 });
    await otherPage.goto(`${app.url}/app/interviews/${interviewId}`);
    await otherPage.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor({ timeout: 20_000 });
    await screenshot(otherPage, 'report-not-found');
    await other.close();
    await context.close();
  }, 240_000);
});
