/**
 * Notification e-mails: completing an interview queues "your report is ready" (unless switched
 * off), the weekly job queues progress mails once per week, and the send-notifications function
 * delivers each queued mail exactly once through the e-mail API — locally a fake that puts it in
 * the stack's mailbox — even with two deliverers at once. Failures back off and end bounded.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileMailbox } from '../../stack/lib/mailbox.ts';
import { closeSql, createUser, insertSession, serviceClient, sql, sqlOne, stack, type TestUser } from './helpers.ts';

const mailbox = () => createFileMailbox(path.join(stack().dir, 'mail'));

async function setPreferences(user: TestUser, preferences: Record<string, unknown>) {
  const { error } = await user.client
    .from('user_profiles')
    .update({ preferences: preferences as never })
    .eq('id', user.id);
  expect(error).toBeNull();
}

async function completeInterview(user: TestUser, title: string, score = 76.5) {
  const session = await insertSession(user.id, 'in_progress');
  await sql(`update public.interview_sessions set title = $2 where id = $1`, [session.id, title]);
  await sql(`update public.interview_sessions set status = 'completed', score = $2 where id = $1`, [session.id, score]);
  return session;
}

const outboxOf = (userId: string) =>
  sql<{ id: number; kind: string; status: string; attempts: number; language: string; payload: Record<string, unknown> }>(
    'select id, kind, status, attempts, language, payload from private.notification_outbox where user_id = $1 order by id',
    [userId],
  );

async function deliver() {
  const { data, error } = await serviceClient().functions.invoke('send-notifications', { body: {} });
  expect(error).toBeNull();
  return data as { sent: number; retrying: number; failed: number };
}

afterAll(closeSql);

describe('preferences.notifications', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createUser('notify-prefs');
  });

  it('accepts the legacy boolean and an object of known booleans', async () => {
    await setPreferences(user, { theme: 'system', notifications: false });
    await setPreferences(user, { theme: 'system', notifications: { report_ready: false, weekly_progress: true } });
  });

  it.each([[{ report_ready: 'yes' }], [{ newsletter: true }], ['sometimes']])('rejects %j', async (notifications) => {
    const { error } = await user.client.from('user_profiles').update({ preferences: { notifications } }).eq('id', user.id);
    expect(error?.code).toBe('23514');
  });
});

describe('set_my_notification_preferences', () => {
  it('changes only the notification switches, which then decide what is queued', async () => {
    const user = await createUser('notify-rpc');
    await setPreferences(user, { theme: 'dark', language: 'de', notifications: true });
    const { data, error } = await user.client.rpc('set_my_notification_preferences', { p_report_ready: false, p_weekly_progress: true });
    expect(error).toBeNull();
    expect(data).toEqual({ report_ready: false, weekly_progress: true });
    const { preferences } = await sqlOne<{ preferences: Record<string, unknown> }>(
      'select preferences from public.user_profiles where id = $1',
      [user.id],
    );
    expect(preferences).toEqual({ theme: 'dark', language: 'de', notifications: { report_ready: false, weekly_progress: true } });
    await completeInterview(user, 'No mail for this one');
    expect(await outboxOf(user.id)).toEqual([]);
  });

  it('is for signed-in users only', async () => {
    const { anonClient } = await import('./helpers.ts');
    const { error } = await anonClient().rpc('set_my_notification_preferences', { p_report_ready: true, p_weekly_progress: true });
    expect(error?.code).toBe('42501');
  });
});

describe('queueing', () => {
  it('a completed interview queues one report-ready mail in the user’s language', async () => {
    const user = await createUser('notify-queue');
    await setPreferences(user, { language: 'de', notifications: { report_ready: true } });
    const session = await completeInterview(user, 'Queued interview');
    const rows = await outboxOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'report_ready', status: 'pending', attempts: 0, language: 'de' });
    expect(rows[0]!.payload).toMatchObject({ interview_id: session.id, title: 'Queued interview', score: 76.5 });
  });

  it('nothing is queued when report-ready mails are off, or all notifications are off', async () => {
    const [off, allOff] = await Promise.all([createUser('notify-off'), createUser('notify-all-off')]);
    await setPreferences(off, { notifications: { report_ready: false } });
    await setPreferences(allOff, { notifications: false });
    await Promise.all([completeInterview(off, 'Silent one'), completeInterview(allOff, 'Silent two')]);
    expect(await outboxOf(off.id)).toEqual([]);
    expect(await outboxOf(allOff.id)).toEqual([]);
  });

  it('the weekly job queues progress once per week for active users, not for those who switched it off', async () => {
    const [active, optedOut, idle] = await Promise.all([createUser('weekly-on'), createUser('weekly-off'), createUser('weekly-idle')]);
    await setPreferences(active, { notifications: { report_ready: false } });
    await setPreferences(optedOut, { notifications: { report_ready: false, weekly_progress: false } });
    await setPreferences(idle, { notifications: { report_ready: false } });
    await Promise.all([completeInterview(active, 'Week one', 80), completeInterview(optedOut, 'Week two', 60)]);
    await sql('update public.user_profiles set current_streak_days = 0 where id = $1', [idle.id]);

    await sql('select private.enqueue_weekly_progress()');
    await sql('select private.enqueue_weekly_progress()');

    const rows = await outboxOf(active.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'weekly_progress', language: 'en' });
    expect(rows[0]!.payload).toMatchObject({ interviews: 1, average_score: 80 });
    expect(await outboxOf(optedOut.id)).toEqual([]);
    expect(await outboxOf(idle.id)).toEqual([]);
  });
});

describe('delivery (send-notifications)', () => {
  it('two deliverers at once send every queued mail exactly once, into the mailbox', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, (_, i) => createUser(`deliver-${i}`)));
    await Promise.all(users.map((user, i) => completeInterview(user, `Parallel delivery ${i}`)));

    await Promise.all([deliver(), deliver()]);
    // A deliverer of another test may have claimed some rows: deliver until nothing is due for these users.
    for (let i = 0; i < 5; i++) {
      const open = await sql("select 1 from private.notification_outbox where user_id = any($1) and status <> 'sent'", [
        users.map((u) => u.id),
      ]);
      if (!open.length) break;
      await deliver();
    }

    for (const [i, user] of users.entries()) {
      const rows = await outboxOf(user.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'sent', attempts: 1 });
      const mails = await mailbox().list(user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Your report is ready: Parallel delivery ${i}`);
      expect(mails[0]!.text).toContain(`/app/interviews/`);
      expect(mails[0]!.text).toContain('/app/settings#notifications');
    }
  });

  it('a German user gets the German mail, visible on the mailbox page', async () => {
    const user = await createUser('deliver-de');
    await setPreferences(user, { language: 'de' });
    await completeInterview(user, 'Auf Deutsch', 90);
    await deliver();
    const [mail] = await mailbox().list(user.email);
    expect(mail?.subject).toBe('Dein Bericht ist fertig: Auf Deutsch');
    expect(mail?.text).toContain('90/100');

    const page = await fetch(`${stack().apiUrl}/mail?to=${encodeURIComponent(user.email)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Dein Bericht ist fertig: Auf Deutsch');
  });

  it('only the service role may call the function', async () => {
    const user = await createUser('deliver-forbidden');
    const response = await fetch(`${stack().functionsUrl}/send-notifications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${user.session.access_token}`, apikey: stack().anonKey, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'forbidden' });
  });

  it('a failed send is retried with growing delays and gives up after the last attempt', async () => {
    const user = await createUser('deliver-retry');
    const row = await sqlOne<{ id: number }>(
      `insert into private.notification_outbox (user_id, kind, dedupe_key, recipient, language, payload, status, attempts)
       values ($1::uuid, 'report_ready', 'retry-test:' || $1::text, $2, 'en', '{}', 'sending', 1) returning id`,
      [user.id, user.email],
    );
    const finish = (error: string) => serviceClient().rpc('finish_notification', { p_id: row.id, p_ok: false, p_error: error });

    expect((await finish('API down')).data).toBe('pending');
    const first = await sqlOne<{ status: string; delay: number; last_error: string }>(
      `select status, extract(epoch from next_attempt_at - now())::int as delay, last_error from private.notification_outbox where id = $1`,
      [row.id],
    );
    expect(first).toMatchObject({ status: 'pending', last_error: 'API down' });
    expect(first.delay).toBeGreaterThan(50);
    expect(first.delay).toBeLessThanOrEqual(60);

    await sql(`update private.notification_outbox set status = 'sending', attempts = 4 where id = $1`, [row.id]);
    await finish('still down');
    const fourth = await sqlOne<{ delay: number }>(
      'select extract(epoch from next_attempt_at - now())::int as delay from private.notification_outbox where id = $1',
      [row.id],
    );
    expect(fourth.delay).toBeGreaterThan(7 * 60);
    expect(fourth.delay).toBeLessThanOrEqual(8 * 60);

    await sql(`update private.notification_outbox set status = 'sending', attempts = 6 where id = $1`, [row.id]);
    expect((await finish('gone')).data).toBe('failed');

    // A row that is not claimed cannot be finished (no double-recording).
    const again = await finish('late');
    expect(again.error?.details).toBe('notification_not_claimed');
  });

  it('the API roles cannot claim or finish notifications', async () => {
    const user = await createUser('deliver-claim');
    const claim = await user.client.rpc('claim_notifications', {});
    expect(claim.error?.code).toBe('42501');
  });
});
