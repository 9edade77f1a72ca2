/**
 * What finish_interview_completion and submit_response leave behind, whichever way they are written inside:
 * every skill gap of a completion gets its learning resources (the active ones of its skill, at most 3, in
 * priority order; none for a skill without resources), and the session's answered count follows the answers
 * to main questions (a re-submitted answer counts once).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, giveSubscription, insertQuestion, insertSession, serviceClient, sql, sqlOne } from './helpers.ts';

afterAll(closeSql);

describe('the completion links each skill gap to its learning resources', () => {
  it('links up to 3 active resources per gap, by priority, for every gap of the call', async () => {
    const user = await createUser('gap-links');
    const session = await insertSession(user.id);
    const question = await insertQuestion(session.id);
    const answered = await user.client.rpc('submit_response', { p_question_id: question.id, p_answer_text: 'An index on user_id.' });
    expect(answered.error).toBeNull();

    // two skills with 4 resources each (one inactive, so 3 remain), plus one skill without any
    const suffix = Math.random().toString(36).slice(2, 8);
    const skills = [`gap-skill-a-${suffix}`, `gap-skill-b-${suffix}`];
    for (const skill of skills) {
      await sql(
        `insert into public.learning_resources (title, url, skill, resource_type, priority, is_active)
         select $1 || ' ' || n, 'https://example.com/' || $1 || '/' || n, $1, 'article', n, n <> 2
         from generate_series(1, 5) n`,
        [skill],
      );
    }
    const gaps = [...skills, `gap-skill-none-${suffix}`].map((skill) => ({
      skill_name: skill.toUpperCase(), // matched case-insensitively
      proficiency_level: 'weak',
      gap_score: 60,
      skill_score: 40,
      recommendation: 'Practise.',
    }));
    const finished = await serviceClient().rpc('finish_interview_completion', {
      p_interview_id: session.id,
      p_score: 40,
      p_feedback: { summary: 'ok' },
      p_report: { summary: 'ok', scores: { overall: 40 } },
      p_statistics: {},
      p_duration_seconds: 60,
      p_skill_gaps: gaps,
      p_usage: [],
    });
    expect(finished.error).toBeNull();

    const links = await sql<{ skill_name: string; priorities: number[] }>(
      `select g.skill_name, array_agg(r.priority order by r.priority) as priorities
       from public.skill_gaps g
       left join public.skill_gap_resources l on l.skill_gap_id = g.id
       left join public.learning_resources r on r.id = l.resource_id
       where g.interview_id = $1 group by g.skill_name order by g.skill_name`,
      [session.id],
    );
    expect(links).toEqual([
      { skill_name: skills[0]!.toUpperCase(), priorities: [1, 3, 4] },
      { skill_name: skills[1]!.toUpperCase(), priorities: [1, 3, 4] },
      { skill_name: `GAP-SKILL-NONE-${suffix.toUpperCase()}`, priorities: [null] },
    ]);
    const owners = await sqlOne<{ n: number }>(
      `select count(*)::int as n from public.skill_gap_resources l join public.skill_gaps g on g.id = l.skill_gap_id
       where g.interview_id = $1 and l.user_id = $2`,
      [session.id, user.id],
    );
    expect(owners.n).toBe(6);
  });
});

describe('the answered count after submit_response', () => {
  it('counts each main question once, whether its answer is new or re-submitted, and moves the session to in progress', async () => {
    const user = await createUser('answered-after-submit');
    await giveSubscription(user.id);
    const session = await insertSession(user.id, 'pending', { total_questions: 3 });
    const first = await insertQuestion(session.id);
    const second = await sql<{ id: string }>(
      `insert into public.interview_questions (interview_id, question_text, question_type, difficulty)
       values ($1, 'Explain a hash join.', 'technical', 'medium') returning id`,
      [session.id],
    );
    const state = () =>
      sqlOne<{ status: string; questions_answered: number }>(
        `select status, questions_answered from public.interview_sessions where id = $1`,
        [session.id],
      );
    const submit = (questionId: string, text: string) =>
      user.client.rpc('submit_response', { p_question_id: questionId, p_answer_text: text });

    expect((await submit(first.id, 'First answer.')).error).toBeNull();
    expect(await state()).toEqual({ status: 'in_progress', questions_answered: 1 });
    expect((await submit(first.id, 'First answer, revised.')).error).toBeNull();
    expect(await state()).toEqual({ status: 'in_progress', questions_answered: 1 });
    expect((await submit(second[0]!.id, 'Second answer.')).error).toBeNull();
    expect(await state()).toEqual({ status: 'in_progress', questions_answered: 2 });
  });
});
