// A quick load run of the interview loop for development (the full benchmark is bench/loop-load):
// N users, each with its own JWT, through the gateway: create_interview_session → generate-questions →
// read its questions → 3 × (submit_response → score-answer) → complete-interview → get_user_interview_history.
//
//   npx tsx bench/loop-quick/run.ts [--users 50] [--think-ms 1000] [--rounds 1] [--dir .stack]
//
// Needs a running stack (`npm run stack`; LOCAL_STACK_DIR / --dir picks its stack.json). Users get bonus
// interviews with SQL so the free plan's monthly limit does not end the run. Prints p50/p95/max per call
// kind, every error, and completed interviews per second.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import ws from 'ws';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '50' },
    'think-ms': { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    dir: { type: 'string', default: process.env.LOCAL_STACK_DIR ?? '.stack' },
  },
});
const USERS = Number(values.users);
const THINK_MS = Number(values['think-ms']);
const ROUNDS = Number(values.rounds);
const info = JSON.parse(readFileSync(path.join(values.dir!, 'stack.json'), 'utf8')) as { apiUrl: string; anonKey: string; dbUrl: string };

const ANSWER =
  'I would start from the requirements, then explain the trade-offs: for example caching with a TTL, measuring p95 latency before and after, and rolling out behind a flag. On my last project this cut load time from 900 ms to 200 ms.';

/**
 * CPU seconds used so far by the stack (Linux /proc): the orchestrator (gateway, auth), every component in
 * <dir>/logs/*.pid and their children (Postgres backends; exited ones count in their parent's cutime).
 */
function stackCpuSeconds(): Map<string, number> {
  const ticks = 100; // USER_HZ on Linux
  const roots = new Map<number, string>([
    [JSON.parse(readFileSync(path.join(values.dir!, 'stack.json'), 'utf8')).pid, 'node (gateway, auth)'],
  ]);
  const logs = path.join(values.dir!, 'logs');
  for (const file of readdirSync(logs).filter((f) => f.endsWith('.pid'))) {
    roots.set(Number(readFileSync(path.join(logs, file), 'utf8')), file.replace(/-\d+\.pid$|\.pid$/, ''));
  }
  const stat = (pid: number) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
    } catch {
      return undefined; // exited meanwhile
    }
  };
  const byComponent = new Map<string, number>();
  for (const pid of readdirSync('/proc')
    .filter((f) => /^\d+$/.test(f))
    .map(Number)) {
    const s = stat(pid);
    const name = s && (roots.get(pid) ?? roots.get(s.ppid));
    if (s && name) byComponent.set(name, (byComponent.get(name) ?? 0) + s.cpu / ticks);
  }
  return byComponent;
}

const timings = new Map<string, number[]>();
const errors: string[] = [];

async function timed<T>(kind: string, call: () => Promise<{ error: unknown; data: T }>): Promise<T | undefined> {
  const started = performance.now();
  let result: { error: unknown; data: T };
  try {
    result = await call();
  } catch (error) {
    result = { error, data: undefined as T };
  }
  const elapsed = performance.now() - started;
  (timings.get(kind) ?? timings.set(kind, []).get(kind)!).push(elapsed);
  if (result.error) {
    const error = result.error as { message?: string; context?: unknown; cause?: { code?: string; message?: string } };
    let detail = error.message ?? String(error);
    if (error.context instanceof Response) detail = `${error.context.status} ${await error.context.text().catch(() => '')}`;
    // network failures: say which (connection reset, refused, socket closed …)
    const cause = error.cause ?? (error.context as { cause?: { code?: string; message?: string } } | undefined)?.cause;
    if (cause) detail += ` (${cause.code ?? cause.message})`;
    errors.push(`${kind}: ${detail.slice(0, 200)}`);
    return undefined;
  }
  return result.data;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => (THINK_MS > 0 ? sleep(THINK_MS * (0.5 + Math.random())) : Promise.resolve());

async function signUp(index: number): Promise<SupabaseClient> {
  const client = createClient(info.apiUrl, info.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as unknown as typeof WebSocket }, // Node 20 has no global WebSocket
    global: { headers: { 'x-forwarded-for': `10.9.${Math.floor(index / 250)}.${index % 250}` } },
  });
  const email = `load-${Date.now()}-${index}@example.com`;
  const { error } = await client.auth.signUp({ email, password: 'Interview42!load' });
  if (error) throw new Error(`sign-up ${index}: ${error.message}`);
  return client;
}

