/**
 * One lock order for a user's rows across actors: the auth service (sign-in, refresh, its admin delete),
 * the interview loop, admin RPCs, the retention job and the referral reward of a payment. Each test holds
 * a row with a third connection so that both actors are queued in the order that deadlocked, then releases
 * it: neither may fail with 40P01 (deadlock_detected), and the final state is exact.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  anonClient,
  closeSql,
  createAdmin,
  createUser,
  giveSubscription,
  insertSession,
  PASSWORD,
  serviceClient,
  sql,
  sqlOne,
} from './helpers.ts';
import { backendPid, connect, inTransaction, waitingForLock } from './locks.ts';

afterAll(closeSql);

const userClaims = (id: string) => ({ sub: id, role: 'authenticated', aal: 'aal1' });

const completeSession = (client: pg.Client, sessionId: string) =>
  client.query(`update public.interview_sessions set status = 'completed', score = 75, duration_seconds = 60 where id = $1`, [sessionId]);

/** Every row the user leaves behind in the tables a deletion must empty. */
const leftovers = (userId: string) =>
  sqlOne(
    `select (select count(*) from auth.users where id = $1)::int as auth_users,
            (select count(*) from auth.sessions where user_id = $1)::int as auth_sessions,
            (select count(*) from auth.refresh_tokens where user_id = $1::text)::int as refresh_tokens,
            (select count(*) from public.user_profiles where id = $1)::int as profiles,
            (select count(*) from public.interview_sessions where user_id = $1)::int as interviews,
            (select count(*) from public.user_daily_activity where user_id = $1)::int as activity_days,
            (select count(*) from private.notification_outbox where user_id = $1)::int as notifications`,
    [userId],
  );

const NOTHING_LEFT = {
  auth_users: 0,
  auth_sessions: 0,
  refresh_tokens: 0,
  profiles: 0,
  interviews: 0,
  activity_days: 0,
  notifications: 0,
};

