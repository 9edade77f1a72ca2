/**
 * The plan in force is kept on the profile (its id, name, monthly quota and features, and when a running grace
 * period ends) so that creating an interview reads neither `subscriptions` nor `plans`. Every change of a
 * subscription or a plan must leave it equal to what `private.plan_in_force` computes, in the same transaction;
 * users read it but cannot write it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, giveSubscription, sql, sqlOne } from './helpers.ts';
import { backendPid, connect, inTransaction, waitingForLock } from './locks.ts';

afterAll(closeSql);

interface KeptPlan {
  plan_id: string;
  plan_name: string | null;
  plan_interviews_per_month: number | null;
  plan_features: Record<string, boolean>;
  plan_valid_until: Date | null;
}
const COLUMNS = 'plan_id, plan_name, plan_interviews_per_month, plan_features, plan_valid_until';

const keptPlan = (userId: string) => sqlOne<KeptPlan>(`select ${COLUMNS} from public.user_profiles where id = $1`, [userId]);
const computedPlan = (userId: string) => sqlOne<KeptPlan>(`select ${COLUMNS} from private.plan_in_force($1)`, [userId]);

/** The kept plan, checked against the subscriptions and plans as they are now. */
async function planOf(userId: string): Promise<KeptPlan> {
  const kept = await keptPlan(userId);
  expect(kept).toEqual(await computedPlan(userId));
  return kept;
}

const setSubscription = (id: string, assignments: string, values: unknown[] = []) =>
  sql(`update public.subscriptions set ${assignments} where id = $1`, [id, ...values]);

