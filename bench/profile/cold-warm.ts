// Where a functions worker's CPU goes from its start through a cold paced interview phase, against the same worker
// warm. Boots one stack of this checkout with ONE worker held at its first line (--inspect-wait), attaches V8's
// sampling profiler before any of the worker's code runs, then profiles four segments separately:
//   boot   the worker's start (imports, preloading the functions) until the stack is ready
//   setup  the users' sign-ups and subscriptions (no function calls)
//   cold   the first paced phase (what `npm run bench:load` measures)
//   warm   a second paced phase of the same users
// For each segment it prints the worker's CPU by thread (/proc/<pid>/task: the JavaScript thread against V8's
// background compiler and GC threads and the I/O threads) and the JavaScript thread's samples by category.
//
//   npx tsx bench/profile/cold-warm.ts [--users 200] [--think-ms 1000] [--port 9471] [--out-dir bench/.data]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { Api } from '../loop-load/api.ts';
import { runInterviewPhase } from '../loop-load/phases/interview.ts';
import { Recorder } from '../loop-load/recorder.ts';
import { startTargetStack } from '../loop-load/target-stack.ts';
import { makePro, signUpUsers } from '../loop-load/users.ts';
import { categorize, type Profile } from './categories.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    'think-ms': { type: 'string', default: '1000' },
    port: { type: 'string', default: '9471' },
    interval: { type: 'string', default: '250' },
    'out-dir': { type: 'string', default: path.join(process.cwd(), 'bench', '.data') },
  },
});
const USERS = Number(values.users);
const INSPECT_PORT = Number(values.port);
const log = (line: string) => console.error(`[cold-warm ${new Date().toISOString().slice(11, 19)}] ${line}`);

process.env.FUNCTIONS_WORKERS = '1';
process.env.FUNCTIONS_DENO_FLAGS = `--inspect-wait=127.0.0.1:${INSPECT_PORT}`;

/** The inspector session of the worker: connects as soon as the worker listens, starts sampling, lets it run. */
async function attach(): Promise<(method: string, params?: object) => Promise<unknown>> {
  const deadline = Date.now() + 120_000;
  let url: string | undefined;
  while (!url) {
    try {
      const targets = (await (await fetch(`http://127.0.0.1:${INSPECT_PORT}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
      url = targets[0]?.webSocketDebuggerUrl;
    } catch {
      if (Date.now() > deadline) throw new Error('the worker never opened its inspector');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    const waiter = message.id ? pending.get(message.id) : undefined;
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.error) waiter.reject(new Error(JSON.stringify(message.error)));
    else waiter.resolve(message.result);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
}

/** CPU ms of every thread of `pid` by thread name (utime + stime). */
function threadCpu(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      const key = tid === String(pid) ? `${name} (JS thread)` : name;
      byName.set(key, (byName.get(key) ?? 0) + ms);
    } catch {
      // the thread ended meanwhile
    }
  }
  return byName;
}

const diff = (after: Map<string, number>, before: Map<string, number>) =>
  new Map([...after].map(([name, ms]) => [name, ms - (before.get(name) ?? 0)]));

const attaching = attach().then(async (send) => {
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: Number(values.interval) });
  await send('Profiler.start');
  await send('Runtime.runIfWaitingForDebugger');
  return send;
});
const started = Date.now();
const stack = await startTargetStack(process.cwd(), 4, (line) => log(`  stack: ${line}`));
mkdirSync(values['out-dir'], { recursive: true });
const report: Record<string, unknown> = {};
try {
  const send = await attaching;
  const logs = path.join(stack.info.dir, 'logs');
  const pid = Number(readFileSync(path.join(logs, 'functions.pid'), 'utf8').trim());
  log(`stack ready after ${((Date.now() - started) / 1000).toFixed(1)} s; worker pid ${pid}`);
  const warmup = /functions warm-up: .*/.exec(readFileSync(path.join(logs, 'functions.log'), 'utf8'))?.[0];
  log(warmup ?? 'no warm-up line in the functions log');
  report.warmup = warmup ?? null;
  let threadsBefore = new Map<string, number>();
  const segment = async (name: string, extra: Record<string, unknown> = {}) => {
    const { profile } = (await send('Profiler.stop')) as { profile: Profile };
    const threads = threadCpu(pid);
    const cpu = diff(threads, threadsBefore);
    threadsBefore = threads;
    writeFileSync(path.join(values['out-dir'], `cold-warm-${name}.cpuprofile`), JSON.stringify(profile));
    const categories = categorize(profile);
    report[name] = { ...extra, threadCpuMs: Object.fromEntries(cpu), ...categories };
    log(
      `${name}: worker CPU by thread ${[...cpu]
        .filter(([, ms]) => ms > 0)
        .map(([n, ms]) => `${n} ${ms.toFixed(0)}`)
        .join(', ')} ms`,
    );
    log(`${name}: JS thread busy ${categories.busyMs.toFixed(0)} ms of ${categories.sampledMs.toFixed(0)} sampled`);
    for (const [category, ms] of Object.entries(categories.byCategory)) log(`    ${category.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms`);
    await send('Profiler.start');
  };
  await segment('boot');

  const setup = new Recorder();
  const setupApi = new Api(stack.info, setup, 60_000);
  const users = await signUpUsers(setupApi, `cw${Date.now().toString(36)}`, [...Array(USERS).keys()]);
  await makePro(setupApi, setup, users);
  await segment('setup');

  for (const name of ['cold', 'warm']) {
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const api = new Api(stack.info, new Recorder(), 60_000);
    const phase = await runInterviewPhase(api, users, Number(values['think-ms']), 240_000);
    const p95 = Object.fromEntries(Object.entries(phase.calls).map(([kind, stats]) => [kind, stats.p95]));
    log(`${name} phase (load ${load}): ${phase.completed} completed, ${phase.failed} failed; p95 ${JSON.stringify(p95)}`);
    await segment(name, { load, completed: phase.completed, p95 });
  }
  const out = path.join(values['out-dir'], `cold-warm-${Date.now()}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2));
  log(`report: ${out}`);
} finally {
  await stack.stop();
}
