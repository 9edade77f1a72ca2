/**
 * Scheduled jobs: the declaration in private.scheduled_jobs drives the local scheduler (run on a
 * minute the test chooses, not by the clock), every run is recorded with its outcome, the pg_cron
 * scheduling SQL produces the cron jobs the declaration asks for, and admins see it all.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler, isDue, nextRun, type Scheduler } from '../../stack/scheduler.ts';
import { closeSql, makeAdmin, signedInUser, sql, sqlOne, stack, type TestUser } from '../helpers/stack.ts';

let scheduler: Scheduler;
const testJobs: string[] = [];

async function declareJob(schedule: string, command: string) {
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await sql('insert into private.scheduled_jobs (name, schedule, command, description) values ($1, $2, $3, $4)', [
    name,
    schedule,
    command,
    'a job of the scheduler test',
  ]);
  testJobs.push(name);
  return name;
}

beforeAll(() => {
  const info = stack();
  scheduler = createScheduler({ dbUrl: info.dbUrl, functionsUrl: info.functionsUrl, serviceRoleKey: info.serviceRoleKey });
});
afterAll(async () => {
  await scheduler.close();
  if (testJobs.length) await sql('delete from private.scheduled_jobs where name = any($1)', [testJobs]);
  await closeSql();
});

describe('cron schedules', () => {
  it('the scheduler (cron-parser) and the console (SQL) agree on every declared job’s next run', async () => {
    const jobs = await sql<{ name: string; schedule: string }>(
      "select name, schedule from private.scheduled_jobs where name not like 'test\\_%' order by name",
    );
    expect(jobs.map((job) => job.name)).toEqual([
      'archive_old_interviews',
      'capture_system_metrics',
      'enqueue_weekly_progress',
      'mark_abandoned_sessions',
      'purge_expired_data',
      'refresh_analytics',
      'send_notifications',
    ]);
    for (const after of ['2026-12-05T03:31:10Z', '2026-12-06T23:59:00Z', '2026-12-31T23:59:30Z']) {
      for (const job of jobs) {
        const { next } = await sqlOne<{ next: Date }>('select private.cron_next_run($1, $2) as next', [job.schedule, after]);
        expect(next.toISOString(), `${job.name} after ${after}`).toBe(nextRun(job.schedule, new Date(after)).toISOString());
      }
    }
  });

  it('day-of-month and day-of-week restricted together match either (cron semantics), Sunday as 0 or 7', async () => {
    for (const [schedule, after] of [
      ['0 9 13 * 5', '2026-12-01T00:00:00Z'],
      ['30 2 * * 7', '2026-12-01T00:00:00Z'],
      ['*/20 1-3 * 1,6 1-5', '2026-12-05T00:00:00Z'],
    ] as const) {
      const { next } = await sqlOne<{ next: Date }>('select private.cron_next_run($1, $2) as next', [schedule, after]);
      expect(next.toISOString(), schedule).toBe(nextRun(schedule, new Date(after)).toISOString());
    }
  });

  it('isDue fires exactly on the scheduled minutes', () => {
    expect(isDue('7 * * * *', new Date('2026-01-01T10:07:00Z'))).toBe(true);
    expect(isDue('7 * * * *', new Date('2026-01-01T10:07:40Z'))).toBe(true);
    expect(isDue('7 * * * *', new Date('2026-01-01T10:08:00Z'))).toBe(false);
    expect(isDue('0 8 * * 1', new Date('2026-12-07T08:00:00Z'))).toBe(true); // a Monday
    expect(isDue('0 8 * * 1', new Date('2026-12-08T08:00:00Z'))).toBe(false);
  });
});

