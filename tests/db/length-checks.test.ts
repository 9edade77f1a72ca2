/**
 * The length rules on long text (the session's résumé and job description, the profile's résumé, an answer's
 * text, code and transcript) count characters, not bytes: a value of exactly the limit in characters passes
 * whether its characters take 1, 2 or 4 bytes, one character more is refused with SQLSTATE 23514 naming the
 * rule, and nulls pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertQuestion, insertSession, sql, updateOutcomes } from './helpers.ts';

afterAll(closeSql);

/** At the limit and one over it, in 1-, 2- and 4-byte characters, then null. */
function attempts(column: string, limit: number): string[] {
  return [
    `${column} = repeat('a', ${limit})`,
    `${column} = repeat('a', ${limit + 1})`,
    `${column} = repeat('é', ${limit})`,
    `${column} = repeat('é', ${limit + 1})`,
    `${column} = repeat('😀', ${limit})`,
    `${column} = repeat('😀', ${limit + 1})`,
    `${column} = null`,
  ];
}
const expected = (refused: string) => ['ok', refused, 'ok', refused, 'ok', refused, 'ok'];

describe('length checks on long text', () => {
  it('session: résumé up to 100 000 and job description up to 50 000 characters', async () => {
    const user = await createUser('length-session');
    const session = await insertSession(user.id);
    const refused = '23514 interview_sessions_text_lengths';
    expect(await updateOutcomes('interview_sessions', 'id = $1', [session.id], attempts('resume_text', 100_000))).toEqual(
      expected(refused),
    );
    expect(await updateOutcomes('interview_sessions', 'id = $1', [session.id], attempts('job_description_text', 50_000))).toEqual(
      expected(refused),
    );
  });

  it('session: a stored résumé over the limit in bytes but not in characters stays through later updates', async () => {
    const user = await createUser('length-session-later');
    const session = await insertSession(user.id, 'pending', { resume_text: 'é'.repeat(100_000) });
    expect(
      await updateOutcomes(
        'interview_sessions',
        'id = $1',
        [session.id],
        [`status = 'in_progress'`, `job_description_text = repeat('a', 50001)`],
      ),
    ).toEqual(['ok', '23514 interview_sessions_text_lengths']);
  });

  it('profile: résumé up to 100 000 characters', async () => {
    const user = await createUser('length-profile');
    expect(await updateOutcomes('user_profiles', 'id = $1', [user.id], attempts('resume_text', 100_000))).toEqual(
      expected('23514 user_profiles_resume_text_length'),
    );
  });

  it('answer: text up to 20 000, code and transcript up to 50 000 characters', async () => {
    const user = await createUser('length-answer');
    const session = await insertSession(user.id);
    const question = await insertQuestion(session.id);
    await sql(`insert into public.interview_responses (question_id, answer_text, code_answer) values ($1, 'An answer.', 'return 1;')`, [
      question.id,
    ]);
    const refused = '23514 interview_responses_lengths';
    const where = 'question_id = $1';
    expect(await updateOutcomes('interview_responses', where, [question.id], attempts('answer_text', 20_000))).toEqual(expected(refused));
    expect(await updateOutcomes('interview_responses', where, [question.id], attempts('code_answer', 50_000))).toEqual(expected(refused));
    expect(await updateOutcomes('interview_responses', where, [question.id], attempts('transcript', 50_000))).toEqual(expected(refused));
  });
});
