// Fixtures for the practice-library browser tests.
import { randomUUID } from 'node:crypto';
import { sql } from '../../tests/helpers/stack.ts';

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
      JSON.stringify([
        { criterion: 'Structure (STAR)', weight: 40 },
        { criterion: 'Specific actions', weight: 40 },
        { criterion: 'Result', weight: 20 },
      ]),
    ],
  );
  return { id: row!.id, tag };
}
