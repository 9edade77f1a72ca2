/**
 * Engagement and bank statistics stay exact while doing O(1) work per event: an answer neither rewrites
 * the profile row nor locks the shared question_bank row; completion re-aggregates the profile once.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertBankQuestion, insertQuestion, insertSession, sql, sqlOne, stack } from './helpers.ts';

afterAll(closeSql);

const profileVersion = async (userId: string) =>
  (await sqlOne<{ xmin: string }>(`select xmin::text from public.user_profiles where id = $1`, [userId])).xmin;

describe('incremental engagement statistics', () => {
  it('answers on an active day leave the profile row alone; completing updates every profile statistic', async () => {
    const user = await createUser('incremental');
    const first = await insertSession(user.id);
    const done = await insertSession(user.id);
    await sql(`update public.interview_sessions set status = 'completed', score = 80 where id = $1`, [done.id]);
    const q1 = await insertQuestion(first.id);
    const q2 = await insertQuestion(first.id);

    const before = await profileVersion(user.id);
    await sql(`insert into public.interview_responses (question_id, answer_text) values ($1, 'first answer')`, [q1.id]);
    await sql(`insert into public.interview_responses (question_id, answer_text) values ($1, 'second answer')`, [q2.id]);
    expect(await profileVersion(user.id)).toBe(before);
    // …while the day's activity counts both answers
    const day = await sqlOne(
      `select questions_answered, interviews_started, interviews_completed from public.user_daily_activity
       where user_id = $1 and activity_date = (now() at time zone 'UTC')::date`,
      [user.id],
    );
    expect(day).toEqual({ questions_answered: 2, interviews_started: 2, interviews_completed: 1 });

    await sql(`update public.interview_sessions set status = 'completed', score = 60 where id = $1`, [first.id]);
    const profile = await sqlOne(
      `select total_interviews, completed_interviews, average_score, best_score, current_streak_days, longest_streak_days
       from public.user_profiles where id = $1`,
      [user.id],
    );
    expect(profile).toEqual({
      total_interviews: 2,
      completed_interviews: 2,
      average_score: '70.00',
      best_score: '80.00',
      current_streak_days: 1,
      longest_streak_days: 1,
    });
    // a later re-score of a completed interview is re-aggregated too
    await sql(`update public.interview_sessions set score = 100 where id = $1`, [first.id]);
    expect(await sqlOne(`select average_score, best_score from public.user_profiles where id = $1`, [user.id])).toEqual({
      average_score: '90.00',
      best_score: '100.00',
    });
  });

  it('a scored answer does not wait for a lock on its question_bank row; the refresh folds its statistics', async () => {
    const user = await createUser('bank-lock');
    const bank = await insertBankQuestion();
    const session = await insertSession(user.id);
    const question = await insertQuestion(session.id, { bank_question_id: bank.id });
    await sql(`insert into public.interview_responses (question_id, answer_text, time_taken_seconds) values ($1, 'a', 30)`, [question.id]);

    const holder = new pg.Client({ connectionString: stack().dbUrl });
    const scorer = new pg.Client({ connectionString: stack().dbUrl });
    await Promise.all([holder.connect(), scorer.connect()]);
    try {
      // another transaction holds the bank row the way a concurrent update of its statistics does
      await holder.query('begin');
      await holder.query(`select 1 from public.question_bank where id = $1 for no key update`, [bank.id]);
      // lock_timeout turns "would wait for the bank row" into an error instead of a hang
      await scorer.query(`set lock_timeout = '2s'`);
      await scorer.query(`update public.interview_responses set score = 90, evaluated_at = now() where question_id = $1`, [question.id]);
      await holder.query('rollback');
    } finally {
      await Promise.all([holder.end(), scorer.end()]);
    }

    await sql(`select analytics.refresh()`);
    expect(
      await sqlOne(`select times_answered, average_score, success_rate, average_time_seconds from public.question_bank where id = $1`, [
        bank.id,
      ]),
    ).toEqual({ times_answered: 1, average_score: '90.00', success_rate: '100.00', average_time_seconds: '30.00' });
  });
});
