/**
 * RPCs through PostgREST as real users: happy path, wrong user, bad arguments (clear error, nothing
 * written), quota, and forging attempts (own score, plan, role, status, another user's id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeSql,
  createUser,
  giveSubscription,
  insertBankQuestion,
  insertQuestion,
  insertSession,
  serviceClient,
  sql,
  sqlOne,
  type TestUser,
} from './helpers.ts';

/** The parts of get_user_stats' JSON these tests read. */
interface UserStats {
  completed_interviews: number;
  score_trend: unknown[];
  current_streak_days: number;
  achievements: { key: string }[];
}

let alice: TestUser, bob: TestUser;
const sessionsOf = async (id: string) =>
  Number((await sqlOne(`select count(*) from public.interview_sessions where user_id = $1`, [id])).count);

beforeAll(async () => {
  [alice, bob] = await Promise.all([createUser('alice'), createUser('bob')]);
});
afterAll(closeSql);

describe('create_interview_session', () => {
  it('creates a pending session for the caller with normalised config', async () => {
    const { data, error } = await alice.client.rpc('create_interview_session', {
      p_job_role: 'Frontend Developer',
      p_company: 'Acme',
      p_interview_type: 'technical',
      p_difficulty: 'senior',
      p_tech_stack: ['React', ' TypeScript ', ''],
      p_total_questions: 4,
      p_resume_filename: 'cv.pdf',
      p_resume_text: 'React dev',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({
      user_id: alice.id,
      email: alice.email,
      status: 'pending',
      difficulty: 'hard',
      interview_type: 'technical',
      title: 'Frontend Developer interview',
      total_questions: 4,
      resume_filename: 'cv.pdf',
      completed_at: null,
    });
    expect([...data!.tech_stack].sort()).toEqual(['React', 'TypeScript']);
    expect(data!.session_id).toMatch(/^sess_[0-9a-f]{24}$/);
  });

  it('rejects another user id (the optional p_user_id must be the caller) with 42501 and writes nothing', async () => {
    const before = await sessionsOf(bob.id);
    const { error } = await alice.client.rpc('create_interview_session', { p_job_role: 'Dev', p_user_id: bob.id });
    expect(error?.code).toBe('42501');
    expect(error?.message).toMatch(/p_user_id does not match/);
    expect(await sessionsOf(bob.id)).toBe(before);
  });

  it.each([
    [{ p_job_role: '' }, '22023', /job role is required/],
    [{ p_job_role: 'Dev', p_difficulty: 'impossible' }, '22023', /Unknown difficulty/],
    [{ p_job_role: 'Dev', p_interview_type: 'trivia' }, '22023', /Unknown interview type/],
    [{ p_job_role: 'Dev', p_total_questions: 0 }, '22023', /between 1 and 50/],
    [{ p_job_role: 'Dev', p_session_id: 'bad id!' }, '22023', /p_session_id/],
  ])('bad arguments %j → %s, nothing written', async (args, code, message) => {
    const before = await sessionsOf(alice.id);
    const { error } = await alice.client.rpc('create_interview_session', args as never);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
    expect(await sessionsOf(alice.id)).toBe(before);
  });

  it('duplicate session_id → 23505', async () => {
    const id = `sess_dup_${Date.now()}`;
    const user = await createUser('dup');
    expect((await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_session_id: id })).error).toBeNull();
    const { error } = await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_session_id: id });
    expect(error?.code).toBe('23505');
  });

  it('enforces the Free quota (3/month) with a clear P0001 message and hint; Pro is unlimited', async () => {
    const user = await createUser('quota');
    for (let i = 0; i < 3; i++) expect((await user.client.rpc('create_interview_session', { p_job_role: 'Dev' })).error).toBeNull();
    const { error } = await user.client.rpc('create_interview_session', { p_job_role: 'Dev' });
    expect(error?.code).toBe('P0001');
    expect(error?.message).toBe('Monthly interview limit reached: your Free plan includes 3 interviews per month and you have used 3.');
    expect(error?.hint).toMatch(/Upgrade to Pro/);
    expect(error?.details).toBe('quota_exceeded');
    expect(await sessionsOf(user.id)).toBe(3);
    const usage = await user.client.rpc('get_plan_usage');
    expect(usage.data).toMatchObject({ plan_id: 'free', interviews_used: 3, interviews_limit: 3, interviews_remaining: 0 });

    await giveSubscription(user.id, 'pro_monthly');
    expect((await user.client.rpc('create_interview_session', { p_job_role: 'Dev' })).error).toBeNull();
    expect((await user.client.rpc('get_plan_usage')).data).toMatchObject({ plan_id: 'pro_monthly', interviews_limit: null });
  });

  it('past_due keeps Pro within the grace days, then falls back to Free', async () => {
    const user = await createUser('pastdue');
    const sub = await giveSubscription(user.id, 'pro_monthly', 'past_due');
    expect((await user.client.rpc('get_plan_usage')).data).toMatchObject({ plan_id: 'pro_monthly', past_due: true });
    await sql(`update public.subscriptions set past_due_since = now() - interval '8 days' where id = $1`, [sub]);
    expect((await user.client.rpc('get_plan_usage')).data).toMatchObject({ plan_id: 'free' });
  });

  it('voice mode needs a plan with voice', async () => {
    const user = await createUser('voice');
    const { error } = await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_interaction_mode: 'speech' });
    expect(error?.code).toBe('P0001');
    expect(error?.message).toMatch(/Voice mode is not included in your Free plan/);
    expect(error?.details).toBe('plan_feature');
    await giveSubscription(user.id, 'pro_yearly');
    const ok = await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_interaction_mode: 'speech' });
    expect(ok.error).toBeNull();
    expect(ok.data?.interaction_mode).toBe('speech');
  });

  it('anon cannot call it', async () => {
    const { error } = await serviceClient().rpc('get_plan_usage');
    expect(error?.code).toBe('42501'); // service role has no user: require_active_user refuses
  });
});

