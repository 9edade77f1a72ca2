/**
 * Triggers (profile on sign-up, completed_at, forward-only status, bank usage stats, referral
 * reward), admin RPCs incl. blocking, analytics correctness on a fixture, and the archive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonClient,
  closeSql,
  createAdmin,
  createUser,
  insertBankQuestion,
  insertQuestion,
  insertSession,
  PASSWORD,
  serviceClient,
  sql,
  sqlOne,
  type TestUser,
} from './helpers.ts';

let admin: TestUser, user: TestUser;
beforeAll(async () => {
  [admin, user] = await Promise.all([createAdmin('admin'), createUser('plain')]);
});
afterAll(closeSql);

describe('triggers', () => {
  it('sign-up creates the profile from raw_user_meta_data; username unique with a generated fallback', async () => {
    const a = await createUser('maker', { username: 'Taken_Name_1' });
    const profile = await a.client
      .from('user_profiles')
      .select('email, username, full_name, role, status, referral_code, preferences')
      .eq('id', a.id)
      .single();
    expect(profile.data).toMatchObject({
      email: a.email,
      username: 'taken_name_1',
      full_name: 'Test maker',
      role: 'user',
      status: 'active',
    });
    expect(profile.data!.referral_code).toMatch(/^[A-Z2-9]{10}$/);
    expect(profile.data!.preferences).toMatchObject({ theme: 'system', language: 'en', timezone: 'UTC' });
    const b = await createUser('maker', { username: 'taken_name_1' });
    const other = await sqlOne(`select username from public.user_profiles where id = $1`, [b.id]);
    expect(other.username).not.toBe('taken_name_1');
    expect(other.username).toMatch(/^maker-/);
  });

  it('email change on auth.users syncs the profile (lower-cased)', async () => {
    const u = await createUser('mail');
    await sql(`update auth.users set email = $2 where id = $1`, [u.id, `New.Address.${u.id.slice(0, 6)}@Example.com`]);
    expect((await sqlOne(`select email from public.user_profiles where id = $1`, [u.id])).email).toBe(
      `new.address.${u.id.slice(0, 6)}@example.com`,
    );
  });

  it('completed_at is set when an interview completes; status only moves forward', async () => {
    const s = await insertSession(user.id, 'pending');
    await expect(sql(`update public.interview_sessions set status = 'completed' where id = $1`, [s.id])).rejects.toThrow(
      /Invalid interview status transition: pending → completed/,
    );
    await sql(`update public.interview_sessions set status = 'in_progress' where id = $1`, [s.id]);
    await sql(`update public.interview_sessions set status = 'completed', score = 70 where id = $1`, [s.id]);
    const done = await sqlOne(`select completed_at, ended_at from public.interview_sessions where id = $1`, [s.id]);
    expect(done.completed_at).not.toBeNull();
    expect(done.ended_at).not.toBeNull();
    await expect(sql(`update public.interview_sessions set status = 'in_progress' where id = $1`, [s.id])).rejects.toThrow(
      /Invalid interview status transition/,
    );
    // a stray completed_at on a session that is not completed is cleared
    const p = await insertSession(user.id, 'in_progress');
    await sql(`update public.interview_sessions set completed_at = now() where id = $1`, [p.id]);
    expect((await sqlOne(`select completed_at from public.interview_sessions where id = $1`, [p.id])).completed_at).toBeNull();
  });

  it('a new interview: pending keeps its times but no completion time, in_progress starts, no other status', async () => {
    const stray = await insertSession(user.id, 'pending', { completed_at: '2026-01-02T00:00:00Z', started_at: '2026-01-01T00:00:00Z' });
    const pending = await sqlOne(`select completed_at, started_at, ended_at from public.interview_sessions where id = $1`, [stray.id]);
    expect(pending.completed_at).toBeNull();
    expect(pending.started_at).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(pending.ended_at).toBeNull();
    const started = await insertSession(user.id, 'in_progress');
    expect((await sqlOne(`select started_at from public.interview_sessions where id = $1`, [started.id])).started_at).not.toBeNull();
    for (const status of ['completed', 'cancelled', 'abandoned']) {
      await expect(insertSession(user.id, status as 'pending')).rejects.toThrow(`A new interview cannot start as ${status}`);
    }
  });

  it('question bank usage and scoring statistics follow the analytics refresh', async () => {
    const bq = await insertBankQuestion({ difficulty: 'hard' });
    const scores = [40, 80, 90];
    for (const score of scores) {
      const s = await insertSession(user.id);
      const q = await insertQuestion(s.id, { bank_question_id: bq.id });
      await sql(`insert into public.interview_responses (question_id, answer_text, time_taken_seconds) values ($1, 'a', 60)`, [q.id]);
      await serviceClient().from('interview_responses').update({ score, evaluated_at: new Date().toISOString() }).eq('question_id', q.id);
    }
    // times_used is recounted and scoring deltas are folded by the analytics refresh (no hot bank row per
    // generated question or scored answer)
    expect(await sqlOne(`select times_used, times_answered from public.question_bank where id = $1`, [bq.id])).toEqual({
      times_used: 0,
      times_answered: 0,
    });
    await sql(`select analytics.refresh()`);
    let stats = await sqlOne(
      `select times_used, times_answered, average_score, success_rate, average_time_seconds from public.question_bank where id = $1`,
      [bq.id],
    );
    expect(stats).toEqual({
      times_used: 3,
      times_answered: 3,
      average_score: '70.00',
      success_rate: '66.67',
      average_time_seconds: '60.00',
    });
    // re-scoring one answer (40 → 100) adjusts without double counting
    await sql(
      `update public.interview_responses r set score = 100 from public.interview_questions q
               where q.id = r.question_id and q.bank_question_id = $1 and r.score = 40`,
      [bq.id],
    );
    await sql(`select analytics.refresh()`);
    stats = await sqlOne(`select times_answered, average_score, success_rate from public.question_bank where id = $1`, [bq.id]);
    expect(stats).toEqual({ times_answered: 3, average_score: '90.00', success_rate: '100.00' });
  });

  it('referral: sign-up via code is recorded; first paid payment rewards the referrer exactly once', async () => {
    const referrer = await createUser('referrer');
    const code = (await sqlOne(`select referral_code from public.user_profiles where id = $1`, [referrer.id])).referral_code;
    const friend = await createUser('friend', { referral_code: code });
    const mine = await referrer.client.from('referrals').select('status, referral_code');
    expect(mine.data).toEqual([{ status: 'signed_up', referral_code: code }]);
    expect((await friend.client.rpc('claim_referral', { p_referral_code: code })).error?.code).toBe('P0001');
    expect((await referrer.client.rpc('claim_referral', { p_referral_code: code })).error?.message).toMatch(/own referral code/);
    for (const invoice of ['in_ref_1', 'in_ref_2']) {
      await serviceClient()
        .from('payment_history')
        .insert({ user_id: friend.id, stripe_invoice_id: `${invoice}_${friend.id.slice(0, 8)}`, amount_cents: 1900, status: 'paid' });
    }
    expect((await referrer.client.rpc('get_referral_summary')).data).toMatchObject({
      signups: 1,
      conversions: 1,
      rewards: 1,
      bonus_interviews_available: 3,
    });
  });
});

describe('admin', () => {
  it('non-admins get 42501 from every admin and analytics RPC', async () => {
    const calls: [string, Record<string, unknown>][] = [
      ['admin_list_users', {}],
      ['admin_set_user_status', { p_user_id: admin.id, p_status: 'blocked' }],
      ['admin_set_user_role', { p_user_id: user.id, p_role: 'admin' }],
      ['admin_system_health', {}],
      ['admin_analytics_completion_rate', {}],
      ['admin_analytics_mrr', {}],
      ['admin_analytics_ai_providers', {}],
      ['admin_analytics_question_calibration', {}],
      ['admin_refresh_analytics', {}],
      ['admin_run_lifecycle', {}],
    ];
    for (const [fn, args] of calls) {
      const { error } = await user.client.rpc(fn as never, args as never);
      expect(error?.code, fn).toBe('42501');
    }
    expect((await sqlOne(`select role from public.user_profiles where id = $1`, [user.id])).role).toBe('user');
  });

  it('admin lists and searches users', async () => {
    const { data, error } = await admin.client.rpc('admin_list_users', { p_search: user.email.slice(0, 12) });
    expect(error).toBeNull();
    expect(data!.map((r) => r.id)).toContain(user.id);
    expect((await admin.client.rpc('admin_list_users', { p_status: 'nope' })).error?.code).toBe('22023');
  });

  it('blocking signs the user out, refuses refresh and sign-in, and RLS returns nothing; unblocking restores', async () => {
    const victim = await createUser('victim');
    await victim.client.rpc('create_interview_session', { p_job_role: 'Dev' });
    const blocked = await admin.client.rpc('admin_set_user_status', { p_user_id: victim.id, p_status: 'blocked' });
    expect(blocked.error).toBeNull();
    expect((await sqlOne(`select banned_until::text from auth.users where id = $1`, [victim.id])).banned_until).toBe('infinity');
    expect(Number((await sqlOne(`select count(*) from auth.sessions where user_id = $1`, [victim.id])).count)).toBe(0);
    // the still-valid access token gets nothing
    expect((await victim.client.from('interview_sessions').select('id')).data).toEqual([]);
    expect((await victim.client.rpc('create_interview_session', { p_job_role: 'Dev' })).error?.code).toBe('42501');
    // refresh and sign-in are refused
    expect((await victim.client.auth.refreshSession({ refresh_token: victim.session.refresh_token })).error).not.toBeNull();
    const signIn = await anonClient().auth.signInWithPassword({ email: victim.email, password: PASSWORD });
    expect(signIn.error?.code).toBe('user_banned');
    // unblock
    await admin.client.rpc('admin_set_user_status', { p_user_id: victim.id, p_status: 'active' });
    const again = await anonClient().auth.signInWithPassword({ email: victim.email, password: PASSWORD });
    expect(again.error).toBeNull();
    expect(
      (await sql(`select action from public.admin_audit_log where target_user_id = $1 order by id`, [victim.id])).map((r) => r.action),
    ).toEqual(['set_user_status', 'set_user_status']);
    expect((await admin.client.rpc('admin_set_user_status', { p_user_id: admin.id, p_status: 'blocked' })).error?.code).toBe('P0001');
  });

  it('admin grants and revokes admin; cannot demote self', async () => {
    const u = await createUser('promote');
    expect((await admin.client.rpc('admin_set_user_role', { p_user_id: u.id, p_role: 'admin' })).data?.role).toBe('admin');
    expect((await u.client.rpc('admin_list_users', { p_limit: 1 })).error).toBeNull();
    expect((await admin.client.rpc('admin_set_user_role', { p_user_id: u.id, p_role: 'user' })).data?.role).toBe('user');
    expect((await admin.client.rpc('admin_set_user_role', { p_user_id: admin.id, p_role: 'user' })).error?.code).toBe('P0001');
    expect((await admin.client.rpc('admin_set_user_role', { p_user_id: u.id, p_role: 'root' })).error?.code).toBe('22023');
  });

  it('admin manages bank questions with validation (criteria weights must sum to 100)', async () => {
    const bad = await admin.client.rpc('admin_save_question', {
      p_question: {
        question: 'Explain eventual consistency.',
        type: 'system_design',
        difficulty: 'hard',
        evaluation_criteria: [
          { criterion: 'depth', weight: 50 },
          { criterion: 'clarity', weight: 30 },
        ],
      },
    });
    expect(bad.error?.code).toBe('23514');
    const ok = await admin.client.rpc('admin_save_question', {
      p_question: {
        question: 'Explain eventual consistency.',
        type: 'system_design',
        difficulty: 'hard',
        key_points: ['replicas converge'],
        evaluation_criteria: [
          { criterion: 'depth', weight: 70 },
          { criterion: 'clarity', weight: 30 },
        ],
      },
    });
    expect(ok.error).toBeNull();
    const full = await admin.client.rpc('admin_get_question', { p_question_id: ok.data!.id });
    expect(full.data?.[0]?.key_points).toEqual(['replicas converge']);
    const off = await admin.client.rpc('admin_set_question_active', { p_question_id: ok.data!.id, p_is_active: false });
    expect(off.data?.is_active).toBe(false);
    expect((await user.client.from('question_bank').select('id').eq('id', ok.data!.id)).data).toEqual([]);
  });
});

describe('analytics on a fixture', () => {
  it('completion rate, score by status, AI provider stats match independently computed values', async () => {
    const fixture = await insertSession(user.id, 'in_progress');
    expect((await serviceClient().rpc('complete_interview', { p_session_id: fixture.session_id, p_score: 64 })).error).toBeNull();
    // a private time window (other test files write concurrently): 3 sessions, 2 completed
    const day = new Date(Date.UTC(2003, 0, 1) + Math.floor(Math.random() * 3000) * 86400000);
    const at = day.toISOString();
    for (const complete of [true, true, false]) {
      const s = await insertSession(user.id, 'in_progress', { created_at: at });
      if (complete) await sql(`update public.interview_sessions set status = 'completed', score = 50 where id = $1`, [s.id]);
    }
    const to = new Date(day.getTime() + 86400000).toISOString();
    const rate = await admin.client.rpc('admin_analytics_completion_rate', { p_from: at, p_to: to });
    expect(rate.data).toEqual([{ total_sessions: 3, completed_sessions: 2, completion_rate: 66.67 }]);

    const provider = `fx${Date.now()}`;
    const rows = [
      [100, true],
      [200, true],
      [300, false],
      [400, true],
    ] as const;
    for (const [latency, success] of rows) {
      await sql(
        `insert into public.ai_usage_events (operation, provider, latency_ms, cost_usd, success, error_type) values ('score_answer', $1, $2, 0.01, $3, $4)`,
        [provider, latency, success, success ? null : 'timeout'],
      );
    }
    const ai = (await admin.client.rpc('admin_analytics_ai_providers', { p_days: 1 })).data!.find((r) => r.provider === provider)!;
    expect(ai).toMatchObject({ calls: 4, errors: 1, error_rate: 25, average_latency_ms: 250, total_cost_usd: 0.04 });

    expect((await admin.client.rpc('admin_analytics_average_score_by_status')).error).toBeNull();
    // same snapshot: the function vs. an independent aggregate in one statement
    const same = await sqlOne(`select (select to_jsonb(f) from analytics.average_score_by_status() f where f.status = 'completed') as fn,
      (select jsonb_build_object('status', 'completed', 'session_count', count(*), 'average_score', round(avg(score), 2), 'min_score', min(score), 'max_score', max(score))
       from public.interview_sessions where score is not null and status = 'completed') as independent`);
    expect(same.fn).toEqual(same.independent);
    expect((await admin.client.rpc('admin_refresh_analytics')).error).toBeNull();
    expect((await admin.client.rpc('admin_analytics_daily_metrics', { p_days: 1 })).data).toHaveLength(1);
  });
});

describe('lifecycle', () => {
  it('archives exactly the old finished interviews with their children; nothing is lost', async () => {
    const u = await createUser('archive');
    const old = await insertSession(u.id, 'in_progress');
    const q = await insertQuestion(old.id);
    await sql(`insert into public.interview_responses (question_id, answer_text) values ($1, 'old answer')`, [q.id]);
    await sql(`update public.interview_sessions set status = 'completed' where id = $1`, [old.id]);
    await sql(
      `update public.interview_sessions set ended_at = now() - interval '3 years', created_at = now() - interval '3 years' where id = $1`,
      [old.id],
    );
    const recent = await insertSession(u.id, 'in_progress');
    // counted for this user only: other test files write concurrently
    const count = async () =>
      await sqlOne(
        `select
      (select count(*) from public.interview_sessions where user_id = $1) + (select count(*) from archive.interview_sessions where user_id = $1) as sessions,
      (select count(*) from public.interview_responses where user_id = $1) + (select count(*) from archive.interview_responses where user_id = $1) as responses`,
        [u.id],
      );
    const before = await count();
    const result = await admin.client.rpc('admin_run_lifecycle');
    expect(result.error).toBeNull();
    expect(await count()).toEqual(before);
    expect(await sql(`select id from archive.interview_sessions where user_id = $1`, [u.id])).toEqual([{ id: old.id }]);
    expect(await sql(`select id from public.interview_sessions where user_id = $1`, [u.id])).toEqual([{ id: recent.id }]);
    expect(Number((await sqlOne(`select count(*) from archive.interview_responses where interview_id = $1`, [old.id])).count)).toBe(1);
  });

  it('account deletion removes everything of the user and anonymises payments', async () => {
    const u = await createUser('leaver');
    await insertSession(u.id);
    await serviceClient()
      .from('payment_history')
      .insert({ user_id: u.id, stripe_invoice_id: `in_leave_${u.id.slice(0, 8)}`, amount_cents: 500, status: 'paid' });
    expect((await u.client.rpc('delete_my_account', { p_confirm: 'nope' })).error?.code).toBe('22023');
    expect((await u.client.rpc('delete_my_account', { p_confirm: 'DELETE' })).error).toBeNull();
    for (const t of ['user_profiles', 'interview_sessions']) {
      const col = t === 'user_profiles' ? 'id' : 'user_id';
      expect(Number((await sqlOne(`select count(*) from public.${t} where ${col} = $1`, [u.id])).count)).toBe(0);
    }
    expect(await sql(`select user_id from public.payment_history where stripe_invoice_id = $1`, [`in_leave_${u.id.slice(0, 8)}`])).toEqual([
      { user_id: null },
    ]);
  });
});
