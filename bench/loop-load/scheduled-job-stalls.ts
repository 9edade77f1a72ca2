// What each scheduled job (private.scheduled_jobs, run by pg_cron on hosted and stack/scheduler.ts locally) does to
// API latency while it runs: boots an isolated stack of a checkout, keeps 4 clients reading `GET /plans` straight
// from PostgREST, and runs each SQL job once in the middle of a read window. Per job: the reads' p50 and max, and
// how many schema-cache reloads the job asked PostgREST for (a reload holds every request until it is done).
//
//   npx tsx bench/loop-load/scheduled-job-stalls.ts [checkout ...] [--window-ms 1500] [--rounds 2]
import pg from 'pg';
import { arg } from './cli.ts';
import { startTargetStack } from './target-stack.ts';

const WINDOW_MS = Number(arg('window-ms', '1500'));
const ROUNDS = Number(arg('rounds', '2'));
const CLIENTS = 4;
const named = process.argv.slice(2).filter((value, i, all) => !value.startsWith('--') && !all[i - 1]?.startsWith('--'));
const checkouts = named.length ? named : [process.cwd()];

interface Row {
  checkout: string;
  round: number;
  job: string;
  reads: number;
  p50: number;
  max: number;
  reloads: number;
}

async function readsDuring(url: string, key: string, work: () => Promise<unknown>) {
  const latencies: number[] = [];
  const end = performance.now() + WINDOW_MS;
  const client = async () => {
    while (performance.now() < end) {
      const start = performance.now();
      const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS / 4));
  await work();
  await Promise.all(clients);
  latencies.sort((a, b) => a - b);
  return { reads: latencies.length, p50: latencies[latencies.length >> 1]!, max: latencies.at(-1)! };
}

async function measure(checkout: string, round: number): Promise<Row[]> {
  const stack = await startTargetStack(checkout, 4, () => {});
  const rows: Row[] = [];
  const db = new pg.Client({ connectionString: stack.info.dbUrl });
  const listener = new pg.Client({ connectionString: stack.info.dbUrl });
  try {
    await Promise.all([db.connect(), listener.connect()]);
    const pid = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
    let reloads = 0;
    listener.on('notification', (note) => {
      if (note.channel === 'pgrst' && note.processId === pid) reloads++;
    });
    await listener.query('listen pgrst');
    const jobs = await db.query<{ name: string; command: string }>(
      'select name, command from private.scheduled_jobs where command is not null order by name',
    );
    const url = `${stack.postgrestUrl}/plans?select=*`;
    const nothing = await readsDuring(url, stack.info.anonKey, async () => {});
    rows.push({ checkout, round, job: '(none)', ...nothing, reloads: 0 });
    for (const job of jobs.rows) {
      reloads = 0;
      const result = await readsDuring(url, stack.info.anonKey, () => db.query(job.command));
      // Notifications from the job's commit arrive before the answer to a later query on the same connection.
      await db.query('select 1');
      await new Promise((resolve) => setTimeout(resolve, 50));
      rows.push({ checkout, round, job: job.name, ...result, reloads });
    }
  } finally {
    await Promise.allSettled([db.end(), listener.end()]);
    await stack.stop();
  }
  return rows;
}

const rows: Row[] = [];
for (let round = 1; round <= ROUNDS; round++)
  for (const checkout of round % 2 ? checkouts : [...checkouts].reverse()) rows.push(...(await measure(checkout, round)));

console.log('| checkout | round | job | reads | p50 ms | max ms | schema reloads asked |');
console.log('|---|---:|---|---:|---:|---:|---:|');
for (const row of rows)
  console.log(
    `| ${row.checkout} | ${row.round} | ${row.job} | ${row.reads} | ${row.p50.toFixed(1)} | ${row.max.toFixed(1)} | ${row.reloads} |`,
  );
