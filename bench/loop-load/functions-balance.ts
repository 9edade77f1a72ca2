// How nginx spreads function calls over the functions workers, measured with the paced interview phase: boots
// one stack of this checkout (nginx → each worker's own port, `least_conn`), starts a second nginx with the same
// configuration except that functions go to the workers' shared port (SO_REUSEPORT: each kept-alive upstream
// connection stays with the worker the kernel gave it), and runs paced phases of the same users through the two
// gateways in turn (A B B A …), so that a load change on the shared machine hits both alike.
//
//   npx tsx bench/loop-load/functions-balance.ts [--users 200] [--rounds 2] [--think-ms 1000] [--warmup 1] [--priorities]
//
// Prints p50/p95 per call kind and variant for every phase, then the median over the phases of each variant.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { gatewayNginx, startNginxGateway } from '../../stack/gateway-nginx.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import { Api } from './api.ts';
import { runInterviewPhase } from './phases/interview.ts';
import { Recorder } from './recorder.ts';
import { startTargetStack } from './target-stack.ts';
import { makePro, signUpUsers } from './users.ts';
import { arg } from './cli.ts';

const USERS = Number(arg('users', '200'));
const ROUNDS = Number(arg('rounds', '2'));
const THINK_MS = Number(arg('think-ms', '1000'));
const WARMUP = Number(arg('warmup', '1'));
// --priorities: instead of the two gateways, compare CPU priorities (autogroup nice) of the single-process servers
// on the stack's own gateway, set between phases.
const PRIORITIES = process.argv.includes('--priorities');
const PHASE_LIMIT_MS = 240_000;
const TIMEOUT_MS = 60_000;

const log = (line: string) => console.error(`[functions-balance ${new Date().toISOString().slice(11, 19)}] ${line}`);
const binary = gatewayNginx('nginx')!;
const stack = await startTargetStack(process.cwd(), 4, (line) => log(`  stack: ${line}`));
let shared: ManagedProcess | undefined;
const sharedDir = path.join(stack.info.dir, 'nginx-shared-port');

