// A coding question in the practice library, answered in the interview room's editor: the tests run in the
// browser, the server runs them again when it scores the attempt, and passing tests dominate the score.
import { describe, expect, it } from 'vitest';
import { sql } from '../tests/helpers/stack.ts';
import { createUser, newPage, screenshot, signIn, useBrowserApp } from './helpers/app.ts';
import { assertNoSeriousA11yViolations } from './helpers/axe.ts';
import { seedPracticeCodingQuestion } from './helpers/practice.ts';

// Reverses without normalising: passes only the cases that need no case folding or punctuation skipping.
const WRONG = 'function isPalindrome(s) {\nconst reversed = s.split("").reverse().join("");\nreturn reversed === s;\n}';
const CORRECT = [
  'function isPalindrome(s) {',
  "const clean = s.toLowerCase().replace(/[^a-z0-9]/g, '');",
  'let left = 0;',
  'let right = clean.length - 1;',
  'while (left < right) {',
  'if (clean[left] !== clean[right]) return false;',
  'left++;',
  'right--;',
  '}',
  'return true;',
  '}',
].join('\n');
const EXPLANATION = 'Two pointers from both ends after lower-casing and dropping non-alphanumeric characters: O(n) time.';

describe('browser: coding in the practice library', () => {
  const { app, browser } = useBrowserApp();

  it('a wrong isPalindrome scores clearly below a correct one, both answered in the editor with tests run', async () => {
    const question = await seedPracticeCodingQuestion();
    const user = await createUser('practice-code');
    const page = await newPage(browser());
    await signIn(page, app().url, user.email, undefined, `/app/practice/${question.id}`);
    await page.getByRole('heading', { level: 1, name: /isPalindrome/ }).waitFor();

    const answer = async (code: string, explanation: string, passed: RegExp) => {
      const editor = page.getByRole('textbox', { name: 'Your solution' });
      await editor.fill(code);
      await page.getByRole('button', { name: 'Run tests' }).click();
      await page.getByText(passed).waitFor();
      await page.getByRole('textbox', { name: 'Explain your approach (optional)' }).fill(explanation);
      await page.getByRole('button', { name: 'Submit for feedback' }).click();
      await page.getByRole('heading', { name: 'Your feedback' }).waitFor({ timeout: 30_000 });
    };

    await assertNoSeriousA11yViolations(page, '/app/practice/:id (coding)');
    await answer(WRONG, 'I reverse the string and compare it with the original.', /^[0-5] of 6 tests passed$/);
    await page.getByRole('button', { name: 'Try this question again' }).click();
    await answer(CORRECT, EXPLANATION, /^6 of 6 tests passed$/);
    // The feedback offers the answer rewritten stronger, built from the explanation given.
    await page.getByText('Your answer, rewritten stronger').click();
    await page
      .getByText(/Two pointers from both ends after lower-casing/)
      .first()
      .waitFor();
    await screenshot(page, 'practice-coding-feedback');

    const rows = await sql<{ score: string; code_answer: string; evaluation: { coding?: { tests_passed: number | null } } }>(
      'select score, code_answer, evaluation from public.practice_attempts where user_id = $1 and bank_question_id = $2 order by created_at',
      [user.user.id, question.id],
    );
    expect(rows.map((r) => r.code_answer)).toEqual([WRONG, CORRECT]);
    // The server re-ran the tests: its counts, not the browser's, are on the evaluation.
    expect(rows.map((r) => r.evaluation.coding?.tests_passed)).toEqual([expect.any(Number), 6]);
    expect(rows[0]!.evaluation.coding!.tests_passed!).toBeLessThan(6);
    const [wrong, correct] = rows.map((r) => Number(r.score));
    expect(correct! - wrong!).toBeGreaterThanOrEqual(25);
  });
});
