// The local functions runtime's database warm-up (stack/functions/db-warmup.ts), in a real Deno process against
// this stack's Postgres: on one connection it must leave the backend with the functions' plpgsql code compiled (what
// a first call would otherwise do) and leave nothing behind in the database (its transaction is rolled back).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTIONS_DIR, REPO_ROOT, runDeno } from '../helpers/deno.ts';
import { stack } from '../helpers/stack.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interviewai-db-warmup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SCRIPT = `
import postgres from 'npm:postgres@3';
import { warmConnection } from ${JSON.stringify(`file://${REPO_ROOT}/stack/functions/db-warmup.ts`)};
const pool = postgres(Deno.env.get('SUPABASE_DB_URL'), { max: 1, onnotice: () => {} });
const sql = await pool.reserve();
const compiled = async () => (await sql\`select ident from pg_backend_memory_contexts
  where name = 'PL/pgSQL function' and ident is not null\`).map((row) => row.ident.replace(/\\(.*/, '')).sort();
// Rows of warm-up users only: other test files write to the same tables meanwhile.
const counts = async () => (await sql\`with warm as (select id from auth.users where email like 'warm-up-%') select
  (select count(*) from warm)::int as users,
  (select count(*) from public.interview_sessions where user_id in (select id from warm))::int as sessions,
  (select count(*) from public.interview_questions q join public.interview_sessions s on s.id = q.interview_id
    where s.user_id in (select id from warm))::int as questions,
  (select count(*) from public.ai_usage_events where user_id in (select id from warm))::int as usage,
  (select count(*) from private.ai_call_slots where user_id in (select id from warm))::int as slots\`)[0];
const before = { compiled: await compiled(), counts: await counts() };
const error = await warmConnection(sql);
const pid = (await sql\`select pg_backend_pid() as pid\`)[0].pid;
const watcher = postgres(Deno.env.get('SUPABASE_DB_URL'), { max: 1, onnotice: () => {} });
const state = (await watcher\`select state from pg_stat_activity where pid = \${pid}\`)[0].state;
await watcher.end();
const after = { compiled: await compiled(), counts: await counts(), state };
sql.release();
await pool.end();
console.log(JSON.stringify({ before, after, error: error?.message ?? null }));
`;

describe("the local functions runtime's database warm-up", () => {
  it('compiles the functions’ database code on the connection and leaves no row behind', async () => {
    const script = path.join(scratch, 'db-warmup-check.ts');
    writeFileSync(script, SCRIPT);
    const { stdout } = await runDeno(
      [
        'run',
        '--no-check',
        `--config=${path.join(FUNCTIONS_DIR, 'deno.json')}`,
        `--allow-read=${REPO_ROOT}`,
        '--allow-env',
        '--allow-net=127.0.0.1',
        script,
      ],
      { SUPABASE_DB_URL: stack().dbUrl },
    );
    const { before, after, error } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(error).toBeNull();
    const warmed = [
      'public.create_interview_session',
      'public.begin_question_generation',
      'public.save_generated_questions',
      'public.submit_response',
      'public.claim_response_scoring',
      'public.claim_interview_completion',
    ];
    for (const name of warmed) expect(before.compiled).not.toContain(name);
    expect(after.compiled).toEqual(expect.arrayContaining(warmed));
    expect(after.counts).toEqual(before.counts);
    expect(after.counts.users).toBe(0);
    // left outside any transaction (not 'idle in transaction')
    expect(after.state).toBe('idle');
  }, 60_000);
});