describe('update_interview_progress / cancel / abandon', () => {
  it('owner moves pending → in_progress and records progress', async () => {
    const user = await createUser('progress');
    const s = (await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_total_questions: 5 })).data!;
    const { data, error } = await user.client.rpc('update_interview_progress', {
      p_session_id: s.session_id,
      p_questions_answered: 2,
      p_duration_minutes: 15,
    });
    expect(error).toBeNull();
    // questions_answered follows the stored answers (none yet), not the number the caller claims.
    expect(data).toMatchObject({ status: 'in_progress', questions_answered: 0, duration_minutes: 15 });
    expect(data!.started_at).not.toBeNull();
  });

  it('another user gets 42501 and nothing changes', async () => {
    const s = await insertSession(alice.id, 'in_progress');
    const { error } = await bob.client.rpc('update_interview_progress', { p_session_id: s.session_id, p_questions_answered: 1 });
    expect(error?.code).toBe('42501');
    expect((await sqlOne(`select questions_answered from public.interview_sessions where id = $1`, [s.id])).questions_answered).toBe(0);
  });

  it('bad arguments: answered above total, negative duration, unknown session', async () => {
    const s = await insertSession(alice.id, 'in_progress');
    expect(
      (await alice.client.rpc('update_interview_progress', { p_session_id: s.session_id, p_questions_answered: 99 })).error?.code,
    ).toBe('22023');
    expect((await alice.client.rpc('update_interview_progress', { p_session_id: s.session_id, p_duration_minutes: -1 })).error?.code).toBe(
      '22023',
    );
    expect((await alice.client.rpc('update_interview_progress', { p_session_id: 'sess_does_not_exist' })).error?.code).toBe('PT404');
  });

  it('cancel and abandon end the session; ended sessions cannot be updated or revived', async () => {
    const a = await insertSession(alice.id, 'pending');
    const c = await alice.client.rpc('cancel_interview', { p_session_id: a.session_id });
    expect(c.error).toBeNull();
    expect(c.data).toMatchObject({ status: 'cancelled', completed_at: null });
    expect(c.data!.ended_at).not.toBeNull();
    const again = await alice.client.rpc('update_interview_progress', { p_session_id: a.session_id, p_questions_answered: 1 });
    expect(again.error?.code).toBe('P0001');
    const b = await insertSession(alice.id, 'in_progress');
    expect((await alice.client.rpc('abandon_interview', { p_session_id: b.id })).data?.status).toBe('abandoned');
    expect((await bob.client.rpc('cancel_interview', { p_session_id: (await insertSession(alice.id)).session_id })).error?.code).toBe(
      '42501',
    );
  });
});

