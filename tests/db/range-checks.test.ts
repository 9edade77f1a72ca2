/**
 * The range rules on report scores, profile scores and counters and the day's activity counters: every
 * column refused out of range with SQLSTATE 23514 naming the rule, its bounds and nulls accepted, one bad
 * column refused whatever the others hold (nulls included).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, insertFinishedInterview, sql, updateOutcomes } from './helpers.ts';

afterAll(closeSql);

describe('range checks', () => {
  it('report scores: each of the six is refused below 0 and above 100; bounds and nulls pass', async () => {
    const user = await createUser('range-report');
    const { id: interviewId } = await insertFinishedInterview(user);
    const columns = ['overall_score', 'communication_score', 'technical_score', 'behavioral_score', 'consistency', 'confidence'];
    const refused = '23514 interview_reports_scores';
    for (const column of columns) {
      const others = columns.filter((c) => c !== column);
      expect(
        await updateOutcomes(
          'interview_reports',
          'interview_id = $1 and report_type = $2',
          [interviewId, 'detailed'],
          [
            `${column} = -0.01`,
            `${column} = 100.01`,
            `${column} = 'NaN'`,
            `${column} = 0`,
            `${column} = 100`,
            `${column} = null`,
            `${column} = 101, ${others.map((c) => `${c} = null`).join(', ')}`,
            `${column} = -1, ${others.map((c) => `${c} = 50`).join(', ')}`,
            `${columns.map((c) => `${c} = null`).join(', ')}`,
          ],
        ),
        column,
      ).toEqual([refused, refused, refused, 'ok', 'ok', 'ok', refused, refused, 'ok']);
    }
  });

  it('profile: average and best score within 0–100 or null; every counter at least 0', async () => {
    const user = await createUser('range-profile');
    const scores = '23514 user_profiles_scores_range';
    for (const column of ['average_score', 'best_score']) {
      const other = column === 'average_score' ? 'best_score' : 'average_score';
      expect(
        await updateOutcomes(
          'user_profiles',
          'id = $1',
          [user.id],
          [
            `${column} = -0.01`,
            `${column} = 100.01`,
            `${column} = 0, ${other} = 100`,
            `${column} = null, ${other} = null`,
            `${column} = 101, ${other} = null`,
            `${column} = -5, ${other} = 50`,
          ],
        ),
        column,
      ).toEqual([scores, scores, 'ok', 'ok', scores, scores]);
    }
    const counters = [
      'login_count',
      'bonus_interviews',
      'total_interviews',
      'completed_interviews',
      'total_practice_seconds',
      'total_chat_messages',
      'current_streak_days',
      'longest_streak_days',
    ];
    const counts = '23514 user_profiles_counts_non_negative';
    for (const column of counters) {
      expect(
        await updateOutcomes('user_profiles', 'id = $1', [user.id], [`${column} = -1`, `${column} = 0`, `${column} = 2147483647`]),
        column,
      ).toEqual([counts, 'ok', 'ok']);
    }
  });

  it("day's activity: every counter at least 0", async () => {
    const user = await createUser('range-activity');
    await sql(`insert into public.user_daily_activity (user_id, activity_date) values ($1, date '2020-01-01') on conflict do nothing`, [
      user.id,
    ]);
    const counters = [
      'logins',
      'interviews_started',
      'interviews_completed',
      'questions_answered',
      'practice_attempts',
      'chat_messages',
      'time_spent_seconds',
    ];
    const refused = '23514 user_daily_activity_counters';
    for (const column of counters) {
      expect(
        await updateOutcomes(
          'user_daily_activity',
          `user_id = $1 and activity_date = date '2020-01-01'`,
          [user.id],
          [`${column} = -1`, `${column} = 0`, `${column} = 5`],
        ),
        column,
      ).toEqual([refused, 'ok', 'ok']);
    }
  });
});
