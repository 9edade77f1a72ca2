/**
 * Interviews left open become abandoned by the scheduled job: only pending / in-progress sessions
 * untouched (no update, no answer) for `abandon_sessions_after`; ended ones never change; the owner
 * still reads an abandoned interview and its answers.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertQuestion, insertSession, sql, sqlOne, stack, type TestUser } from './helpers.ts';

/** Makes a session look untouched since `age` ago (the updated_at trigger would overwrite it). */
async function backdate(sessionId: string, age: string) {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('alter table public.interview_sessions disable trigger interview_sessions_set_updated_at');
    await client.query(`update public.interview_sessions set updated_at = now() - $2::interval where id = $1`, [sessionId, age]);
    await client.query('alter table public.interview_sessions enable trigger interview_sessions_set_updated_at');
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}

const statusOf = async (id: string) =>
  (await sqlOne<{ status: string }>('select status from public.interview_sessions where id = $1', [id])).status;

let user: TestUser;
beforeAll(async () => {
  user = await createUser('abandoned');
});
afterAll(closeSql);

describe('mark_abandoned_sessions', () => {
  it('abandons stale open sessions only, keeps fresh, recently answered and ended ones', async () => {
    const staleInProgress = await insertSession(user.id, 'in_progress');
    const stalePending = await insertSession(user.id, 'pending');
    const fresh = await insertSession(user.id, 'in_progress');
    const answeredRecently = await insertSession(user.id, 'in_progress');
    const completed = await insertSession(user.id, 'in_progress');
    await sql(`update public.interview_sessions set status = 'completed', score = 70 where id = $1`, [completed.id]);

    const question = await insertQuestion(answeredRecently.id);
    await sql(
      `insert into public.interview_responses (interview_id, question_id, user_id, answer_text) values ($1, $2, $3, 'A recent answer')`,
      [answeredRecently.id, question.id, user.id],
    );
    for (const session of [staleInProgress, stalePending, answeredRecently, completed]) await backdate(session.id, '25 hours');
    await backdate(fresh.id, '23 hours');

    const result = await sqlOne<{ r: { abandoned: number; untouched_for: string } }>('select private.mark_abandoned_sessions() as r');
    expect(result.r.abandoned).toBeGreaterThanOrEqual(2);
    expect(result.r.untouched_for).toBe('24:00:00');

    expect(await statusOf(staleInProgress.id)).toBe('abandoned');
    expect(await statusOf(stalePending.id)).toBe('abandoned');
    expect(await statusOf(fresh.id)).toBe('in_progress');
    expect(await statusOf(answeredRecently.id)).toBe('in_progress');
    expect(await statusOf(completed.id)).toBe('completed');

    const ended = await sqlOne<{ ended_at: Date | null; completed_at: Date | null }>(
      'select ended_at, completed_at from public.interview_sessions where id = $1',
      [staleInProgress.id],
    );
    expect(ended.ended_at).not.toBeNull();
    expect(ended.completed_at).toBeNull();

    // A second run finds nothing more of this user's to do.
    await sql('select private.mark_abandoned_sessions()');
    expect(await statusOf(fresh.id)).toBe('in_progress');
  });

  it('runs through the job wrapper and the owner still reads the abandoned interview with its answers', async () => {
    const session = await insertSession(user.id, 'in_progress');
    const question = await insertQuestion(session.id);
    await sql(
      `insert into public.interview_responses (interview_id, question_id, user_id, answer_text, submitted_at)
       values ($1, $2, $3, 'An answer from before the break', now() - interval '2 days')`,
      [session.id, question.id, user.id],
    );
    await backdate(session.id, '2 days');
    const run = await sqlOne<{ r: { outcome: string } }>("select private.run_job('mark_abandoned_sessions') as r");
    expect(run.r.outcome).toBe('ok');

    const { data, error } = await user.client
      .from('interview_sessions')
      .select('id, status, interview_responses(answer_text)')
      .eq('id', session.id)
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'abandoned', interview_responses: [{ answer_text: 'An answer from before the break' }] });

    // Ended is final: the owner cannot move it back or keep answering through progress updates.
    const progress = await user.client.rpc('update_interview_progress', { p_session_id: session.session_id, p_questions_answered: 1 });
    expect(progress.error).not.toBeNull();
  });

  it('the age is a setting', async () => {
    const session = await insertSession(user.id, 'in_progress');
    await backdate(session.id, '3 hours');
    const client = new pg.Client({ connectionString: stack().dbUrl });
    await client.connect();
    try {
      // Inside a transaction that is rolled back, so other tests never see the shorter setting.
      await client.query('begin');
      await client.query(`update private.app_settings set value = '"2 hours"' where key = 'abandon_sessions_after'`);
      const result = (await client.query('select private.mark_abandoned_sessions() as r')).rows[0].r;
      expect(result.untouched_for).toBe('02:00:00');
      expect((await client.query('select status from public.interview_sessions where id = $1', [session.id])).rows[0].status).toBe(
        'abandoned',
      );
    } finally {
      await client.query('rollback');
      await client.end();
    }
    expect(await statusOf(session.id)).toBe('in_progress');
  });
});