describe('lock order across actors', () => {
  it('the auth admin API deletes a user while one of its interviews is being completed', async () => {
    const user = await createUser('lock-admin-api-delete');
    const session = await insertSession(user.id);
    const completer = await connect();
    try {
      // a completion locks its session first (complete_interview, finish_interview_completion)
      await completer.query('begin');
      await completer.query(`select 1 from public.interview_sessions where id = $1 for update`, [session.id]);
      const deletion = serviceClient().auth.admin.deleteUser(user.id);
      await waitingForLock({ query: 'delete from auth.users%' });
      // then its profile, the day's activity row and the report-ready notification
      const completion = completeSession(completer, session.id).then(
        () => completer.query('commit').then(() => null),
        async (error: { code?: string }) => {
          await completer.query('rollback');
          return error.code ?? 'error';
        },
      );

      const [completed, deleted] = await Promise.all([completion, deletion]);
      expect(completed).toBeNull(); // 40P01 when the deletion holds the profile and waits for the session
      expect(deleted.error).toBeNull();
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
    } finally {
      await completer.end();
    }
  });

  it('the auth admin API deletes a user while one of its sessions is being refreshed', async () => {
    const user = await createUser('lock-admin-api-refresh');
    const holder = await connect();
    try {
      // the refresh grant locks the auth session, then rotates its refresh token
      await holder.query('begin');
      await holder.query(`select 1 from auth.sessions where user_id = $1 for update`, [user.id]);
      const refresh = anonClient().auth.refreshSession({ refresh_token: user.session.refresh_token });
      await waitingForLock({ query: 'select id, (not_after is not null%' });
      const deletion = serviceClient().auth.admin.deleteUser(user.id);
      await waitingForLock({ query: 'delete from auth.users%' });
      await holder.query('commit');

      const [refreshed, deleted] = await Promise.all([refresh, deletion]);
      expect(refreshed.error).toBeNull(); // a 500 (deadlock) when the deletion takes the refresh tokens first
      expect(deleted.error).toBeNull();
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
  });

  it('an admin blocks a user while the user signs in', async () => {
    const admin = await createAdmin('lock-block-admin');
    const user = await createUser('lock-block-user');
    const clients = await Promise.all([connect(), connect()]);
    const [holder, blocker] = clients;
    const blockerPid = await backendPid(blocker);
    try {
      // the profile is busy (another event of the user) while the admin blocks and the user signs in
      await holder.query('begin');
      await holder.query(`select 1 from public.user_profiles where id = $1 for no key update`, [user.id]);
      const block = inTransaction(blocker, `select public.admin_set_user_status($1, 'blocked')`, [user.id], userClaims(admin.id));
      await waitingForLock({ pid: blockerPid });
      const signIn = anonClient().auth.signInWithPassword({ email: user.email, password: PASSWORD });
      await waitingForLock({ query: 'update auth.users set last_sign_in_at%' });
      await holder.query('commit');

      // 40P01 when the admin holds the profile and waits for auth.users while the sign-in's trigger waits for the profile
      expect(await block).toBeNull();
      const signedIn = await signIn;
      expect(signedIn.error).toBeNull(); // its password was checked before the block
      expect(
        await sqlOne(
          `select p.status, u.banned_until = 'infinity' as banned,
                  (select count(*) from auth.sessions s where s.user_id = p.id)::int as sessions
           from public.user_profiles p join auth.users u on u.id = p.id where p.id = $1`,
          [user.id],
        ),
      ).toEqual({ status: 'blocked', banned: true, sessions: 0 });
      // the session that sign-in opened is gone with its refresh token
      const refreshed = await anonClient().auth.refreshSession({ refresh_token: signedIn.data.session!.refresh_token });
      expect(refreshed.error?.code).toBe('refresh_token_not_found');
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('the retention job archives a user’s old interviews while the user is deleted', async () => {
    const user = await createUser('lock-retention');
    // the one with the higher id first, so that a scan meets it before the other
    const [later, earlier] = ['ffffffff', '00000000'].map((prefix) => `${prefix}-${randomUUID().slice(9)}`);
    for (const id of [later, earlier]) {
      await insertSession(user.id, 'in_progress', { id });
      await sql(`update public.interview_sessions set status = 'cancelled' where id = $1`, [id]);
      await sql(
        `update public.interview_sessions set ended_at = now() - interval '3 years', created_at = now() - interval '3 years' where id = $1`,
        [id],
      );
    }
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, deleter, archiver] = clients;
    const [deleterPid, archiverPid] = await Promise.all([backendPid(deleter), backendPid(archiver)]);
    try {
      await holder.query('begin');
      await holder.query(`select 1 from public.interview_sessions where id = $1 for update`, [earlier]);
      const deletion = inTransaction(deleter, `delete from auth.users where id = $1`, [user.id]);
      await waitingForLock({ pid: deleterPid });
      const archiving = inTransaction(archiver, `select private.archive_old_data()`);
      await waitingForLock({ pid: archiverPid });
      await holder.query('commit');

      // 40P01 when the job holds one interview and waits for the other, which the deletion took first
      expect(await Promise.all([deletion, archiving])).toEqual([null, null]);
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
      expect(await sql(`select 1 from archive.interview_sessions where id = any($1::uuid[])`, [[later, earlier]])).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('the refresh job prunes a user’s old AI-call slots while the user is deleted', async () => {
    const user = await createUser('lock-prune-slots');
    const slot = async (operation: string, age: string) =>
      (
        await sqlOne<{ id: string }>(
          `insert into private.ai_call_slots (user_id, operation, created_at) values ($1, $2, now() - $3::interval) returning id`,
          [user.id, operation, age],
        )
      ).id;
    // the job meets `older` first (by age, by id and in storage order); the deletion's cascade, through the
    // slot index (operation, created_at), meets `newer` first
    const older = await slot('b_fixture', '4 days');
    const newer = await slot('a_fixture', '3 days');
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, deleter, pruner] = clients;
    const [deleterPid, prunerPid] = await Promise.all([backendPid(deleter), backendPid(pruner)]);
    try {
      await holder.query('begin');
      await holder.query(`select 1 from private.ai_call_slots where id = $1 for update`, [newer]);
      // a table of realistic size is read through the index; these few rows would be read in storage order
      await deleter.query('set enable_seqscan = off; set enable_bitmapscan = off');
      const deletion = inTransaction(deleter, `delete from auth.users where id = $1`, [user.id]);
      await waitingForLock({ pid: deleterPid });
      const pruning = inTransaction(pruner, `select private.prune_ai_call_slots()`);
      await waitingForLock({ pid: prunerPid }, pruning);
      await holder.query('commit');

      // 40P01 when the job holds the older slot and waits for the newer one, which the deletion took first
      expect(await Promise.all([deletion, pruning])).toEqual([null, null]);
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
      expect(await sql(`select 1 from private.ai_call_slots where id = any($1::bigint[])`, [[older, newer]])).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('a scoring claim takes an AI-call slot, pruning the user’s expired one, while the user is deleted', async () => {
    const user = await createUser('lock-claim-slots');
    const { id: expired } = await sqlOne<{ id: string }>(
      `insert into private.ai_call_slots (user_id, operation, created_at) values ($1, 'score_answer', now() - interval '2 hours') returning id`,
      [user.id],
    );
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, deleter, claimer] = clients;
    const [deleterPid, claimerPid] = await Promise.all([backendPid(deleter), backendPid(claimer)]);
    try {
      await holder.query('begin');
      await holder.query(`select 1 from public.user_profiles where id = $1 for update`, [user.id]);
      const deletion = inTransaction(deleter, `delete from auth.users where id = $1`, [user.id]);
      await waitingForLock({ pid: deleterPid });
      // what claim_response_scoring calls for its rate limit (60 per hour): prune, count, insert
      const claim = inTransaction(claimer, `select private.take_ai_call_slot($1, 'score_answer', 60, 3600)`, [user.id]);
      await waitingForLock({ pid: claimerPid }, claim);
      await holder.query('commit');

      // 40P01 when the claim holds the expired slot and waits for the profile, which the deletion took first
      // and cascades from into that slot; the claim of a deleted user is refused like one without a profile
      expect(await Promise.all([deletion, claim])).toEqual([null, 'PT403']);
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
      expect(await sql(`select 1 from private.ai_call_slots where user_id = $1 or id = $2`, [user.id, expired])).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('creating an interview serialises the user’s creates but not the inserts that reference the profile', async () => {
    const user = await createUser('lock-create-interview');
    const clients = await Promise.all([connect(), connect()]);
    const [creator, other] = clients;
    try {
      await creator.query('begin');
      await creator.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify(userClaims(user.id)),
      ]);
      await creator.query(`select id from public.create_interview_session(p_job_role => 'Frontend Developer')`);
      const lockNowait = (strength: string) =>
        other.query(`select 1 from public.user_profiles where id = $1 for ${strength} nowait`, [user.id]).then(
          () => null,
          (error: { code?: string }) => error.code ?? 'error',
        );

      // an AI-call slot, the day's activity row or a subscription takes a key-share lock on the profile:
      // 55P03 (lock_not_available) while the create held the profile FOR UPDATE
      expect(await lockNowait('key share')).toBeNull();
      // a second create of the same user (its quota check) still waits for the first
      expect(await lockNowait('no key update')).toBe('55P03');
    } finally {
      await creator.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('a referred user’s first payment rewards the referrer while the referrer is deleted', async () => {
    const referrer = await createUser('lock-referrer');
    const { referral_code } = await sqlOne(`select referral_code from public.user_profiles where id = $1`, [referrer.id]);
    const friend = await createUser('lock-referred', { referral_code });
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, deleter, payer] = clients;
    const [deleterPid, payerPid] = await Promise.all([backendPid(deleter), backendPid(payer)]);
    try {
      await holder.query('begin');
      await holder.query(`select 1 from public.user_profiles where id = $1 for no key update`, [referrer.id]);
      const deletion = inTransaction(deleter, `delete from auth.users where id = $1`, [referrer.id]);
      await waitingForLock({ pid: deleterPid });
      // the Stripe webhook records the friend's paid invoice; its trigger rewards the referrer
      const payment = inTransaction(
        payer,
        `insert into public.payment_history (user_id, stripe_invoice_id, amount_cents, status) values ($1, $2, 1900, 'paid')`,
        [friend.id, `in_${randomUUID().replaceAll('-', '')}`],
      );
      await waitingForLock({ pid: payerPid });
      await holder.query('commit');

      // 40P01 when the reward holds the referral row and waits for the referrer's profile
      expect(await Promise.all([deletion, payment])).toEqual([null, null]);
      expect(await leftovers(referrer.id)).toEqual(NOTHING_LEFT);
      expect(await sql(`select 1 from public.referrals where referrer_id = $1 or referred_user_id = $2`, [referrer.id, friend.id])).toEqual(
        [],
      );
      expect(await sql(`select status from public.payment_history where user_id = $1`, [friend.id])).toEqual([{ status: 'paid' }]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('the Stripe webhook saves a subscription while the user is deleted', async () => {
    const user = await createUser('lock-subscriber');
    const subscriptionId = await giveSubscription(user.id, 'pro_monthly');
    const { row } = await sqlOne<{ row: Record<string, unknown> }>(
      `select to_jsonb(s) - 'created_at' - 'updated_at' - 'past_due_since' as row from public.subscriptions s where id = $1`,
      [subscriptionId],
    );
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, deleter, webhook] = clients;
    const [deleterPid, webhookPid] = await Promise.all([backendPid(deleter), backendPid(webhook)]);
    try {
      // the subscription row is busy (another event of it) when the webhook saves it and the user is deleted
      await holder.query('begin');
      await holder.query(`select 1 from public.subscriptions where id = $1 for update`, [subscriptionId]);
      const saving = inTransaction(webhook, `select public.save_subscription($1)`, [JSON.stringify({ ...row, status: 'canceled' })]);
      await waitingForLock({ pid: webhookPid });
      const deletion = inTransaction(deleter, `delete from auth.users where id = $1`, [user.id]);
      await waitingForLock({ pid: deleterPid });
      await holder.query('commit');

      // 40P01 when the webhook holds the subscription row and then waits for the profile (its plan) that the
      // deletion holds while it cascades into the subscription
      expect(await Promise.all([saving, deletion])).toEqual([null, null]);
      expect(await leftovers(user.id)).toEqual(NOTHING_LEFT);
      expect(await sql(`select 1 from public.subscriptions where id = $1`, [subscriptionId])).toEqual([]);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });
});