describe('complete_interview (service role only)', () => {
  it('a user cannot complete (forge a score) — function not executable', async () => {
    const s = await insertSession(alice.id, 'in_progress');
    const { error } = await alice.client.rpc('complete_interview', { p_session_id: s.session_id, p_score: 100 });
    expect(error).not.toBeNull();
    expect(await sqlOne(`select status, score from public.interview_sessions where id = $1`, [s.id])).toEqual({
      status: 'in_progress',
      score: null,
    });
  });

  it('service role completes with score, feedback and report; completed_at set; profile stats updated', async () => {
    const user = await createUser('complete');
    const s = await insertSession(user.id, 'in_progress');
    const { data, error } = await serviceClient().rpc('complete_interview', {
      p_session_id: s.session_id,
      p_score: 85.5,
      p_feedback: { strengths: ['SQL'] },
      p_report: {
        summary: 'Good',
        strengths: ['SQL'],
        scores: { overall: 85.5, communication: 80, technical: 90, behavior: 70 },
        skill_scores: { SQL: 90 },
        consistency: 88,
      },
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'completed', score: 85.5, feedback: { strengths: ['SQL'] } });
    expect(data!.completed_at).not.toBeNull();
    const report = await user.client
      .from('interview_reports')
      .select('summary, overall_score, behavioral_score, skill_scores')
      .eq('interview_id', s.id)
      .eq('report_type', 'detailed')
      .single();
    expect(report.data).toEqual({ summary: 'Good', overall_score: 85.5, behavioral_score: 70, skill_scores: { SQL: 90 } });
    const profile = await user.client
      .from('user_profiles')
      .select('completed_interviews, average_score, best_score')
      .eq('id', user.id)
      .single();
    expect(profile.data).toEqual({ completed_interviews: 1, average_score: 85.5, best_score: 85.5 });
    const stats = (await user.client.rpc('get_user_stats')).data as unknown as UserStats;
    expect(stats.completed_interviews).toBe(1);
    expect(stats.score_trend).toHaveLength(1);
    expect(stats.current_streak_days).toBe(1);
    expect(stats.achievements.map((a) => a.key)).toContain('first_interview');
  });

  it('bad score → 22023 and nothing written; completing twice → P0001', async () => {
    const s = await insertSession(alice.id, 'in_progress');
    const bad = await serviceClient().rpc('complete_interview', { p_session_id: s.session_id, p_score: 101 });
    expect(bad.error?.code).toBe('22023');
    expect((await sqlOne(`select status from public.interview_sessions where id = $1`, [s.id])).status).toBe('in_progress');
    expect((await serviceClient().rpc('complete_interview', { p_session_id: s.session_id, p_score: 50 })).error).toBeNull();
    expect((await serviceClient().rpc('complete_interview', { p_session_id: s.session_id, p_score: 60 })).error?.code).toBe('P0001');
  });
});

describe('get_user_interview_history', () => {
  it("returns only the caller's sessions, newest first, paginated and filtered", async () => {
    const user = await createUser('history');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await insertSession(user.id, 'pending', { created_at: new Date(Date.now() - (3 - i) * 60_000).toISOString() })).id);
    await insertSession(alice.id);
    const page = await user.client.rpc('get_user_interview_history', { p_limit: 2, p_offset: 0 });
    expect(page.error).toBeNull();
    expect(page.data!.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(Number(page.data![0]!.total_count)).toBe(3);
    const filtered = await user.client.rpc('get_user_interview_history', { p_status: 'completed' });
    expect(filtered.data).toEqual([]);
    expect((await user.client.rpc('get_user_interview_history', { p_user_id: alice.id })).error?.code).toBe('42501');
    expect((await user.client.rpc('get_user_interview_history', { p_limit: 1000 })).error?.code).toBe('22023');
    expect((await user.client.rpc('get_user_interview_history', { p_status: 'weird' })).error?.code).toBe('22023');
  });
});