/** CPU ms of each functions worker so far (utime + stime of <logs>/functions*.pid). */
function workerCpuMs(logs: string): number[] {
  return readdirSync(logs)
    .filter((name) => /^functions(-\d+)?\.pid$/.test(name))
    .sort()
    .map((name) => {
      const stat = readFileSync(`/proc/${readFileSync(path.join(logs, name), 'utf8').trim()}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    });
}

function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

try {
  // The stack's own configuration, with functions sent to the shared port instead of each worker's own.
  const stackNginxDir = path.join(stack.info.dir, 'nginx');
  const config = readFileSync(path.join(stackNginxDir, 'nginx.conf'), 'utf8');
  const functionsLog = readFileSync(path.join(stack.info.dir, 'logs', 'functions.log'), 'utf8');
  const sharedPort = /functions listening on (\d+)/.exec(functionsLog)?.[1];
  if (!sharedPort) throw new Error('no "functions listening on" line in the functions log');
  if (!/upstream functions \{ least_conn; /.test(config)) throw new Error('the stack does not balance functions over worker ports');
  const port = await freePort();
  const stackPort = new URL(stack.info.apiUrl).port;
  const sharedConfig = config
    .replace(/upstream functions \{[^}]*\}/, `upstream functions { server 127.0.0.1:${sharedPort}; keepalive 128; keepalive_timeout 4s; }`)
    .replaceAll(stackNginxDir, sharedDir)
    .replace(`listen 127.0.0.1:${stackPort};`, `listen 127.0.0.1:${port};`);
  mkdirSync(sharedDir, { recursive: true });
  shared = await startNginxGateway(
    binary,
    {
      port,
      dir: sharedDir,
      logDir: sharedDir,
      anonKey: stack.info.anonKey,
      serviceRoleKey: stack.info.serviceRoleKey,
      upstreams: { rest: 0, auth: 0 },
      nodeGateway: 0,
    },
    sharedConfig,
  );
  const logs = path.join(stack.info.dir, 'logs');
  const pidOf = (name: string) => Number(readFileSync(path.join(logs, `${name}.pid`), 'utf8').trim());
  const functionPids = () =>
    readdirSync(logs)
      .filter((n) => /^functions(-\d+)?\.pid$/.test(n))
      .map((n) => pidOf(n.slice(0, -4)));
  const nice = (pids: number[], value: number) => {
    for (const pid of pids) {
      setPriority(pid, value);
      writeFileSync(`/proc/${pid}/autogroup`, String(value));
    }
  };
  const servers = () => [pidOf('postgrest'), pidOf('gateway-nginx'), ...functionPids()];
  const variants: Record<string, string> = PRIORITIES
    ? { 'all nice 0': stack.info.apiUrl, 'PostgREST, nginx, Deno nice -5': stack.info.apiUrl, 'Deno nice 5': stack.info.apiUrl }
    : { 'least_conn over worker ports': stack.info.apiUrl, 'shared port (SO_REUSEPORT)': `http://127.0.0.1:${port}` };
  const prepare = (variant: string) => {
    if (!PRIORITIES) return;
    nice(servers(), 0);
    if (variant === 'PostgREST, nginx, Deno nice -5') nice(servers(), -5);
    if (variant === 'Deno nice 5') nice(functionPids(), 5);
  };
  const workers = readdirSync(path.join(stack.info.dir, 'logs')).filter((name) => /^functions(-\d+)?\.log$/.test(name)).length;
  log(`${workers} functions workers; shared port ${sharedPort}`);

  const setup = new Recorder();
  const setupApi = new Api(stack.info, setup, TIMEOUT_MS);
  const users = await signUpUsers(setupApi, `fb${Date.now().toString(36)}`, [...Array(USERS).keys()]);
  await makePro(setupApi, setup, users);
  log(`${users.length} users are Pro`);

  const names = Object.keys(variants);
  // Warm-up phases (not counted): a fresh stack's first interviews pay for JIT compilation and new backends.
  for (let i = 0; i < WARMUP; i++) {
    for (const name of names) {
      prepare(name);
      const warm = await runInterviewPhase(
        new Api({ ...stack.info, apiUrl: variants[name]! }, new Recorder(), TIMEOUT_MS),
        users,
        THINK_MS,
        PHASE_LIMIT_MS,
      );
      log(`warm-up through ${name}: ${warm.completed} completed, ${warm.failed} failed`);
    }
  }
  const order: string[] = [];
  for (let round = 0; round < ROUNDS; round++) order.push(...(round % 2 === 0 ? names : [...names].reverse()));
  const results: { variant: string; load: string; p: Record<string, { p50: number; p95: number; errors: number }>; workerMs: number[] }[] =
    [];
  for (const variant of order) {
    const load = loadAverage();
    prepare(variant);
    const cpuBefore = workerCpuMs(logs);
    const api = new Api({ ...stack.info, apiUrl: variants[variant]! }, new Recorder(), TIMEOUT_MS);
    const phase = await runInterviewPhase(api, users, THINK_MS, PHASE_LIMIT_MS);
    const p = Object.fromEntries(
      Object.entries(phase.calls).map(([kind, stats]) => [kind, { p50: stats.p50 ?? NaN, p95: stats.p95 ?? NaN, errors: stats.errors }]),
    );
    const workerMs = workerCpuMs(logs).map((ms, i) => Math.round(ms - (cpuBefore[i] ?? 0)));
    results.push({ variant, load, p, workerMs });
    log(
      `${variant} (load ${load}): ${phase.completed} completed, ${phase.failed} failed in ${(phase.wallMs / 1000).toFixed(1)} s; ` +
        `CPU ms per worker ${workerMs.join(' / ')}`,
    );
    for (const [kind, { p50, p95, errors }] of Object.entries(p))
      log(`    ${kind.padEnd(36)} p50 ${p50.toFixed(0).padStart(6)}  p95 ${p95.toFixed(0).padStart(6)}  errors ${errors}`);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const kinds = Object.keys(results[0]!.p);
  const lines = [
    `| call kind (paced p95 ms, each phase in order; median) | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    ...kinds.map((kind) => {
      const cells = names.map((name) => {
        const values = results.filter((r) => r.variant === name).map((r) => r.p[kind]?.p95 ?? NaN);
        return `${values.map((v) => v.toFixed(0)).join(', ')}; **${median(values).toFixed(0)}**`;
      });
      return `| ${kind} | ${cells.join(' | ')} |`;
    }),
  ];
  console.log(`order: ${order.join(' → ')}; load at each start: ${results.map((r) => r.load.split(' ')[0]).join(', ')}\n`);
  console.log(lines.join('\n'));
  writeFileSync(path.join(process.cwd(), 'bench', '.data', `functions-balance-${Date.now()}.json`), JSON.stringify(results, null, 2));
} finally {
  await shared?.stop();
  rmSync(sharedDir, { recursive: true, force: true });
  await stack.stop();
}
