// Postgres CPU per interview for the interview loop's SQL alone, without HTTP: one connection runs the
// statements PostgREST sends for one interview (each request its own transaction with the caller's role
// and JWT claims, as PostgREST does), and the CPU time of that connection's backend is read from
// /proc/<pid>/schedstat before and after. CPU seconds of one backend do not depend on what else runs on the
// machine, so two schemas (e.g. before and after a migration) compare on a busy machine too.
//
//   npx tsx bench/loop-sql/run.ts [--dir .stack] [--interviews 60] [--warmup 10] [--users 10 | --fresh-users]
//
// Needs a running stack (`npm run stack`; --dir picks its stack.json) on this machine (the backend's /proc
// entry is read) and its process running as root or as the postgres OS user. The statements are those of
// bench/loop-load's interview: create_interview_session → begin_question_generation + save_generated_questions
// → the questions (RLS select) → 3 × (submit_response → claim_response_scoring + save_response_evaluation)
// → claim_interview_completion + finish_interview_completion (usage, skill gaps with their resources, completion
// and report) → get_user_interview_history. The edge functions' own reads are left out.
// Each step also gets the backend's minor page faults, and the connection's own cost (the backend's start and
// authentication, with one `select pg_backend_pid()`) is printed apart: with `--fresh-users --warmup 0
// --interviews 1` that is what one new connection of a pool costs before and on its first calls.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { prose } from '../loop-load/prose.ts';
import { backendCpuMs as cpuOf, backendPageFaults as pageFaultsOf } from './backend.ts';
import { signUpFrom } from './sign-up.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.LOCAL_STACK_DIR ?? '.stack' },
    interviews: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    users: { type: 'string', default: '10' },
    // each interview by a user of its own, their first of the day (as in bench/loop-load): the day's activity
    // row and the profile's streak are written for the first time, achievements are checked
    'fresh-users': { type: 'boolean', default: false },
    // a résumé of this many kB and a job description of half as many with each interview (0: none, as in
    // bench/loop-load)
    'resume-kb': { type: 'string', default: '0' },
  },
});
const info = JSON.parse(readFileSync(path.join(values.dir!, 'stack.json'), 'utf8')) as {
  apiUrl: string;
  anonKey: string;
  dbUrl: string;
};

const signUp = signUpFrom(info, 'loop-sql');

const client = new pg.Client({ connectionString: info.dbUrl });
await client.connect();

const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid as number;
let measuring = false;
const cpuByStep = new Map<string, number>();
const faultsByStep = new Map<string, number>();

const backendCpuMs = () => cpuOf(pid);
const backendPageFaults = () => pageFaultsOf(pid);

// The backend's start (fork, authentication, relation cache from its init file) before any statement of the loop.
const connection = { cpuMs: backendCpuMs(), pageFaults: backendPageFaults() };

async function as<T = Record<string, unknown>>(
  role: 'authenticated' | 'service_role',
  userId: string | null,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const step = sql.match(/public\.(\w+)|insert into public\.(\w+)/);
  const label = step ? (step[1] ?? `insert ${step[2]}`) : sql.slice(0, 30);
  const before = measuring ? backendCpuMs() : 0;
  const faultsBefore = measuring ? backendPageFaults() : 0;
  try {
    return await call<T>(role, userId, sql, params);
  } finally {
    if (measuring) {
      cpuByStep.set(label, (cpuByStep.get(label) ?? 0) + backendCpuMs() - before);
      faultsByStep.set(label, (faultsByStep.get(label) ?? 0) + backendPageFaults() - faultsBefore);
    }
  }
}

