// The local stand-in for pg_cron: runs the jobs declared in private.scheduled_jobs on their
// cron schedules (UTC, as pg_cron on hosted Supabase). SQL jobs run through
// private.run_job(name), exactly the statement pg_cron runs on hosted; edge-function jobs are
// invoked over HTTP with the service-role key (on hosted pg_net does that) and recorded in
// private.job_runs the same way.
import { CronExpressionParser } from 'cron-parser';
import pg from 'pg';

export interface SchedulerOptions {
  /** The database as `postgres` (the owner of the private schema, as pg_cron's jobs run on hosted). */
  dbUrl: string;
  /** `<api>/functions/v1` */
  functionsUrl: string;
  serviceRoleKey: string;
  log?: (line: string) => void;
}

export interface DeclaredJob {
  name: string;
  schedule: string;
  command: string | null;
  edge_function: string | null;
}

export interface JobRunOutcome {
  job: string;
  runId: number | null;
  outcome: 'ok' | 'error' | 'skipped';
  message?: string;
}

export interface Scheduler {
  /** Runs every job due at this minute (what the timer does at each minute boundary). */
  tick(minute: Date): Promise<JobRunOutcome[]>;
  /** Runs one job now. */
  run(name: string): Promise<JobRunOutcome>;
  /** Starts the minute timer. */
  start(): void;
  close(): Promise<void>;
}

/** True when a cron schedule fires at this minute (UTC). */
export function isDue(schedule: string, minute: Date): boolean {
  const start = new Date(Math.floor(minute.getTime() / 60_000) * 60_000);
  const next = CronExpressionParser.parse(schedule, { currentDate: new Date(start.getTime() - 1), tz: 'UTC' })
    .next()
    .toDate();
  return next.getTime() === start.getTime();
}

/** The first minute after `after` a schedule fires (UTC). */
export function nextRun(schedule: string, after: Date): Date {
  return CronExpressionParser.parse(schedule, { currentDate: after, tz: 'UTC' }).next().toDate();
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const pool = new pg.Pool({ connectionString: options.dbUrl, max: 3, application_name: 'local-scheduler' });
  const log = options.log ?? (() => {});
  const running = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const inFlight = new Set<Promise<unknown>>();

  async function declaredJobs(): Promise<DeclaredJob[]> {
    const { rows } = await pool.query<DeclaredJob>(
      'select name, schedule, command, edge_function from private.scheduled_jobs order by name',
    );
    return rows;
  }

  async function runSql(job: DeclaredJob): Promise<JobRunOutcome> {
    const { rows } = await pool.query<{ result: { run_id: number; outcome: JobRunOutcome['outcome']; message?: string } }>(
      'select private.run_job($1) as result',
      [job.name],
    );
    const result = rows[0]!.result;
    return { job: job.name, runId: result.run_id, outcome: result.outcome, message: result.message };
  }

  async function runEdgeFunction(job: DeclaredJob): Promise<JobRunOutcome> {
    const { rows } = await pool.query<{ id: number }>('insert into private.job_runs (job_name) values ($1) returning id', [job.name]);
    const runId = Number(rows[0]!.id);
    let outcome: 'ok' | 'error' = 'error';
    let message: string | null = null;
    let result: string | null = null;
    try {
      const response = await fetch(`${options.functionsUrl}/${job.edge_function}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${options.serviceRoleKey}`, apikey: options.serviceRoleKey, 'Content-Type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(120_000),
      });
      const body = await response.text();
      if (response.ok) {
        outcome = 'ok';
        result = body.slice(0, 2000);
      } else {
        message = `HTTP ${response.status}: ${body.slice(0, 1000)}`;
      }
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    await pool.query('update private.job_runs set finished_at = clock_timestamp(), outcome = $2, message = $3, result = $4 where id = $1', [
      runId,
      outcome,
      message,
      result,
    ]);
    return { job: job.name, runId, outcome, message: message ?? undefined };
  }

  async function runJob(job: DeclaredJob): Promise<JobRunOutcome> {
    if (running.has(job.name)) {
      return { job: job.name, runId: null, outcome: 'skipped', message: 'The previous run has not finished yet.' };
    }
    running.add(job.name);
    try {
      const outcome = job.edge_function ? await runEdgeFunction(job) : await runSql(job);
      if (outcome.outcome === 'error') log(`job ${job.name} failed: ${outcome.message}`);
      return outcome;
    } finally {
      running.delete(job.name);
    }
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => {});
    return promise;
  }

  const scheduler: Scheduler = {
    async tick(minute) {
      const jobs = await declaredJobs();
      const due = jobs.filter((job) => {
        try {
          return isDue(job.schedule, minute);
        } catch (error) {
          log(`job ${job.name}: cannot parse schedule ${job.schedule}: ${(error as Error).message}`);
          return false;
        }
      });
      return Promise.all(due.map((job) => track(runJob(job))));
    },
    async run(name) {
      const job = (await declaredJobs()).find((candidate) => candidate.name === name);
      if (!job) throw new Error(`No scheduled job named ${name}`);
      return track(runJob(job));
    },
    start() {
      const arm = () => {
        if (closed) return;
        const now = Date.now();
        const nextMinute = Math.floor(now / 60_000) * 60_000 + 60_000;
        timer = setTimeout(() => {
          void scheduler.tick(new Date(nextMinute)).catch((error: Error) => log(`scheduler tick failed: ${error.message}`));
          arm();
        }, nextMinute - now);
        timer.unref?.();
      };
      arm();
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight]);
      await pool.end();
    },
  };
  return scheduler;
}
