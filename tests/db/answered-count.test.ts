// One definition of "answered": a main question (not a follow-up) with a stored answer. The session's
// questions_answered follows it whoever writes it (submit_response, update_interview_progress,
// complete_interview), so the dashboard, the history and the report agree.
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertQuestion, insertSession, serviceClient, sqlOne } from './helpers.ts';

afterAll(closeSql);

async function answered(interviewId: string) {
  return (await sqlOne<{ n: number }>('select questions_answered as n from public.interview_sessions where id = $1', [interviewId])).n;
}

describe('questions_answered', () => {
  it('counts main questions with an answer: not follow-ups, not skipped questions, not what a caller claims', async () => {
    const user = await createUser('answered');
    const session = await insertSession(user.id, 'in_progress', { total_questions: 3 });
    const first = await insertQuestion(session.id);
    await insertQuestion(session.id); // skipped: never answered
    await insertQuestion(session.id);
    const followUp = await sqlOne<{ id: string }>(
      `insert into public.interview_questions (interview_id, question_text, question_type, difficulty, is_follow_up, parent_question_id)
       values ($1, 'And what was the result?', 'behavioral', 'medium', true, $2) returning id`,
      [session.id, first.id],
    );

    expect((await user.client.rpc('submit_response', { p_question_id: first.id, p_answer_text: 'A B-tree index.' })).error).toBeNull();
    expect(
      (await user.client.rpc('submit_response', { p_question_id: followUp.id, p_answer_text: 'Queries got 10x faster.' })).error,
    ).toBeNull();
    expect(await answered(session.id)).toBe(1);

    // A caller cannot claim more.
    const claimed = await user.client.rpc('update_interview_progress', { p_session_id: session.session_id, p_questions_answered: 3 });
    expect(claimed.error).toBeNull();
    expect(await answered(session.id)).toBe(1);

    // Completing counts the same way (the follow-up answer is not a second answered question).
    const done = await serviceClient().rpc('complete_interview', { p_session_id: session.session_id, p_score: 40 });
    expect(done.error).toBeNull();
    expect(await answered(session.id)).toBe(1);
    const history = await user.client.rpc('get_user_interview_history', { p_limit: 5 });
    expect(history.data?.find((s) => s.id === session.id)).toMatchObject({ questions_answered: 1, total_questions: 3 });
  });
});