async function call<T>(role: string, userId: string | null, sql: string, params: unknown[]): Promise<T[]> {
  await client.query('begin');
  try {
    const claims = JSON.stringify(userId ? { sub: userId, role, aal: 'aal1' } : { role });
    await client.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [role, claims]);
    const { rows } = await client.query(sql, params);
    await client.query('commit');
    return rows as T[];
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

const bank = (
  await client.query(
    `select id, question, type, difficulty, category from public.question_bank
     where type in ('technical', 'behavioral') and is_active order by id limit 3`,
  )
).rows as Array<{ id: string; question: string; type: string; difficulty: string; category: string }>;

const usage = (operation: string, interviewId: string, userId: string, responseId: string | null = null) =>
  JSON.stringify([{ user_id: userId, interview_id: interviewId, response_id: responseId, operation, provider: 'local', latency_ms: 0 }]);
const ANSWER =
  'I would start from the requirements, then explain the trade-offs: caching with a TTL, measuring p95 latency before and after, and rolling out behind a flag.';

const documentOf = (kb: number) => (kb > 0 ? prose(kb * 1000) : null);
const resumeKb = Number(values['resume-kb']);

async function interview(userId: string) {
  const [session] = await as<{ id: string; session_id: string }>(
    'authenticated',
    userId,
    `select id, session_id from public.create_interview_session(p_job_role => 'Frontend Developer',
       p_interview_type => 'mixed', p_difficulty => 'medium', p_total_questions => 3, p_interaction_mode => 'text',
       p_resume_text => $1, p_job_description_text => $2)`,
    [documentOf(resumeKb), documentOf(Math.floor(resumeKb / 2))],
  );
  const [begun] = await as<{ r: { slot_id: number | null } }>(
    'service_role',
    null,
    `select public.begin_question_generation($1, $2, 20, 3600) as r`,
    [userId, session!.session_id],
  );
  const questions = bank.map((b) => ({
    bank_question_id: b.id,
    question_text: b.question,
    question_type: b.type,
    difficulty: b.difficulty,
    skill_category: b.category,
    skills: ['javascript'],
    time_limit_seconds: 300,
    expected_answer: 'An answer that names the trade-offs.',
    key_points: ['trade-offs', 'measurement'],
    evaluation_criteria: [
      { criterion: 'correctness', weight: 60 },
      { criterion: 'clarity', weight: 40 },
    ],
    source: 'bank',
  }));
  await as('service_role', null, `select public.save_generated_questions($1, $2, $3, $4)`, [
    session!.id,
    JSON.stringify(questions),
    usage('generate_questions', session!.id, userId),
    begun!.r.slot_id,
  ]);
  const read = await as<{ id: string }>(
    'authenticated',
    userId,
    `select id, order_number, question_text, question_type, difficulty, skill_category, skills, time_limit_seconds,
       is_follow_up, starter_code, function_name, test_cases from public.interview_questions
     where interview_id = $1 order by order_number`,
    [session!.id],
  );
  for (const question of read) {
    const [response] = await as<{ id: string }>(
      'authenticated',
      userId,
      `select id from public.submit_response(p_question_id => $1, p_answer_text => $2, p_time_taken_seconds => 60)`,
      [question.id, ANSWER],
    );
    const [claim] = await as<{ r: { claimed_at: string } }>(
      'service_role',
      null,
      `select public.claim_response_scoring($1, $2, 60, 3600) as r`,
      [userId, response!.id],
    );
    const result = {
      score: 72,
      ai_feedback: 'Clear and specific.',
      strengths: ['structure'],
      weaknesses: ['depth'],
      missed_key_points: [],
      improved_answer: ANSWER,
      rubric: { score: 72, dimensions: { communication: 70, technical: 74 } },
      dimension_scores: { communication: 70, technical: 74 },
      ai_provider: 'local',
      ai_model: 'local',
    };
    await as('service_role', null, `select public.save_response_evaluation($1, $2, $3, $4)`, [
      response!.id,
      claim!.r.claimed_at,
      JSON.stringify(result),
      usage('score_answer', session!.id, userId, response!.id),
    ]);
  }
  await as('service_role', null, `select public.claim_interview_completion($1, $2, 30, 3600) as r`, [userId, session!.session_id]);
  const report = {
    report_type: 'detailed',
    summary: '3 of 3 questions answered; overall 72/100.',
    strengths: ['structure', 'examples'],
    weaknesses: ['depth'],
    recommendations: ['Practise system design.'],
    scores: { overall: 72, communication: 70, technical: 74, behavioral: 71 },
    skill_scores: { javascript: { score: 70, question_count: 3 } },
    statistics: { answered: 3, question_count: 3, questions: read.map((q, i) => ({ question_id: q.id, order_number: i + 1, score: 72 })) },
    average_response_time_seconds: 60,
    consistency: 90,
    confidence: 80,
  };
  const gaps = [
    { skill_name: 'javascript', proficiency_level: 'moderate', gap_score: 30, skill_score: 70, recommendation: 'Practise closures.' },
  ];
  await as('service_role', null, `select public.finish_interview_completion($1, 72, $2, $3, $4, 300, $5, $6)`, [
    session!.id,
    JSON.stringify({ summary: report.summary, dimensions: report.scores }),
    JSON.stringify(report),
    JSON.stringify({ answered: 3, question_count: 3 }),
    JSON.stringify(gaps),
    usage('complete_interview', session!.id, userId),
  ]);
  await as('authenticated', userId, `select * from public.get_user_interview_history(p_limit => 5)`);
}

const fresh = values['fresh-users']!;
const userCount = fresh ? Number(values.warmup) + Number(values.interviews) : Number(values.users);
const users: string[] = [];
// in groups: each sign-up hashes a password at the auth service's cost
for (let i = 0; i < userCount; i += 20) {
  users.push(...(await Promise.all(Array.from({ length: Math.min(20, userCount - i) }, (_, j) => signUp(i + j)))));
}
const userFor = (i: number, offset: number) => (fresh ? users[offset + i]! : users[i % users.length]!);
// Pro, as in bench/loop-load: no monthly limit
await client.query(
  `insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status)
   select 'sub_loopsql' || replace(u::text, '-', ''), u, 'cus_loopsql' || left(replace(u::text, '-', ''), 14), 'pro_monthly', 'active' from unnest($1::uuid[]) u`,
  [users],
);
for (let i = 0; i < Number(values.warmup); i++) await interview(userFor(i, 0));
const cpuBefore = backendCpuMs();
const started = performance.now();
const n = Number(values.interviews);
measuring = true;
for (let i = 0; i < n; i++) await interview(userFor(i, Number(values.warmup)));
measuring = false;
const cpu = backendCpuMs() - cpuBefore;
for (const [label, ms] of [...cpuByStep].sort((a, b) => b[1] - a[1])) {
  const faults = (faultsByStep.get(label) ?? 0) / n;
  console.log(`  ${label.padEnd(36)} ${(ms / n).toFixed(2)} ms per interview, ${faults.toFixed(0)} page faults`);
}
console.log(
  `connection (start and authentication, before the loop): backend CPU ${connection.cpuMs.toFixed(1)} ms, ${connection.pageFaults} page faults`,
);
console.log(
  `${n} interviews (after ${values.warmup} to warm up), ${users.length} users: backend CPU ${(cpu / n).toFixed(1)} ms per interview; wall ${((performance.now() - started) / n).toFixed(1)} ms per interview`,
);
await client.end();
