// PostgREST's own CPU per cheap read (GET /plans as anon, straight to PostgREST), one setting at a time: boots
// one stack, then starts one extra PostgREST per variant (the stack's configuration with one change, same
// binary and database), and measures them in rotating blocks (sequential, then N concurrent), so that a load
// change on the shared machine hits all of them alike. Per variant: p50, the PostgREST process's CPU per request
// (utime + stime from /proc) and its Postgres backends' CPU per request (found by the application_name each
// instance connects with).
//
//   npx tsx bench/loop-load/postgrest-settings.ts [--requests 3000] [--concurrency 32] [--rounds 3] [--only a;b]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Agent } from 'undici';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import { startPostgrest } from '../../stack/postgrest.ts';
import { startTargetStack } from './target-stack.ts';
import { p50, timedReads } from './timed-reads.ts';
import { arg } from './cli.ts';

const REQUESTS = Number(arg('requests', '3000'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const ROUNDS = Number(arg('rounds', '3'));
const BLOCK = 250;

interface Variant {
  overrides?: Record<string, string | number | boolean>;
  /** RTS options instead of the stack's (`-N1`); [] for the binary's built-in ones. */
  rts?: string[];
  /** CPU list for `taskset`: every thread of the PostgREST process pinned there. */
  cpus?: string;
}
const VARIANTS: Record<string, Variant> = {
  current: {},
  'RTS built-in (-N, one capability per core)': { rts: [] },
  'RTS -N1 -A16m': { rts: ['-N1', '-A16m'] },
  'RTS -N1 -I0 (no idle GC)': { rts: ['-N1', '-I0'] },
  'db-prepared-statements off': { overrides: { 'db-prepared-statements': false } },
  'server-timing-enabled on': { overrides: { 'server-timing-enabled': true } },
  'jwt-cache-max-lifetime 0 (no JWT cache)': { overrides: { 'jwt-cache-max-lifetime': 0 } },
  'db-pool 2': { overrides: { 'db-pool': 2 } },
  'db-pool 4': { overrides: { 'db-pool': 4 } },
  'db-pool 20': { overrides: { 'db-pool': 20 } },
  'log-level crit': { overrides: { 'log-level': 'crit' } },
  'pinned to CPU 0': { cpus: '0' },
  'pinned to CPU 1': { cpus: '1' },
};
const only = arg('only', '');
const chosen = Object.keys(VARIANTS).filter((name) => !only || name === 'current' || only.split(';').includes(name));

const log = (line: string) => console.error(line);
const stack = await startTargetStack(process.cwd(), 4, (line) => log(`  stack: ${line}`));
const dir = mkdtempSync(path.join(tmpdir(), 'postgrest-settings-'));
const postgrests: ManagedProcess[] = [];
const agent = new Agent({ connections: CONCURRENCY * 2, keepAliveTimeout: 10_000 });
const db = new pg.Client({ connectionString: stack.info.dbUrl });

/** CPU seconds (user + system) a process has used so far. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

try {
  await db.connect();
  const conf = readFileSync(path.join(stack.info.dir, 'postgrest.conf'), 'utf8');
  const dbUri = JSON.parse(/^db-uri = (".*")$/m.exec(conf)![1]!) as string;
  const jwtSecret = JSON.parse(/^jwt-secret = (".*")$/m.exec(conf)![1]!) as string;
  const targets: Record<string, { url: string; pid: number; appName: string }> = {};
  for (const [index, name] of chosen.entries()) {
    const appName = `pgrst-variant-${index}`;
    const variant = VARIANTS[name]!;
    const started = await startPostgrest({
      dir,
      logDir: dir,
      dbPort: Number(new URL(dbUri).port),
      jwtSecret,
      name: `postgrest-${index}`,
      overrides: { 'db-uri': `${dbUri}?application_name=${appName}`, ...variant.overrides },
      rtsOptions: variant.rts,
    });
    postgrests.push(started.process);
    if (variant.cpus) execFileSync('taskset', ['-a', '-p', '-c', variant.cpus, String(started.process.child.pid)], { stdio: 'ignore' });
    targets[name] = { url: `http://127.0.0.1:${started.port}/plans?select=*`, pid: started.process.child.pid!, appName };
  }
  const headers = { authorization: `Bearer ${stack.info.anonKey}` };
  const backendsCpu = async (appName: string) => {
    const { rows } = await db.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [appName]);
    let total = 0;
    for (const { pid } of rows) {
      try {
        total += cpuSeconds(pid);
      } catch {
        // a backend that ended since
      }
    }
    return total;
  };

  const { block } = timedReads(agent, headers);

  const rows: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [mode, concurrency] of [
      ['sequential', 1],
      [`${CONCURRENCY} concurrent`, CONCURRENCY],
    ] as const) {
      const times: Record<string, number[]> = Object.fromEntries(chosen.map((name) => [name, []]));
      const cpu: Record<string, { postgrest: number; backends: number }> = Object.fromEntries(
        chosen.map((name) => [name, { postgrest: 0, backends: 0 }]),
      );
      for (const { url } of Object.values(targets)) await block(url, 50, concurrency, []); // warm-up
      for (let done = 0, shift = 0; done < REQUESTS; done += BLOCK, shift++) {
        const order = [...chosen.slice(shift % chosen.length), ...chosen.slice(0, shift % chosen.length)];
        for (const name of order) {
          const target = targets[name]!;
          const [before, backendsBefore] = [cpuSeconds(target.pid), await backendsCpu(target.appName)];
          await block(target.url, Math.min(BLOCK, REQUESTS - done), concurrency, times[name]!);
          cpu[name]!.postgrest += cpuSeconds(target.pid) - before;
          cpu[name]!.backends += (await backendsCpu(target.appName)) - backendsBefore;
        }
      }
      console.log(`\nround ${round}, ${mode} (${REQUESTS} requests per variant; load ${readFileSync('/proc/loadavg', 'utf8').trim()})`);
      for (const name of chosen) {
        const perRequest = (seconds: number) => ((seconds * 1000) / REQUESTS).toFixed(3);
        const line = `p50 ${p50(times[name]!).toFixed(3)} ms, CPU per request: PostgREST ${perRequest(cpu[name]!.postgrest)} ms, its Postgres backends ${perRequest(cpu[name]!.backends)} ms`;
        console.log(`  ${name.padEnd(44)} ${line}`);
        rows.push(
          `| ${round} | ${mode} | ${name} | ${p50(times[name]!).toFixed(3)} | ${perRequest(cpu[name]!.postgrest)} | ${perRequest(cpu[name]!.backends)} |`,
        );
      }
    }
  }
  console.log('\n| round | mode | variant | p50 ms | PostgREST CPU ms/request | backends CPU ms/request |\n|---|---|---|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  await Promise.all(postgrests.map((child) => child.stop()));
  await db.end().catch(() => {});
  await agent.close();
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
