// Fixtures for the practice-library browser tests.
import { randomUUID } from 'node:crypto';
import { sql } from '../../tests/helpers/stack.ts';

/** A bank question only this call uses (a unique tag, also in its text), so filters find exactly it. */
export async function seedPracticeQuestion() {
  const tag = `e2e-${randomUUID().slice(0, 8)}`;
  const [row] = await sql<{ id: string }>(
    `insert into public.question_bank (question, type, category, difficulty, skills, tags, expected_answer, key_points, evaluation_criteria, time_limit_seconds)
     values ($1, 'behavioral', 'general', 'medium', '{Communication}', $2, $3, $4, $5, 300) returning id`,
    [
      // Bank questions are unique by text, and several test files seed this one on the same stack.
      `Tell me about a time you had to deliver a project under a tight deadline. How did you handle it? (${tag})`,
      [tag, 'deadlines'],
      'Describe the situation and deadline, your responsibility, the concrete actions (prioritising scope, communicating early, delegating) and a measurable result.',
      ['prioritised the scope', 'communicated with stakeholders', 'measurable result'],
      JSON.stringify([
        { criterion: 'Structure (STAR)', weight: 40 },
        { criterion: 'Specific actions', weight: 40 },
        { criterion: 'Result', weight: 20 },
      ]),
    ],
  );
  return { id: row!.id, tag };
}

/** A coding question with tests (isPalindrome), only this test run uses. */
export async function seedPracticeCodingQuestion() {
  const tag = `e2e-code-${randomUUID().slice(0, 8)}`;
  const cases = [
    ['["A man, a plan, a canal: Panama"]', 'true', 'sentence palindrome with punctuation'],
    ['["race a car"]', 'false', 'not a palindrome'],
    ['[""]', 'true', 'empty string'],
    ['["No lemon, no melon"]', 'true', 'mixed case with spaces'],
    ['["ab"]', 'false', 'two different letters'],
    ['["Was it a car or a cat I saw?"]', 'true', 'question with spaces'],
  ].map(([input, expectedOutput, description]) => ({ input, expectedOutput, description }));
  const [row] = await sql<{ id: string }>(
    `insert into public.question_bank (question, type, category, difficulty, skills, tags, expected_answer, key_points,
       function_name, starter_code, test_cases, time_limit_seconds)
     values ($1, 'coding', 'general', 'easy', '{Algorithms}', $2, $3, $4, 'isPalindrome', $5, $6, 900) returning id`,
    [
      'Write isPalindrome(s): true when s reads the same forwards and backwards, ignoring case and non-alphanumeric characters.',
      [tag, 'strings'],
      'Two pointers from both ends skipping non-alphanumeric characters and comparing lower-cased characters: O(n) time, O(1) space.',
      ['two pointers from both ends', 'skip non-alphanumeric characters', 'case-insensitive comparison', 'O(n) time'],
      'function isPalindrome(s) {\n  \n}\n',
      JSON.stringify(cases),
    ],
  );
  return { id: row!.id, tag };
}
