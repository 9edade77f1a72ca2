/**
 * Every reader of the plan in force answers from the plan the profile keeps: the coach's policy
 * (can_use_feature), get_plan_usage (and the dashboard built on it), the admin's user list and the create.
 * A profile whose grace period has ended with no write since is read as the plan computed again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSql, createAdmin, createUser, giveSubscription, sql, sqlOne, type TestUser } from './helpers.ts';

afterAll(closeSql);

let admin: TestUser;
beforeAll(async () => {
  admin = await createAdmin('plan-readers-admin');
});

interface Reading {
  usage: { plan_id: string; plan_name: string; features: Record<string, boolean>; interviews_limit: number | null };
  dashboard: string;
  coach: boolean;
  adminList: string;
  voiceCreate: string;
}

/** What each reader says the user's plan is. */
async function readersOf(user: TestUser): Promise<Reading> {
  const [usage, dashboard, coach, adminList, voiceCreate] = await Promise.all([
    user.client.rpc('get_plan_usage'),
    user.client.rpc('get_dashboard'),
    user.client.from('chat_sessions').insert({ title: 'Plan check' }).select('id'),
    admin.client.rpc('admin_list_users', { p_search: user.email }),
    user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_interaction_mode: 'speech' }),
  ]);
  expect(usage.error).toBeNull();
  expect(dashboard.error).toBeNull();
  expect(adminList.error).toBeNull();
  const { plan_id, plan_name, features, interviews_limit } = usage.data as Reading['usage'];
  return {
    usage: { plan_id, plan_name, features, interviews_limit },
    dashboard: (dashboard.data as { plan_usage: { plan_id: string } }).plan_usage.plan_id,
    coach: coach.error === null,
    adminList: adminList.data![0]!.plan_id!,
    voiceCreate: voiceCreate.error ? `${voiceCreate.error.code} ${voiceCreate.error.details}` : 'created',
  };
}

const FREE: Reading = {
  usage: { plan_id: 'free', plan_name: 'Free', features: { voice: false, coach_chat: false }, interviews_limit: 3 },
  dashboard: 'free',
  coach: false,
  adminList: 'free',
  voiceCreate: 'P0001 plan_feature',
};
const PRO_MONTHLY: Reading = {
  usage: { plan_id: 'pro_monthly', plan_name: 'Pro (monthly)', features: { voice: true, coach_chat: true }, interviews_limit: null },
  dashboard: 'pro_monthly',
  coach: true,
  adminList: 'pro_monthly',
  voiceCreate: 'created',
};

describe('readers of the plan in force', () => {
  it('follow a change of plan: subscribe, cancel', async () => {
    const user = await createUser('plan-readers-change');
    expect(await readersOf(user)).toEqual(FREE);
    const sub = await giveSubscription(user.id, 'pro_monthly');
    expect(await readersOf(user)).toEqual(PRO_MONTHLY);
    await sql(`update public.subscriptions set status = 'canceled' where id = $1`, [sub]);
    expect(await readersOf(user)).toEqual(FREE);
  });

  it('read the plan kept on the profile, not the subscriptions', async () => {
    const user = await createUser('plan-readers-kept');
    // the profile says Pro until a write changes it: every reader must take it
    await sql(
      `update public.user_profiles p set plan_id = x.id, plan_name = x.name, plan_interviews_per_month = x.interviews_per_month,
         plan_features = x.features, plan_valid_until = null
       from public.plans x where x.id = 'pro_monthly' and p.id = $1`,
      [user.id],
    );
    expect(await readersOf(user)).toEqual(PRO_MONTHLY);
  });

  it('after a grace period ended with no write since, read the plan in force, and the create stores it', async () => {
    const user = await createUser('plan-readers-grace');
    const sub = await giveSubscription(user.id, 'pro_monthly', 'past_due');
    await sql(`update public.subscriptions set past_due_since = now() - interval '8 days' where id = $1`, [sub]);
    // the profile as it stood before the grace (7 days) ended: Pro, valid until then, nothing written since
    await sql(
      `update public.user_profiles p set plan_id = x.id, plan_name = x.name, plan_interviews_per_month = x.interviews_per_month,
         plan_features = x.features, plan_valid_until = now() - interval '1 day'
       from public.plans x where x.id = 'pro_monthly' and p.id = $1`,
      [user.id],
    );
    expect(await readersOf(user)).toEqual(FREE);
    const kept = () => sqlOne(`select plan_id, plan_valid_until from public.user_profiles where id = $1`, [user.id]);
    expect(await kept()).toEqual({ plan_id: 'pro_monthly', plan_valid_until: expect.any(Date) }); // readers do not write

    expect((await user.client.rpc('create_interview_session', { p_job_role: 'Dev' })).error).toBeNull();
    expect(await kept()).toEqual({ plan_id: 'free', plan_valid_until: null });
    expect(await readersOf(user)).toEqual(FREE);
  });
});
