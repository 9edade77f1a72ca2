// What one generate-questions call costs on a freshly started stack, cold and warm, without load: one functions
// worker, calls one after the other, each a new user's first interview (as in bench/loop-load). Per call: the wall
// time and the CPU the worker and the functions' Postgres backends used meanwhile (/proc/<pid>/schedstat, every
// thread). Sequential calls on an idle stack: the
// numbers do not depend on the machine's load the way a paced wave's latencies do.
//
// With --inspect-port the worker runs with the inspector on, and calls 1, 2 and the last are profiled (V8's sampling
// profiler, 100 µs): the JavaScript thread's samples by part of the code (categories.ts). The inspector itself makes
// every call somewhat dearer, so the CPU columns of such a run are not comparable with a run without it.
//
//   npx tsx bench/profile/first-calls.ts [--target <checkout>] [--calls 12] [--rounds 1] [--inspect-port 9472]
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ipFor } from '../loop-load/api.ts';
import { startTargetStack, type TargetStack } from '../loop-load/target-stack.ts';
import WebSocket from 'ws';
import { categorize, type Profile } from './categories.ts';

const { values } = parseArgs({
  options: {
    target: { type: 'string', default: process.cwd() },
    calls: { type: 'string', default: '12' },
    rounds: { type: 'string', default: '1' },
    'inspect-port': { type: 'string' },
  },
});
const CALLS = Number(values.calls);
const log = (line: string) => console.error(`[first-calls ${new Date().toISOString().slice(11, 19)}] ${line}`);

process.env.FUNCTIONS_WORKERS = '1';
const INSPECT_PORT = values['inspect-port'] ? Number(values['inspect-port']) : undefined;
if (INSPECT_PORT) process.env.FUNCTIONS_DENO_FLAGS = `--inspect=127.0.0.1:${INSPECT_PORT}`;

type Send = (method: string, params?: object) => Promise<unknown>;

/** The worker's inspector session (Chrome DevTools Protocol over its WebSocket). */
async function inspector(port: number): Promise<Send> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const pending = new Map<number, (message: { result?: unknown; error?: unknown }) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: unknown };
    if (message.id) pending.get(message.id)?.(message);
  });
  return (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (message) => (message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result)));
      socket.send(JSON.stringify({ id, method, params }));
    });
}

/** CPU ms of a process, every thread (schedstat: ns on a CPU). */
function cpuMs(pid: number): number {
  let ns = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
  return ns / 1e6;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const all: number[] = [];
  const walk = (pid: number) => (children.get(pid) ?? []).forEach((child) => (all.push(child), walk(child)));
  walk(root);
  return all;
}

function functionsWorker(stack: TargetStack): number {
  const worker = descendants(stack.pid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('functions/main.ts');
    } catch {
      return false;
    }
  });
  if (!worker) throw new Error('no functions worker found in the stack process tree');
  return worker;
}

async function post(stack: TargetStack, path: string, token: string, ip: string, body: unknown) {
  const response = await fetch(`${stack.info.apiUrl}${path}`, {
    method: 'POST',
    headers: { apikey: stack.info.anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  });
  const data = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(data)}`);
  return data;
}

async function round(): Promise<void> {
  const stack = await startTargetStack(values.target!, 4, log);
  const db = new pg.Client({ connectionString: stack.info.dbUrl });
  try {
    await db.connect();
    const worker = functionsWorker(stack);
    const backends = async () =>
      (await db.query<{ pid: number }>(`select pid from pg_stat_activity where application_name = 'edge-functions'`)).rows.map(
        (r) => r.pid,
      );
    const users: { token: string; ip: string; session: string }[] = [];
    const block = Math.floor(Math.random() * 200) * 1000;
    for (let i = 0; i < CALLS; i++) {
      const ip = ipFor(block + i);
      const data = await post(stack, '/auth/v1/signup', stack.info.anonKey, ip, {
        email: `first-calls-${Date.now()}-${i}@example.com`,
        password: 'LoadBench42!',
      });
      const token = data.access_token as string;
      const created = await post(stack, '/rest/v1/rpc/create_interview_session', token, ip, {
        p_job_role: 'Frontend Developer',
        p_interview_type: 'mixed',
        p_difficulty: 'medium',
        p_tech_stack: ['React', 'TypeScript'],
        p_interaction_mode: 'text',
        p_total_questions: 3,
      });
      users.push({ token, ip, session: created.id as string });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the worker idle, its connections open
    const pids = await backends();
    console.log(`\n${values.target}: worker ${worker}, ${pids.length} functions backends before the first call`);
    console.log('| call | wall ms | worker CPU ms | functions backends CPU ms | new backends |');
    console.log('|---:|---:|---:|---:|---:|');
    const send = INSPECT_PORT ? await inspector(INSPECT_PORT) : undefined;
    if (send) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 100 });
    }
    const profiled: string[] = [];
    for (const [index, user] of users.entries()) {
      const profile = send && (index < 2 || index === users.length - 1);
      if (profile) await send('Profiler.start');
      const before = await backends();
      const w0 = cpuMs(worker);
      const b0 = before.map(cpuMs);
      const started = performance.now();
      await post(stack, '/functions/v1/generate-questions', user.token, user.ip, { session_id: user.session });
      const wall = performance.now() - started;
      const w1 = cpuMs(worker);
      if (profile) {
        const categories = categorize(((await send('Profiler.stop')) as { profile: Profile }).profile);
        const parts = Object.entries(categories.byCategory)
          .filter(([, ms]) => ms >= 0.5)
          .map(([part, ms]) => `${part} ${ms.toFixed(1)}`);
        profiled.push(`call ${index + 1}: JS thread busy ${categories.busyMs.toFixed(1)} ms: ${parts.join(', ')}`);
      }
      const after = await backends();
      const backendMs = after.reduce((sum, pid) => sum + cpuMs(pid) - (b0[before.indexOf(pid)] ?? 0), 0);
      console.log(
        `| ${index + 1} | ${wall.toFixed(1)} | ${(w1 - w0).toFixed(1)} | ${backendMs.toFixed(1)} | ${after.filter((p) => !before.includes(p)).length} |`,
      );
    }
    for (const line of profiled) console.log(`- ${line}`);
  } finally {
    await db.end().catch(() => {});
    await stack.stop();
  }
}

for (let i = 0; i < Number(values.rounds); i++) await round();
