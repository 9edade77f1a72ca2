/**
 * The interview loop's bookkeeping writes each row once per event: a new interview and a completion
 * update their owner's profile once (counters and activity together), an AI usage event that changes
 * none of the session's AI totals does not rewrite the session, and an answer does not rewrite the
 * profile. Counted with pg_stat_xact_user_tables, which reports the rows the current transaction wrote.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, giveSubscription, insertQuestion, insertSession, sql, sqlOne, stack } from './helpers.ts';

afterAll(closeSql);

/** Runs `work` in one transaction and returns the rows it updated per table (then commits). */
async function rowsUpdated(work: (client: pg.Client) => Promise<void>, tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    await work(client);
    const { rows } = await client.query<{ relname: string; n: string }>(
      `select relname, n_tup_upd::text as n from pg_stat_xact_user_tables where schemaname = 'public' and relname = any ($1)`,
      [tables],
    );
    await client.query('commit');
    return Object.fromEntries(tables.map((t) => [t, Number(rows.find((r) => r.relname === t)?.n ?? 0)]));
  } finally {
    await client.end();
  }
}

/** The caller as PostgREST sets it up for a signed-in user's request. */
async function actAs(client: pg.Client, userId: string) {
  await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
    JSON.stringify({ sub: userId, role: 'authenticated', aal: 'aal1' }),
  ]);
}

// The sign-up's sign-in already counted as today's activity a moment ago; an older last_activity_at makes
// the next event move it, which is the case where the profile used to be written twice.
const ageActivity = (userId: string) =>
  sql(`update public.user_profiles set last_activity_at = now() - interval '5 minutes' where id = $1`, [userId]);

describe('one write per row and event in the interview loop', () => {
  it('creating an interview updates the profile once, with the new total and the activity', async () => {
    const user = await createUser('one-write-create');
    await giveSubscription(user.id);
    await ageActivity(user.id);
    const updated = await rowsUpdated(
      async (client) => {
        await actAs(client, user.id);
        await client.query(`select id from public.create_interview_session(p_job_role => 'Backend Developer', p_total_questions => 3)`);
      },
      ['user_profiles'],
    );
    expect(updated.user_profiles).toBe(1);
    const profile = await sqlOne<{ total_interviews: number; recent: boolean }>(
      `select total_interviews, last_activity_at > now() - interval '1 minute' as recent from public.user_profiles where id = $1`,
      [user.id],
    );
    expect(profile).toEqual({ total_interviews: 1, recent: true });
  });

  it('completing an interview updates the profile once, with the statistics and the activity', async () => {
    const user = await createUser('one-write-complete');
    const session = await insertSession(user.id);
    const question = await insertQuestion(session.id);
    await sql(`insert into public.interview_responses (question_id, answer_text) values ($1, 'an answer')`, [question.id]);
    await ageActivity(user.id);
    const updated = await rowsUpdated(
      async (client) => {
        await client.query(`update public.interview_sessions set status = 'completed', score = 80, duration_seconds = 300 where id = $1`, [
          session.id,
        ]);
      },
      ['user_profiles'],
    );
    expect(updated.user_profiles).toBe(1);
    const profile = await sqlOne(
      `select total_interviews, completed_interviews, average_score, best_score, total_practice_seconds,
              last_activity_at > now() - interval '1 minute' as recent
       from public.user_profiles where id = $1`,
      [user.id],
    );
    expect(profile).toEqual({
      total_interviews: 1,
      completed_interviews: 1,
      average_score: '80.00',
      best_score: '80.00',
      total_practice_seconds: 300,
      recent: true,
    });
    const day = await sqlOne(
      `select interviews_completed, time_spent_seconds from public.user_daily_activity
       where user_id = $1 and activity_date = (now() at time zone 'UTC')::date`,
      [user.id],
    );
    expect(day).toEqual({ interviews_completed: 1, time_spent_seconds: 300 });
    expect(await sql(`select achievement_key, interview_id from public.user_achievements where user_id = $1`, [user.id])).toEqual([
      { achievement_key: 'first_interview', interview_id: session.id },
    ]);
  });

  it('an AI usage event that changes none of the session totals leaves the session row alone', async () => {
    const user = await createUser('one-write-usage');
    const session = await insertSession(user.id);
    const event = (latency: number, provider = 'local') =>
      sql(
        `insert into public.ai_usage_events (user_id, interview_id, operation, provider, latency_ms) values ($1, $2, 'score_answer', $3, $4)`,
        [user.id, session.id, provider, latency],
      );
    await event(0); // the first event names the provider

    const unchanged = await rowsUpdated(
      async (client) => {
        await client.query(
          `insert into public.ai_usage_events (user_id, interview_id, operation, provider, latency_ms) values ($1, $2, 'score_answer', 'local', 0)`,
          [user.id, session.id],
        );
      },
      ['interview_sessions'],
    );
    expect(unchanged.interview_sessions).toBe(0);

    await event(120);
    await event(0, 'openai');
    expect(
      await sqlOne(`select ai_provider, ai_processing_ms, ai_fallback_used from public.interview_sessions where id = $1`, [session.id]),
    ).toEqual({ ai_provider: 'openai', ai_processing_ms: 120, ai_fallback_used: false });
  });

  it('an answer on an active day does not update the profile', async () => {
    const user = await createUser('one-write-answer');
    const session = await insertSession(user.id);
    const question = await insertQuestion(session.id);
    const updated = await rowsUpdated(
      async (client) => {
        await actAs(client, user.id);
        await client.query(`select id from public.submit_response(p_question_id => $1, p_answer_text => 'an answer')`, [question.id]);
      },
      ['user_profiles', 'interview_sessions'],
    );
    expect(updated).toEqual({ user_profiles: 0, interview_sessions: 1 });
  });
});
