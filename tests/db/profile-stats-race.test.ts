/**
 * A user's profile statistics stay exact when several of the user's events commit together: completions
 * of different interviews on separate connections, and a new interview created while another one is being
 * completed. Every writer locks the profile before the day's activity row, so the statistics are
 * re-aggregated after the previous writer committed and a new interview cannot deadlock with a completion;
 * deleting the account locks the user's sessions before the profile, as a completion does.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql, createUser, giveSubscription, insertSession, sql, sqlOne, stack } from './helpers.ts';

afterAll(closeSql);

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: stack().dbUrl });
  await client.connect();
  return client;
}

/** Resolves once the backend `pid` waits for a lock held by another transaction. */
async function waitingForLock(pid: number): Promise<void> {
  for (;;) {
    const row = await sqlOne<{ waiting: boolean }>(
      `select coalesce(bool_or(wait_event_type = 'Lock'), false) as waiting from pg_stat_activity where pid = $1`,
      [pid],
    );
    if (row.waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const backendPid = async (client: pg.Client) =>
  Number((await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid);

/** Locks the user's activity row of today the way a concurrent event of the same user does, until commit. */
async function holdTodaysActivity(holder: pg.Client, userId: string) {
  await holder.query('begin');
  const { rowCount } = await holder.query(
    `select 1 from public.user_daily_activity
     where user_id = $1 and activity_date = (now() at time zone 'UTC')::date for update`,
    [userId],
  );
  expect(rowCount).toBe(1);
}

/** The profile's statistics next to what the user's sessions and today's activity row say they must be. */
async function profileAndRecount(userId: string) {
  return sqlOne(
    `select jsonb_build_object(
              'total', p.total_interviews, 'completed', p.completed_interviews,
              'average', p.average_score, 'best', p.best_score,
              'current_streak', p.current_streak_days, 'longest_streak', p.longest_streak_days) as profile,
            jsonb_build_object(
              'total', (select count(*) from public.interview_sessions s where s.user_id = p.id),
              'completed', (select count(*) from public.interview_sessions s where s.user_id = p.id and s.status = 'completed'),
              'average', (select round(avg(s.score), 2) from public.interview_sessions s
                          where s.user_id = p.id and s.status = 'completed'),
              'best', (select max(s.score) from public.interview_sessions s where s.user_id = p.id and s.status = 'completed'),
              'current_streak', 1, 'longest_streak', 1) as recount,
            (select d.interviews_completed from public.user_daily_activity d
             where d.user_id = p.id and d.activity_date = (now() at time zone 'UTC')::date) as completed_today
     from public.user_profiles p where p.id = $1`,
    [userId],
  );
}

const completeSession = (client: pg.Client, sessionId: string, score: number) =>
  client.query(`update public.interview_sessions set status = 'completed', score = $2, duration_seconds = 60 where id = $1`, [
    sessionId,
    score,
  ]);

describe('profile statistics under concurrent events of one user', () => {
  it('completions of several interviews on separate connections, started together, leave exact statistics', async () => {
    const rounds = 3;
    const parallel = 4;
    const user = await createUser('stats-race');
    const holder = await connect();
    const completers = await Promise.all(Array.from({ length: parallel }, connect));
    const clients = [holder, ...completers];
    const completerPids = await Promise.all(completers.map(backendPid));
    try {
      for (let round = 0; round < rounds; round += 1) {
        const sessions = await Promise.all(completers.map(async (client) => ({ client, session: await insertSession(user.id) })));
        // Every completion starts while the first of them is held up, so all of them are in flight together.
        await holdTodaysActivity(holder, user.id);
        const completions = sessions.map(({ client, session }, i) => completeSession(client, session.id, 40 + 10 * i + round));
        await Promise.all(completerPids.map(waitingForLock));
        await holder.query('commit');
        await Promise.all(completions);

        const { profile, recount, completed_today } = await profileAndRecount(user.id);
        expect(profile).toEqual(recount);
        expect(completed_today).toBe(parallel * (round + 1));
      }
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('a new interview created while another of the same user is being completed neither deadlocks nor loses a count', async () => {
    const user = await createUser('stats-create-complete');
    await giveSubscription(user.id); // no monthly quota in the way
    const clients = await Promise.all([connect(), connect(), connect()]);
    const [holder, completer, creator] = clients;
    const [completerPid, creatorPid] = await Promise.all([backendPid(completer), backendPid(creator)]);
    try {
      for (let round = 0; round < 2; round += 1) {
        const session = await insertSession(user.id);
        // The completion is queued first, then the creation; both are released together.
        await holdTodaysActivity(holder, user.id);
        const completion = completeSession(completer, session.id, 70 + round).then(
          () => null,
          (error: { code?: string }) => error.code ?? 'error',
        );
        await waitingForLock(completerPid);
        await creator.query('begin');
        await creator.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
          JSON.stringify({ sub: user.id, role: 'authenticated', aal: 'aal1' }),
        ]);
        const creation = creator
          .query(`select id from public.create_interview_session(p_job_role => 'Backend Developer', p_total_questions => 3)`)
          .then(
            () => creator.query('commit').then(() => null),
            async (error: { code?: string }) => {
              await creator.query('rollback');
              return error.code ?? 'error';
            },
          );
        await waitingForLock(creatorPid);
        await holder.query('commit');

        // 40P01 (deadlock_detected) when the two paths take the profile and the day's row in opposite orders
        expect(await Promise.all([completion, creation])).toEqual([null, null]);
        const { profile, recount } = await profileAndRecount(user.id);
        expect(profile).toEqual(recount);
      }
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await Promise.all(clients.map((client) => client.end()));
    }
  });
  it('deleting the account while one of its interviews is being completed does not deadlock', async () => {
    const user = await createUser('stats-delete-complete');
    const session = await insertSession(user.id);
    const clients = await Promise.all([connect(), connect()]);
    const [completer, deleter] = clients;
    const deleterPid = await backendPid(deleter);
    try {
      // the completion path locks the session first (complete_interview, finish_interview_completion)
      await completer.query('begin');
      await completer.query(`select 1 from public.interview_sessions where id = $1 for update`, [session.id]);
      await deleter.query('begin');
      await deleter.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
        JSON.stringify({ sub: user.id, role: 'authenticated', aal: 'aal1' }),
      ]);
      const deletion = deleter.query(`select public.delete_my_account('DELETE')`).then(
        () => deleter.query('commit').then(() => null),
        async (error: { code?: string }) => {
          await deleter.query('rollback');
          return error.code ?? 'error';
        },
      );
      await waitingForLock(deleterPid);
      const completion = completeSession(completer, session.id, 80).then(
        () => completer.query('commit').then(() => null),
        async (error: { code?: string }) => {
          await completer.query('rollback');
          return error.code ?? 'error';
        },
      );

      // 40P01 when the deletion holds the profile and waits for the session the completion holds
      expect(await Promise.all([completion, deletion])).toEqual([null, null]);
      expect(await sql(`select 1 from public.interview_sessions where user_id = $1`, [user.id])).toEqual([]);
      expect(await sql(`select 1 from public.user_profiles where id = $1`, [user.id])).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });
});
