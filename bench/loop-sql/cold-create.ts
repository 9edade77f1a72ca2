// What one `create_interview_session` costs a new database connection (as each connection of PostgREST's pool is on
// a fresh stack) and what it costs once that connection is warm: the backend's CPU time (/proc/<pid>/schedstat)
// and minor page faults around the statement, and the relations it locks (pg_locks of its transaction).
//
//   npx tsx bench/loop-sql/cold-create.ts [--dir .stack] [--connections 10]
//
// Each round signs up two fresh users with a Pro subscription (as bench/loop-load's users), opens a new connection
// and runs, each in a transaction with the caller's role and JWT claims as PostgREST sends it, one create for the
// first user (cold) and one for the second (warm). Needs a running stack on this machine (see run.ts).
import pg from 'pg';
import { backendCpuMs, backendPageFaults } from './backend.ts';
import { coldConnectionRun, coldThenWarm, lockedRelations, median } from './cold-connection.ts';

const { info, rounds, signUp } = coldConnectionRun('cold-create');

const users = await Promise.all(Array.from({ length: rounds * 2 }, (_, i) => signUp(i)));
const setup = new pg.Client({ connectionString: info.dbUrl });
await setup.connect();
await setup.query(
  `insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status)
   select 'sub_cold' || replace(u::text, '-', ''), u, 'cus_cold' || left(replace(u::text, '-', ''), 14), 'pro_monthly', 'active'
   from unnest($1::uuid[]) u`,
  [users],
);
await setup.end();

interface Measured {
  cpuMs: number;
  pageFaults: number;
  relations: string[];
}

async function create(client: pg.Client, pid: number, userId: string): Promise<Measured> {
  await client.query('begin');
  const claims = JSON.stringify({ sub: userId, role: 'authenticated', aal: 'aal1' });
  await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
  const cpu = backendCpuMs(pid);
  const faults = backendPageFaults(pid);
  await client.query(`select id from public.create_interview_session(p_job_role => 'Frontend Developer',
    p_interview_type => 'mixed', p_difficulty => 'medium', p_total_questions => 3, p_interaction_mode => 'text')`);
  const measured = { cpuMs: backendCpuMs(pid) - cpu, pageFaults: backendPageFaults(pid) - faults };
  await client.query('reset role');
  const relations = await lockedRelations(client);
  await client.query('commit');
  return { ...measured, relations };
}

const { cold, warm } = await coldThenWarm(info.dbUrl, rounds, users, create);

for (const [label, runs] of [
  ['cold (first on its connection)', cold],
  ['warm (second)', warm],
] as const) {
  const cpu = runs.map((r) => r.cpuMs);
  console.log(
    `${label.padEnd(31)} backend CPU median ${median(cpu).toFixed(2)} ms (${Math.min(...cpu).toFixed(2)}–${Math.max(...cpu).toFixed(
      2,
    )}), page faults median ${median(runs.map((r) => r.pageFaults))}, relations locked ${runs[0]!.relations.length}`,
  );
}
console.log(`relations a create locks: ${cold[0]!.relations.join(', ')}`);
