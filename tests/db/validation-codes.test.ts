/**
 * Every field rule a person can break from the app answers through PostgREST with a stable machine code
 * in `details` (the SPA words it from the code, never from the constraint name in the message), and a
 * username two people take at the same moment goes to exactly one of them while the other gets the code.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../src/lib/database.types.ts';
import { closeSql, createAdmin, createUser, insertFinishedInterview, sql, sqlOne, stack, type TestUser } from './helpers.ts';

let user: TestUser, admin: TestUser;
beforeAll(async () => {
  [user, admin] = await Promise.all([createUser('rules'), createAdmin('rules-admin')]);
});
afterAll(closeSql);

const tag = () => randomUUID().slice(0, 8);

describe('user_profiles: the owner updating their profile', () => {
  it.each([
    ['username_format', () => ({ username: 'No Spaces!' })],
    ['username_format', () => ({ username: 'ab' })],
    ['full_name_too_long', () => ({ full_name: 'x'.repeat(201) })],
    ['bio_too_long', () => ({ bio: 'x'.repeat(2001) })],
    ['website_format', () => ({ website: 'example.com' })],
    ['experience_level_invalid', () => ({ experience_level: 'wizard' })],
    ['preferences_invalid', () => ({ preferences: { theme: 'neon' } })],
  ] as const)('%s', async (code, patch) => {
    const result = await user.client
      .from('user_profiles')
      .update(patch() as never)
      .eq('id', user.id);
    expect(result.error).toMatchObject({ code: '23514', details: code });
    expect(result.status).toBe(400);
  });

  it('accepts valid values and leaves unchanged ones alone', async () => {
    const result = await user.client
      .from('user_profiles')
      .update({ username: `ok_${tag()}`, website: 'https://example.com', experience_level: 'mid', bio: 'Hello' })
      .eq('id', user.id)
      .select('username')
      .single();
    expect(result.error).toBeNull();
    // Re-saving the same username is not "taken" by the profile that holds it.
    const again = await user.client.from('user_profiles').update({ username: result.data!.username }).eq('id', user.id);
    expect(again.error).toBeNull();
  });

  it('username_taken when another profile has the username', async () => {
    const other = await createUser('rules-other');
    const name = `taken_${tag()}`;
    expect((await other.client.from('user_profiles').update({ username: name }).eq('id', other.id)).error).toBeNull();
    const result = await user.client.from('user_profiles').update({ username: name }).eq('id', user.id);
    expect(result.error).toMatchObject({ code: '23505', details: 'username_taken' });
    expect(result.status).toBe(409);
  });

  it('of several people taking one username at the same moment, one gets it and every other one gets username_taken', async () => {
    const racers = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser(`rules-race-${i}`)));
    const name = `race_${tag()}`;
    const results = await Promise.all(racers.map((r) => r.client.from('user_profiles').update({ username: name }).eq('id', r.id)));
    expect(results.filter((r) => r.error === null)).toHaveLength(1);
    for (const failed of results.filter((r) => r.error !== null)) {
      expect(failed.error).toMatchObject({ code: '23505', details: 'username_taken' });
    }
    expect(Number((await sqlOne('select count(*) from public.user_profiles where username = $1', [name])).count)).toBe(1);
  });
});

/** Resolves once a backend other than `holder` waits for a lock (the API's update is queued behind it). */
async function someoneWaitsForALock(holder: pg.Client) {
  const holderPid = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  for (;;) {
    const [row] = await sql<{ waiting: string }>(
      `select count(*) as waiting from pg_stat_activity where wait_event_type = 'Lock' and $1 = any(pg_blocking_pids(pid))`,
      [holderPid],
    );
    if (Number(row!.waiting) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('user_profiles: two writers of one username', () => {
  it('the second writer, queued behind an uncommitted first one, gets username_taken once the first commits', async () => {
    const [first, second] = await Promise.all([createUser('rules-first'), createUser('rules-second')]);
    const name = `queued_${tag()}`;
    const holder = new pg.Client({ connectionString: stack().dbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('update public.user_profiles set username = $1 where id = $2', [name, first.id]);
      const pending = second.client.from('user_profiles').update({ username: name }).eq('id', second.id);
      const result = Promise.resolve(pending);
      await someoneWaitsForALock(holder);
      await holder.query('commit');
      expect((await result).error).toMatchObject({ code: '23505', details: 'username_taken' });
    } finally {
      await holder.end();
    }
  });
});

describe('question_bank: an admin saving a question', () => {
  const valid = () => ({ question: `Explain eventual consistency (${tag()}).`, type: 'system_design', difficulty: 'hard' });

  it.each<[string, Record<string, Json>]>([
    ['question_length', { question: 'Short?' }],
    ['question_type_invalid', { type: 'trivia' }],
    ['question_category_invalid', { category: 'cooking' }],
    ['question_difficulty_invalid', { difficulty: 'extreme' }],
    ['time_limit_range', { time_limit_seconds: 5 }],
    ['variants_invalid', { variants: [{ difficulty: 'easy' }] }],
    ['test_cases_invalid', { test_cases: [{ input: [1] }] }],
    [
      'criteria_weights_invalid',
      {
        evaluation_criteria: [
          { criterion: 'depth', weight: 50 },
          { criterion: 'clarity', weight: 30 },
        ],
      },
    ],
  ])('%s on create and on edit', async (code, bad) => {
    const created = await admin.client.rpc('admin_save_question', { p_question: { ...valid(), ...bad } });
    expect(created.error).toMatchObject({ code: '23514', details: code });
    const saved = await admin.client.rpc('admin_save_question', { p_question: valid() });
    expect(saved.error).toBeNull();
    const id = (saved.data as { id: string }).id;
    const edited = await admin.client.rpc('admin_save_question', { p_question_id: id, p_question: bad });
    expect(edited.error).toMatchObject({ code: '23514', details: code });
  });
});

describe('chat_messages: the owner rating an answer of the coach', () => {
  let messageId: string;
  beforeAll(async () => {
    const chat = await sqlOne<{ id: string }>(`insert into public.chat_sessions (user_id, title) values ($1, 'Rules') returning id`, [
      user.id,
    ]);
    messageId = (
      await sqlOne<{ id: string }>(
        `insert into public.chat_messages (chat_session_id, role, content, provider) values ($1, 'assistant', 'Tip', 'local') returning id`,
        [chat.id],
      )
    ).id;
  });

  it.each([
    ['rating_range', { rating: 6 }],
    ['rating_range', { rating: 0 }],
    ['feedback_too_long', { feedback_comment: 'x'.repeat(2001) }],
  ] as const)('%s', async (code, patch) => {
    const result = await user.client.from('chat_messages').update(patch).eq('id', messageId);
    expect(result.error).toMatchObject({ code: '23514', details: code });
  });

  it('a rating in range is saved', async () => {
    expect(
      (await user.client.from('chat_messages').update({ rating: 4, feedback_comment: 'Useful' }).eq('id', messageId)).error,
    ).toBeNull();
  });
});

describe('report_shares: the owner creating a link', () => {
  it.each([
    ['more than a year', 400 * 86_400_000],
    ['in the past', -86_400_000],
  ])('share_expiry_range for an expiry %s', async (_label, offset) => {
    const interview = await insertFinishedInterview(user);
    const result = await user.client
      .from('report_shares')
      .insert({ interview_id: interview.id, expires_at: new Date(Date.now() + offset).toISOString() });
    expect(result.error).toMatchObject({ code: '23514', details: 'share_expiry_range' });
    await sql('delete from public.interview_sessions where id = $1', [interview.id]);
  });
});
