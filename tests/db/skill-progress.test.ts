import { describe, expect, it } from 'vitest';
import { createUser, insertSession, sql } from './helpers.ts';

async function report(userId: string, interviewId: string, skillScores: unknown, generatedAt: string) {
  await sql(
    `insert into public.interview_reports (interview_id, user_id, overall_score, skill_scores, generated_at)
     values ($1, $2, 70, $3::jsonb, $4)`,
    [interviewId, userId, JSON.stringify(skillScores), generatedAt],
  );
}

describe('user_skill_progress', () => {
  it('reads both score shapes (plain numbers and {score, question_count}) with the change between reports', async () => {
    const user = await createUser('skills');
    const first = await insertSession(user.id);
    const second = await insertSession(user.id);
    await report(user.id, first.id, { SQL: 50, React: { score: 80, question_count: 2 } }, '2026-01-01T00:00:00Z');
    await report(user.id, second.id, { SQL: { score: 65, question_count: 1 }, React: 'n/a' }, '2026-02-01T00:00:00Z');

    const { data, error } = await user.client
      .from('user_skill_progress')
      .select('skill, score, improvement')
      .order('skill')
      .order('generated_at');
    expect(error).toBeNull();
    expect(
      data!.map((row) => ({ ...row, score: Number(row.score), improvement: row.improvement === null ? null : Number(row.improvement) })),
    ).toEqual([
      { skill: 'React', score: 80, improvement: null },
      { skill: 'SQL', score: 50, improvement: null },
      { skill: 'SQL', score: 65, improvement: 15 },
    ]);

    const other = await createUser('skills-other');
    const { data: foreign } = await other.client.from('user_skill_progress').select('skill').eq('user_id', user.id);
    expect(foreign).toEqual([]);
  });
});