async function loop(client: SupabaseClient): Promise<boolean> {
  const session = await timed('rpc create_interview_session', async () =>
    client.rpc('create_interview_session', { p_job_role: 'Backend Developer', p_interview_type: 'mixed', p_total_questions: 3 }),
  );
  if (!session) return false;
  const { session_id, id } = session as { session_id: string; id: string };
  await think();
  const generated = await timed('fn generate-questions', () => client.functions.invoke('generate-questions', { body: { session_id } }));
  if (!generated) return false;
  const questions = await timed('rest interview_questions', async () =>
    client
      .from('interview_questions')
      .select('id, order_number, question_text, question_type, function_name')
      .eq('interview_id', id)
      .order('order_number'),
  );
  if (!questions) return false;
  for (const question of (questions as { id: string; question_type: string; function_name: string | null }[]).slice(0, 3)) {
    await think();
    // A coding question gets code too (as bench/loop-load answers it), so its test cases run in the sandbox.
    const code =
      question.question_type === 'coding' && question.function_name
        ? { p_code_answer: `function ${question.function_name}(...args) { return args[0]; }`, p_code_language: 'javascript' }
        : {};
    const response = await timed('rpc submit_response', async () =>
      client.rpc('submit_response', { p_question_id: question.id, p_answer_text: ANSWER, p_time_taken_seconds: 60, ...code }),
    );
    if (!response) return false;
    await timed('fn score-answer', () =>
      client.functions.invoke('score-answer', { body: { response_id: (response as { id: string }).id } }),
    );
  }
  await think();
  const completed = await timed('fn complete-interview', () => client.functions.invoke('complete-interview', { body: { session_id } }));
  await timed('rpc get_user_interview_history', async () => client.rpc('get_user_interview_history', { p_limit: 10 }));
  return Boolean(completed);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const db = new pg.Client({ connectionString: info.dbUrl });
await db.connect();
console.log(`signing up ${USERS} users…`);
const clients: SupabaseClient[] = [];
for (let i = 0; i < USERS; i += 20) {
  clients.push(...(await Promise.all(Array.from({ length: Math.min(20, USERS - i) }, (_, j) => signUp(i + j)))));
}
await db.query(`update public.user_profiles set bonus_interviews = 1000 where email like 'load-%'`);
console.log(`running ${ROUNDS} round(s), think time ${THINK_MS} ms…`);
const started = performance.now();
const cpuBefore = stackCpuSeconds();
let completed = 0;
await Promise.all(
  clients.map(async (client) => {
    for (let round = 0; round < ROUNDS; round++) if (await loop(client)) completed++;
  }),
);
const seconds = (performance.now() - started) / 1000;
const cpuAfter = stackCpuSeconds();
const cpuUsed = [...cpuAfter].map(([name, value]) => [name, value - (cpuBefore.get(name) ?? 0)] as const);
const cpu = cpuUsed.reduce((sum, [, value]) => sum + value, 0);
await db.end();

console.log(`\n${completed}/${USERS * ROUNDS} interviews completed in ${seconds.toFixed(1)} s: ${(completed / seconds).toFixed(1)}/s`);
console.log(`stack CPU: ${cpu.toFixed(1)} s, ${((cpu * 1000) / Math.max(1, completed)).toFixed(0)} ms per completed interview:`);
for (const [name, value] of cpuUsed) console.log(`  ${name}: ${((value * 1000) / Math.max(1, completed)).toFixed(0)} ms`);
console.log('call kind'.padEnd(34), 'n'.padStart(5), 'p50'.padStart(8), 'p95'.padStart(8), 'max'.padStart(8));
for (const [kind, list] of [...timings.entries()].sort()) {
  const sorted = [...list].sort((a, b) => a - b);
  const row = [percentile(sorted, 50), percentile(sorted, 95), sorted.at(-1) ?? 0].map((ms) => `${ms.toFixed(0)}ms`.padStart(8));
  console.log(kind.padEnd(34), String(list.length).padStart(5), ...row);
}
console.log(`\n${errors.length} errors`);
const grouped = new Map<string, number>();
for (const e of errors) grouped.set(e, (grouped.get(e) ?? 0) + 1);
for (const [e, n] of [...grouped.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${n} × ${e}`);