describe('the local scheduler', () => {
  it('runs a declared job on its minute, not on others, and records start, end and outcome', async () => {
    const name = await declareJob('7 * * * *', "select jsonb_build_object('answer', 41 + 1)");
    const offMinute = await scheduler.tick(new Date('2031-03-04T10:08:00Z'));
    expect(offMinute.map((run) => run.job)).not.toContain(name);
    expect(await sql('select 1 from private.job_runs where job_name = $1', [name])).toHaveLength(0);

    const onMinute = await scheduler.tick(new Date('2031-03-04T10:07:00Z'));
    expect(onMinute.find((run) => run.job === name)).toMatchObject({ outcome: 'ok' });
    const runs = await sql<{ outcome: string; result: string; started_at: Date; finished_at: Date; trigger: string }>(
      'select outcome, result, started_at, finished_at, trigger from private.job_runs where job_name = $1',
      [name],
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: 'ok', trigger: 'schedule' });
    expect(JSON.parse(runs[0]!.result)).toEqual({ answer: 42 });
    expect(runs[0]!.finished_at.getTime()).toBeGreaterThanOrEqual(runs[0]!.started_at.getTime());
  });

  it('a failing job records the error and rolls back its own changes', async () => {
    const marker = `test_marker_${randomUUID().replaceAll('-', '')}`;
    const name = await declareJob(
      '* * * * *',
      `with written as (insert into private.app_settings (key, value, description) values ('${marker}', '1', 'x') returning 1)
       select 1 / (select count(*) - 1 from written)`,
    );
    const outcome = await scheduler.run(name);
    expect(outcome).toMatchObject({ job: name, outcome: 'error' });
    const run = await sqlOne<{ outcome: string; message: string; finished_at: Date | null }>(
      'select outcome, message, finished_at from private.job_runs where job_name = $1',
      [name],
    );
    expect(run.outcome).toBe('error');
    expect(run.message).toMatch(/^22012: division by zero/);
    expect(run.finished_at).not.toBeNull();
    expect(await sql('select 1 from private.app_settings where key = $1', [marker])).toHaveLength(0);
  });

  it('runs the edge-function job (send-notifications) over HTTP and records it', async () => {
    const outcome = await scheduler.run('send_notifications');
    expect(outcome).toMatchObject({ outcome: 'ok' });
    const run = await sqlOne<{ outcome: string; result: string }>('select outcome, result from private.job_runs where id = $1', [
      outcome.runId,
    ]);
    expect(run.outcome).toBe('ok');
    expect(JSON.parse(run.result)).toEqual(expect.objectContaining({ sent: expect.any(Number), failed: expect.any(Number) }));
  });

  it('a run of a job that is still running elsewhere is recorded as skipped, not run twice', async () => {
    const name = await declareJob('* * * * *', 'select 1');
    const holder = new pg.Client({ connectionString: stack().dbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query("select pg_advisory_xact_lock(hashtext('interviewai.job'), hashtext($1))", [name]);
      const outcome = await scheduler.run(name);
      expect(outcome.outcome).toBe('skipped');
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
    expect((await scheduler.run(name)).outcome).toBe('ok');
  });
});

describe('pg_cron scheduling', () => {
  // pg_cron does not ship with this Postgres: a minimal stand-in for its `cron` schema (the job
  // table and schedule/unschedule by name) is created inside a transaction that is rolled back.
  const FAKE_PG_CRON = `
    create schema cron;
    create table cron.job (jobid bigserial primary key, jobname text unique, schedule text not null, command text not null);
    create function cron.schedule(job_name text, schedule text, command text) returns bigint language sql as $$
      insert into cron.job (jobname, schedule, command) values (job_name, schedule, command)
      on conflict (jobname) do update set schedule = excluded.schedule, command = excluded.command
      returning jobid $$;
    create function cron.unschedule(job_name text) returns boolean language sql as $$
      delete from cron.job where jobname = job_name returning true $$;
  `;

  it('without pg_cron nothing is scheduled and nothing fails', async () => {
    expect((await sqlOne('select private.schedule_jobs() as r')).r).toEqual({ pg_cron: false, scheduled: 0, removed: 0 });
    expect((await sqlOne('select private.unscheduled_cron_jobs() as r')).r).toBeNull();
  });

  it('creates one cron job per declared job running private.run_job, replaces old ones, and is idempotent', async () => {
    const client = new pg.Client({ connectionString: stack().dbUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(FAKE_PG_CRON);
      await client.query(`insert into cron.job (jobname, schedule, command) values
        ('interviewai-lifecycle', '30 3 * * *', 'select private.run_lifecycle()'),
        ('someone-elses-job', '0 0 * * *', 'select 1')`);
      const declared = (
        await client.query<{ name: string; schedule: string }>(
          "select name, schedule from private.scheduled_jobs where name not like 'test\\_%' order by name",
        )
      ).rows;
      // Jobs other tests of this file declared are part of the declaration too while they exist.
      await client.query("delete from private.scheduled_jobs where name like 'test\\_%'");

      const first = (await client.query('select private.schedule_jobs() as r')).rows[0].r;
      expect(first).toEqual({ pg_cron: true, scheduled: declared.length, removed: 1 });
      const jobs = (await client.query('select jobname, schedule, command from cron.job order by jobname')).rows;
      expect(jobs).toEqual(
        [
          ...declared.map((job) => ({
            jobname: `interviewai-${job.name}`,
            schedule: job.schedule,
            command: `select private.run_job('${job.name}')`,
          })),
          { jobname: 'someone-elses-job', schedule: '0 0 * * *', command: 'select 1' },
        ].sort((a, b) => a.jobname.localeCompare(b.jobname)),
      );
      expect((await client.query('select private.unscheduled_cron_jobs() as r')).rows[0].r).toEqual([]);

      const again = (await client.query('select private.schedule_jobs() as r')).rows[0].r;
      expect(again).toEqual({ pg_cron: true, scheduled: declared.length, removed: 0 });
      expect((await client.query('select count(*)::int as n from cron.job')).rows[0].n).toBe(declared.length + 1);

      // A schedule changed in the declaration shows up as not scheduled until schedule_jobs runs.
      await client.query("update private.scheduled_jobs set schedule = '*/5 * * * *' where name = 'refresh_analytics'");
      expect((await client.query('select private.unscheduled_cron_jobs() as r')).rows[0].r).toEqual(['interviewai-refresh_analytics']);
      await client.query('select private.schedule_jobs()');
      expect((await client.query("select schedule from cron.job where jobname = 'interviewai-refresh_analytics'")).rows[0].schedule).toBe(
        '*/5 * * * *',
      );
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });
});

describe('admin console RPCs', () => {
  let admin: TestUser, user: TestUser;
  beforeAll(async () => {
    [admin, user] = await Promise.all([signedInUser('jobs-admin'), signedInUser('jobs-user')]);
    await makeAdmin(admin.id);
  });

  it('a non-admin can neither list nor run jobs', async () => {
    const list = await user.client.rpc('admin_list_jobs');
    expect(list.error?.code).toBe('42501');
    const run = await user.client.rpc('admin_run_job', { p_name: 'refresh_analytics' });
    expect(run.error?.code).toBe('42501');
  });

  it('an admin runs a job now and sees every job with schedule, last run, duration and next run', async () => {
    const run = await admin.client.rpc('admin_run_job', { p_name: 'refresh_analytics' });
    expect(run.error).toBeNull();
    expect(run.data).toMatchObject({ outcome: 'ok' });

    const { data, error } = await admin.client.rpc('admin_list_jobs');
    expect(error).toBeNull();
    const refresh = data!.find((job) => job.name === 'refresh_analytics')!;
    expect(refresh).toMatchObject({ schedule: '*/15 * * * *', last_outcome: 'ok', pg_cron_available: false, cron_scheduled: null });
    expect(refresh.last_duration_ms).toBeGreaterThanOrEqual(0);
    expect(new Date(refresh.next_run_at!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(new Date(refresh.next_run_at!).getUTCMinutes() % 15).toBe(0);
    expect(data!.map((job) => job.name)).toEqual(expect.arrayContaining(['send_notifications', 'mark_abandoned_sessions']));

    const trigger = await sqlOne<{ trigger: string }>(
      "select trigger from private.job_runs where job_name = 'refresh_analytics' order by started_at desc limit 1",
    );
    expect(trigger.trigger).toBe('manual');
  });

  it('an unknown job is a 404 with a machine code', async () => {
    const run = await admin.client.rpc('admin_run_job', { p_name: 'no_such_job' });
    expect(run.status).toBe(404);
    expect(run.error?.details).toBe('job_not_found');
  });
});
