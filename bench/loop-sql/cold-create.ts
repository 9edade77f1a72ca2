// What one `create_interview_session` costs a new database connection (as each connection of PostgREST's pool is on
// a fresh stack) and what it costs once that connection is warm: the backend's CPU time (/proc/<pid>/schedstat)
// and minor page faults around the statement, and the relations it locks (pg_locks of its transaction).
//
//   npx tsx bench/loop-sql/cold-create.ts [--dir .stack] [--connections 10]
//
// Each round signs up two fresh users with a Pro subscription (as bench/loop-load's users), opens a new connection
// and runs, each in a transaction with the caller's role and JWT claims as PostgREST sends it, one create for the
// first user (cold) and one for the second (warm). Needs a running stack on this machine (see run.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { backendCpuMs, backendPageFaults } from './backend.ts';
import { signUpFrom } from './sign-up.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.LOCAL_STACK_DIR ?? '.stack' },
    connections: { type: 'string', default: '10' },
  },
});
const info = JSON.parse(readFileSync(path.join(values.dir!, 'stack.json'), 'utf8')) as {
  apiUrl: string;
  anonKey: string;
  dbUrl: string;
};
const signUp = signUpFrom(info, 'cold-create');
const rounds = Number(values.connections);

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
  const { rows } = await client.query<{ relation: string }>(
    `select l.relation::regclass::text as relation from pg_locks l
     where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.relation <> 'pg_locks'::regclass
       and l.relation not in (select oid from pg_class where relnamespace = 'pg_catalog'::regnamespace)
     group by 1 order by 1`,
  );
  await client.query('commit');
  return { ...measured, relations: rows.map((r) => r.relation) };
}

const cold: Measured[] = [];
const warm: Measured[] = [];
for (let i = 0; i < rounds; i++) {
  const client = new pg.Client({ connectionString: info.dbUrl });
  await client.connect();
  const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid as number;
  cold.push(await create(client, pid, users[2 * i]!));
  warm.push(await create(client, pid, users[2 * i + 1]!));
  await client.end();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
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