describe('the plan kept on the profile', () => {
  it('a new profile starts on Free, with its quota and features', async () => {
    const user = await createUser('plan-new');
    expect(await planOf(user.id)).toEqual({
      plan_id: 'free',
      plan_name: 'Free',
      plan_interviews_per_month: 3,
      plan_features: { voice: false, coach_chat: false },
      plan_valid_until: null,
    });
  });

  it('users read their plan but cannot write it', async () => {
    const user = await createUser('plan-forger');
    const { data } = await user.client.from('user_profiles').select('plan_id, plan_interviews_per_month').eq('id', user.id).single();
    expect(data).toEqual({ plan_id: 'free', plan_interviews_per_month: 3 });
    for (const patch of [
      { plan_id: 'pro_yearly' },
      { plan_interviews_per_month: null },
      { plan_features: { voice: true } },
      { plan_name: 'Pro' },
      { plan_valid_until: '2999-01-01T00:00:00Z' },
    ]) {
      const { error } = await user.client
        .from('user_profiles')
        .update(patch as never)
        .eq('id', user.id);
      expect(error?.code, JSON.stringify(patch)).toBe('42501');
    }
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'free', plan_interviews_per_month: 3 });
    const voice = await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_interaction_mode: 'speech' });
    expect(voice.error?.details).toBe('plan_feature');
  });

  it('follows every change of a subscription: insert, switch, past_due and its grace, recovery, cancel, delete', async () => {
    const user = await createUser('plan-lifecycle');
    const sub = await giveSubscription(user.id, 'pro_monthly');
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'pro_monthly', plan_interviews_per_month: null, plan_valid_until: null });

    await setSubscription(sub, `plan_id = 'pro_yearly'`);
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'pro_yearly', plan_name: 'Pro (yearly)' });

    await setSubscription(sub, `status = 'past_due'`);
    const pastDue = await planOf(user.id);
    const { grace_ends_at } = await sqlOne<{ grace_ends_at: Date }>(
      `select s.past_due_since + make_interval(days => p.past_due_grace_days) as grace_ends_at
       from public.subscriptions s join public.plans p on p.id = s.plan_id where s.id = $1`,
      [sub],
    );
    expect(pastDue).toMatchObject({ plan_id: 'pro_yearly', plan_valid_until: grace_ends_at });

    await setSubscription(sub, `past_due_since = now() - interval '8 days'`);
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'free', plan_interviews_per_month: 3, plan_valid_until: null });

    await setSubscription(sub, `status = 'active'`);
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'pro_yearly', plan_valid_until: null });

    const trial = await giveSubscription(user.id, 'pro_monthly', 'trialing');
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'pro_yearly' }); // the more expensive plan counts

    await setSubscription(sub, `status = 'canceled'`);
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'pro_monthly' });

    await sql(`delete from public.subscriptions where id = $1`, [trial]);
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'free', plan_features: { voice: false, coach_chat: false } });
  });

  it('a subscription moved to another user changes both profiles', async () => {
    const [from, to] = await Promise.all([createUser('plan-move-from'), createUser('plan-move-to')]);
    const sub = await giveSubscription(from.id, 'pro_yearly');
    await setSubscription(sub, `user_id = $2`, [to.id]);
    expect((await planOf(from.id)).plan_id).toBe('free');
    expect((await planOf(to.id)).plan_id).toBe('pro_yearly');
  });

  it('an edit of a plan reaches its users: name, quota, features, and the price that decides between two plans', async () => {
    const planId = `t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await sql(
      `insert into public.plans (id, name, price_cents, billing_interval, interviews_per_month, features, is_active)
       values ($1, 'Team', 500, 'month', 5, '{"voice": false, "coach_chat": false}', false)`,
      [planId],
    );
    const [member, both] = await Promise.all([createUser('plan-edit-member'), createUser('plan-edit-both')]);
    const subs = [
      await giveSubscription(member.id, planId),
      await giveSubscription(both.id, planId),
      await giveSubscription(both.id, 'pro_monthly'),
    ];
    try {
      expect(await planOf(member.id)).toMatchObject({ plan_id: planId, plan_name: 'Team', plan_interviews_per_month: 5 });
      expect((await planOf(both.id)).plan_id).toBe('pro_monthly');

      await sql(`update public.plans set name = 'Team+', interviews_per_month = 7, features = '{"voice": true}' where id = $1`, [planId]);
      expect(await planOf(member.id)).toMatchObject({ plan_name: 'Team+', plan_interviews_per_month: 7, plan_features: { voice: true } });

      await sql(`update public.plans set price_cents = 99999 where id = $1`, [planId]);
      expect((await planOf(both.id)).plan_id).toBe(planId);
    } finally {
      await sql(`delete from public.subscriptions where id = any($1)`, [subs]);
      await sql(`delete from public.plans where id = $1`, [planId]);
    }
    expect((await planOf(member.id)).plan_id).toBe('free');
    expect((await planOf(both.id)).plan_id).toBe('free');
  });

  it('a create after the grace period ended, with no write since, uses the plan in force', async () => {
    const user = await createUser('plan-grace-end');
    const sub = await giveSubscription(user.id, 'pro_monthly', 'past_due');
    // the grace (7 days for pro_monthly) ends 3 s from now
    await setSubscription(sub, `past_due_since = now() - interval '7 days' + interval '3 seconds'`);
    const { plan_id, plan_valid_until } = await keptPlan(user.id);
    expect(plan_id).toBe('pro_monthly');
    const { left_ms } = await sqlOne<{ left_ms: number }>(
      `select greatest(0, extract(epoch from $1::timestamptz - now()) * 1000)::int as left_ms`,
      [plan_valid_until],
    );
    await new Promise((resolve) => setTimeout(resolve, left_ms + 200));
    expect((await keptPlan(user.id)).plan_id).toBe('pro_monthly'); // nothing wrote since

    const { error } = await user.client.rpc('create_interview_session', { p_job_role: 'Dev', p_interaction_mode: 'speech' });
    expect(error?.code).toBe('P0001');
    expect(error?.details).toBe('plan_feature');
    expect(error?.message).toMatch(/Voice mode is not included in your Free plan/);
    // the refusal rolled its refresh back; the next create that succeeds keeps it
    expect((await user.client.rpc('create_interview_session', { p_job_role: 'Dev' })).error).toBeNull();
    expect(await planOf(user.id)).toMatchObject({ plan_id: 'free', plan_valid_until: null });
  });

  it('parallel subscription changes of one user leave the plan that counts every change', async () => {
    for (const change of ['update', 'webhook'] as const) {
      const user = await createUser(`plan-race-${change}`);
      const subs = [await giveSubscription(user.id, 'pro_yearly'), await giveSubscription(user.id, 'pro_monthly')];
      expect((await planOf(user.id)).plan_id).toBe('pro_yearly');
      const rows = await Promise.all(
        subs.map(async (id) => {
          const { row } = await sqlOne<{ row: Record<string, unknown> }>(
            `select to_jsonb(s) - 'created_at' - 'updated_at' - 'past_due_since' as row from public.subscriptions s where id = $1`,
            [id],
          );
          return { ...row, status: 'canceled' };
        }),
      );
      const clients = await Promise.all([connect(), connect(), connect()]);
      const [holder, ...writers] = clients;
      const pids = await Promise.all(writers.map(backendPid));
      try {
        // the profile is busy (another event of the user) while both subscriptions are cancelled at once
        await holder!.query('begin');
        await holder!.query(`select 1 from public.user_profiles where id = $1 for no key update`, [user.id]);
        const done = writers.map((writer, i) =>
          change === 'update'
            ? inTransaction(writer, `update public.subscriptions set status = 'canceled' where id = $1`, [subs[i]])
            : inTransaction(writer, `select public.save_subscription($1)`, [JSON.stringify(rows[i])]),
        );
        await Promise.all(pids.map((pid, i) => waitingForLock({ pid }, done[i])));
        await holder!.query('commit');
        expect(await Promise.all(done)).toEqual([null, null]);
        expect(await planOf(user.id)).toMatchObject({ plan_id: 'free' });
      } finally {
        await holder!.query('rollback').catch(() => undefined);
        await Promise.all(clients.map((client) => client.end()));
      }
    }
  });
});
