// What `generate-questions`' two RPCs cost a new functions connection (each connection of a functions worker's pool
// is one on a fresh stack) and what they cost once that connection is warm: the backend's CPU time
// (/proc/<pid>/schedstat) per statement, and the relations the two transactions lock.
//
//   npx tsx bench/loop-sql/cold-generate.ts [--dir .stack] [--connections 10]
//
// Each round signs up two fresh users with a pending interview each, opens a new connection as the functions do
// (`postgres`, then each call a transaction with the service role's settings, as _shared/db.ts sends them) and
// runs `begin_question_generation` and `save_generated_questions` (three bank questions and a local usage event, as
// the local engine saves them) for the first user (cold), then for the second (warm). Needs a running stack.
import pg from 'pg';
import { BANK_QUESTIONS_SQL, localGenerationUsage } from '../../stack/postgres/backend-warmup.ts';
import { backendCpuMs } from './backend.ts';
import { coldConnectionRun, coldThenWarm, lockedRelations, median } from './cold-connection.ts';

const { info, rounds, signUp } = coldConnectionRun('cold-generate');

const users = await Promise.all(Array.from({ length: rounds * 2 }, (_, i) => signUp(i)));
const setup = new pg.Client({ connectionString: info.dbUrl });
await setup.connect();
const sessions: { userId: string; sessionId: string }[] = [];
for (const userId of users) {
  await setup.query('begin');
  await setup.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
    JSON.stringify({ sub: userId, role: 'authenticated', aal: 'aal1' }),
  ]);
  const { rows } = await setup.query<{ session_id: string }>(`select session_id from public.create_interview_session(
    p_job_role => 'Frontend Developer', p_interview_type => 'mixed', p_difficulty => 'medium', p_total_questions => 3,
    p_interaction_mode => 'text')`);
  await setup.query('commit');
  sessions.push({ userId, sessionId: rows[0]!.session_id });
}
const { rows: bank } = await setup.query(BANK_QUESTIONS_SQL);
await setup.end();
const questions = JSON.stringify(bank.map((row) => row.question));

const SERVICE_ROLE = `select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true),
  set_config('statement_timeout', '8s', true), set_config('lock_timeout', '8s', true)`;

interface Measured {
  beginMs: number;
  saveMs: number;
  relations: string[];
}

async function asServiceRole<T>(
  client: pg.Client,
  pid: number,
  text: string,
  args: unknown[],
): Promise<{ cpuMs: number; relations: string[]; row: T }> {
  await client.query('begin');
  await client.query(SERVICE_ROLE);
  const cpu = backendCpuMs(pid);
  const { rows } = await client.query(text, args);
  const cpuMs = backendCpuMs(pid) - cpu;
  const relations = await lockedRelations(client);
  await client.query('commit');
  return { cpuMs, relations, row: rows[0]!.result as T };
}

async function generate(client: pg.Client, pid: number, { userId, sessionId }: (typeof sessions)[number]): Promise<Measured> {
  const begin = await asServiceRole<{ state: string; session: { id: string }; slot_id: number | null }>(
    client,
    pid,
    `select public.begin_question_generation(p_user_id => $1::uuid, p_session_id => $2::text, p_rate_max => $3::integer,
       p_rate_window_seconds => $4::integer) as result`,
    [userId, sessionId, 20, 3600],
  );
  if (begin.row.state !== 'generate') throw new Error(`begin_question_generation: ${JSON.stringify(begin.row)}`);
  const interviewId = begin.row.session.id;
  const usage = JSON.stringify(localGenerationUsage(userId, interviewId));
  const save = await asServiceRole(
    client,
    pid,
    `select public.save_generated_questions(p_interview_id => $1::uuid, p_questions => $2::text::jsonb,
       p_usage => $3::text::jsonb, p_slot_id => $4::bigint) as result`,
    [interviewId, questions, usage, begin.row.slot_id],
  );
  return { beginMs: begin.cpuMs, saveMs: save.cpuMs, relations: [...new Set([...begin.relations, ...save.relations])].sort() };
}

const { cold, warm } = await coldThenWarm(info.dbUrl, rounds, sessions, generate);

const range = (xs: number[]) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
for (const [label, runs] of [
  ['cold (first on its connection)', cold],
  ['warm (second)', warm],
] as const) {
  console.log(
    `${label.padEnd(31)} backend CPU ms, median (range): begin ${range(runs.map((r) => r.beginMs))}, save ${range(
      runs.map((r) => r.saveMs),
    )}, both ${range(runs.map((r) => r.beginMs + r.saveMs))}; relations locked ${runs[0]!.relations.length}`,
  );
}
console.log(`relations the two calls lock: ${cold[0]!.relations.join(', ')}`);