describe('submit_response and get_question_reveal', () => {
  it('hides answer columns, reveals only after answering, upserts idempotently, refuses after scoring', async () => {
    const user = await createUser('answer');
    const s = await insertSession(user.id, 'pending');
    const q = await insertQuestion(s.id, { expected_answer: 'THE-ANSWER' });
    // answer material is not selectable
    const secret = await user.client.from('interview_questions').select('expected_answer').eq('id', q.id);
    expect(secret.error?.code).toBe('42501');
    // not before answering
    const early = await user.client.rpc('get_question_reveal', { p_question_id: q.id });
    expect(early.error?.code).toBe('P0001');
    // another user can neither answer nor reveal
    expect((await bob.client.rpc('submit_response', { p_question_id: q.id, p_answer_text: 'x' })).error?.code).toBe('42501');
    expect((await bob.client.rpc('get_question_reveal', { p_question_id: q.id })).error?.code).toBe('42501');
    // bad arguments
    expect((await user.client.rpc('submit_response', { p_question_id: q.id, p_answer_text: '   ' })).error?.code).toBe('22023');
    expect((await user.client.rpc('submit_response', { p_question_id: q.id, p_audio_path: `${bob.id}/a.webm` })).error?.code).toBe('22023');
    expect(Number((await sqlOne(`select count(*) from public.interview_responses where question_id = $1`, [q.id])).count)).toBe(0);
    // happy path, twice (idempotent on question_id)
    const first = await user.client.rpc('submit_response', { p_question_id: q.id, p_answer_text: 'first', p_time_taken_seconds: 30 });
    expect(first.error).toBeNull();
    const second = await user.client.rpc('submit_response', { p_question_id: q.id, p_answer_text: 'second', p_time_taken_seconds: 40 });
    expect(second.data?.id).toBe(first.data?.id);
    expect(await sql(`select answer_text from public.interview_responses where question_id = $1`, [q.id])).toEqual([
      { answer_text: 'second' },
    ]);
    expect(await sqlOne(`select status, questions_answered from public.interview_sessions where id = $1`, [s.id])).toEqual({
      status: 'in_progress',
      questions_answered: 1,
    });
    // reveal now allowed
    const reveal = await user.client.rpc('get_question_reveal', { p_question_id: q.id });
    expect(reveal.data?.[0]?.expected_answer).toBe('THE-ANSWER');
    // a user cannot write their own score
    const forged = await user.client
      .from('interview_responses')
      .update({ score: 100 } as never)
      .eq('question_id', q.id);
    expect(forged.error?.code).toBe('42501');
    // after scoring (service role) the answer is frozen
    const scored = await serviceClient()
      .from('interview_responses')
      .update({ score: 72, evaluated_at: new Date().toISOString() })
      .eq('question_id', q.id);
    expect(scored.error).toBeNull();
    const late = await user.client.rpc('submit_response', { p_question_id: q.id, p_answer_text: 'third' });
    expect(late.error?.code).toBe('P0001');
    expect(late.error?.message).toMatch(/already been scored/);
    expect(late.error?.details).toBe('already_scored');
    const direct = await user.client.from('interview_responses').update({ answer_text: 'sneaky' }).eq('question_id', q.id).select();
    expect(direct.data ?? []).toHaveLength(0);
    expect((await sqlOne(`select answer_text from public.interview_responses where question_id = $1`, [q.id])).answer_text).toBe('second');
  });

  it('bank answers are hidden; the practice reveal needs an attempt first', async () => {
    const user = await createUser('practice');
    const bq = await insertBankQuestion();
    const visible = await user.client.from('question_bank').select('id, question, evaluation_criteria').eq('id', bq.id).single();
    expect(visible.error).toBeNull();
    for (const col of ['expected_answer', 'key_points', 'sample_code', '*']) {
      expect((await user.client.from('question_bank').select(col).eq('id', bq.id)).error?.code).toBe('42501');
    }
    expect((await user.client.rpc('get_bank_question_reveal', { p_bank_question_id: bq.id })).error?.code).toBe('P0001');
    expect((await user.client.from('practice_attempts').insert({ bank_question_id: bq.id, answer_text: 'An index is…' })).error).toBeNull();
    const reveal = await user.client.rpc('get_bank_question_reveal', { p_bank_question_id: bq.id });
    expect(reveal.data?.[0]).toMatchObject({ expected_answer: 'SECRET-EXPECTED-ANSWER', key_points: ['SECRET-KEY-POINT'] });
  });
});

describe('forging attempts', () => {
  it.each([
    ['role', { role: 'admin' }],
    ['status', { status: 'active' }],
    ['stats', { completed_interviews: 999 }],
    ['bonus interviews', { bonus_interviews: 99 }],
    ['email', { email: 'evil@example.com' }],
  ])('a user cannot set their own %s', async (_, patch) => {
    const { error } = await alice.client
      .from('user_profiles')
      .update(patch as never)
      .eq('id', alice.id);
    expect(error?.code).toBe('42501');
    const row = await sqlOne(`select role, completed_interviews, bonus_interviews, email from public.user_profiles where id = $1`, [
      alice.id,
    ]);
    expect(row).toMatchObject({ role: 'user', bonus_interviews: 0, email: alice.email });
  });

  it('a user cannot give themselves a plan', async () => {
    const { error } = await alice.client
      .from('subscriptions')
      .insert({ id: 'sub_forged', user_id: alice.id, stripe_customer_id: 'cus_x', plan_id: 'pro_yearly', status: 'active' });
    expect(error?.code).toBe('42501');
    expect((await alice.client.rpc('get_plan_usage')).data).toMatchObject({ plan_id: 'free' });
  });

  it('a user cannot create a session directly (bypassing the quota) or set its score', async () => {
    const ins = await alice.client.from('interview_sessions').insert({ user_id: alice.id, email: alice.email, title: 'x', job_role: 'x' });
    expect(ins.error?.code).toBe('42501');
    const s = await insertSession(alice.id);
    const upd = await alice.client
      .from('interview_sessions')
      .update({ score: 100, status: 'completed' } as never)
      .eq('id', s.id);
    expect(upd.error?.code).toBe('42501');
  });

  it('card numbers are rejected even for the service role', async () => {
    const { error } = await serviceClient()
      .from('billing_information')
      .insert({
        user_id: bob.id,
        stripe_customer_id: 'cus_pan',
        billing_address: { line1: '4242 4242 4242 4242' },
      });
    expect(error?.code).toBe('23514');
  });
});
