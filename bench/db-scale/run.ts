// bench/db-scale: how the schema behaves at production-like volume.
//
//   npx tsx bench/db-scale/run.ts [--scale 1] [--runs 50] [--port 55471] [--dir /tmp/interviewai-db-scale]
//                                 [--keep] [--reuse [--apply file.sql]]
//
// Starts its own scratch Postgres (same binaries/bootstrap as the local stack), applies every migration
// + seed with the Supabase CLI, generates (at scale 1) 10 k users, 1 M interview_sessions, ~6 M
// interview_questions, ~5 M interview_responses, 1 M ai_usage_events, daily activity and subscriptions
// with generate_series, vacuum-analyzes, then measures p50/p95 (warm, ≥ 50 runs each) of
//   - get_user_interview_history as an authenticated user (RLS + invoker, the PostgREST path),
//   - every analytics.* function (as postgres, the SQL-editor path) and every admin_analytics_* wrapper
//     (as an admin user), and the materialized-view refresh.
// Prints a markdown table (paste into README.md) and writes results-<scale>.json next to this file.
// The scratch cluster is stopped and deleted at the end unless --keep (then `--reuse` measures it again,
// optionally after `--apply changed-functions.sql`, without regenerating).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, statfsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PLATFORM_SUPERUSER, startPostgres, type RunningPostgres } from '../../stack/postgres/index.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const scale = Number(opt('scale', '1'));
const runs = Math.max(50, Number(opt('runs', '50')));
const port = Number(opt('port', '55471'));
const root = opt('dir', '/tmp/interviewai-db-scale');
const keep = args.includes('--keep'); // keep the (stopped) cluster on disk for a later --reuse
const reuse = args.includes('--reuse'); // measure a kept cluster again (no migration/generation)
const applyFile = opt('apply', ''); // with --reuse: SQL to run first (e.g. changed function definitions)
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

const USERS = Math.max(100, Math.round(10_000 * scale));
const SESSIONS = Math.max(1000, Math.round(1_000_000 * scale));

const log = (...parts: unknown[]) => console.log(`[db-scale ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function freeGiB(dir: string) {
  const s = statfsSync(dir);
  return (s.bavail * s.bsize) / 2 ** 30;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  log(`${label}: ${seconds(ms)}`);
  return [value, ms];
}

// ── data generation (one SQL script per step, superuser, triggers off for the bulk tables) ──
const BIG_TABLES = ['interview_sessions', 'interview_questions', 'interview_responses', 'ai_usage_events', 'user_daily_activity'];

const steps: { name: string; sql: string }[] = [
  {
    name: `auth.users + user_profiles (${USERS} users; the sign-up trigger creates each profile)`,
    sql: `
      insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data,
                              raw_user_meta_data, created_at, updated_at, last_sign_in_at)
      select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
             'bench' || i || '@example.com', 'x', c, '{"provider":"email"}',
             jsonb_build_object('full_name', 'Bench User ' || i), c, c, c + random() * (now() - c)
      from (select i, now() - (power(random(), 1.3) * 730) * interval '1 day' as c from generate_series(1, ${USERS}) i) g;
      update public.user_profiles p set created_at = u.created_at, last_login_at = u.last_sign_in_at,
             experience_level = (array['junior','mid','senior'])[1 + floor(random() * 3)::int]
      from auth.users u where u.id = p.id;
      update public.user_profiles set role = 'admin' where email = 'bench1@example.com';
      update public.user_profiles set status = 'blocked' where email like 'bench%7@example.com' and random() < 0.05;
      -- the question bank seed (supabase/seeds/*.sql) may be absent: then a synthetic bank of 240 questions
      insert into public.question_bank (question, type, category, difficulty, skills, time_limit_seconds, expected_answer, key_points)
      select format('Bench %s question %s (%s): explain how you would approach %s.', t, n, d, c), t, c, d, array[c], 300,
             'A structured answer.', '{structure,trade-offs,example}'
      from unnest('{technical,behavioral,coding,system_design}'::text[]) t, unnest('{easy,medium,hard}'::text[]) d,
           unnest('{frontend,backend,fullstack,data,devops,mobile,product,general}'::text[]) c, generate_series(1, 2) n
      where (select count(*) from public.question_bank where is_active) < 100;
      create table bench_users as select row_number() over (order by created_at) - 1 as i, id, email, created_at from public.user_profiles;
      create unique index on bench_users (i);
      create table bench_bank as select row_number() over (order by id) - 1 as i, id, question, type, difficulty,
        coalesce(skills[1], category, 'general') as skill from public.question_bank where is_active;
      create unique index on bench_bank (i);`,
  },
  {
    name: `drop secondary indexes of the bulk tables (rebuilt after the load)`,
    sql: `
      create table bench_indexes as
        select i.tablename, i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = 'public' and i.tablename in (${BIG_TABLES.map((t) => `'${t}'`).join(', ')})
          and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass);
      do $$ declare r record; begin
        for r in select indexname from bench_indexes loop execute format('drop index public.%I', r.indexname); end loop;
      end $$;`,
  },
  {
    name: `interview_sessions (${SESSIONS})`,
    sql: `
      set session_replication_role = replica;
      insert into public.interview_sessions (user_id, email, session_id, title, job_role, company, interview_type, difficulty,
        tech_stack, interaction_mode, status, total_questions, questions_answered, duration_seconds, score, feedback,
        ai_provider, ai_fallback_used, ai_processing_ms, ai_cost_usd, started_at, completed_at, ended_at, created_at, updated_at)
      select u.id, u.email, 'sess_bench_' || g.i, initcap(r.role) || ' interview', r.role,
             (array[null,'Acme','Globex','Initech','Umbrella','Hooli'])[1 + floor(random() * 6)::int],
             (array['technical','technical','behavioral','coding','system_design','mixed','mixed'])[1 + floor(random() * 7)::int],
             g.difficulty, r.stack, case when random() < 0.15 then 'speech' else 'text' end,
             g.status, g.total, g.answered,
             case when g.status = 'pending' then 0 else 120 + floor(random() * 3300)::int end,
             g.score,
             case when g.score is not null then jsonb_build_object('summary', 'Bench feedback') end,
             case when g.status = 'pending' then null else (array['local','local','local','openai','anthropic'])[1 + floor(random() * 5)::int] end,
             random() < 0.03, floor(random() * 20000)::int, round((random() * 0.05)::numeric, 6),
             case when g.status <> 'pending' then g.created_at + interval '1 minute' end,
             case when g.status = 'completed' then g.created_at + interval '1 minute' + (20 + random() * 40) * interval '1 minute' end,
             case when g.status in ('completed','cancelled','abandoned') then g.created_at + interval '1 minute' + (5 + random() * 55) * interval '1 minute' end,
             g.created_at, g.created_at
      from (
        select i,
               -- skewed: a few heavy users, a long tail of occasional ones
               floor(power(random(), 1.8) * ${USERS})::int as ui,
               floor(random() * 12)::int as ri,
               (array['easy','medium','medium','hard'])[1 + floor(random() * 4)::int] as difficulty,
               st.status,
               t.total,
               case when st.status = 'completed' then t.total
                    when st.status = 'pending' then 0
                    else floor(random() * (t.total + 1))::int end as answered,
               case when st.status = 'completed' then greatest(0, least(100, round((45 + random() * 25 + random() * 25)::numeric, 2))) end as score,
               -- growth: more sessions recently; 2 years of history
               now() - (power(random(), 1.6) * 730) * interval '1 day' as created_at
        from generate_series(1, ${SESSIONS}) i
        cross join lateral (select case when x < 0.70 then 'completed' when x < 0.82 then 'abandoned' when x < 0.90 then 'cancelled'
                                        when x < 0.95 then 'in_progress' else 'pending' end as status
                            from (select random() + i * 0 as x) r) st
        cross join lateral (select case when y < 0.25 then 5 when y < 0.75 then 6 else 7 end as total from (select random() + i * 0 as y) r) t
      ) g
      join bench_users u on u.i = least(g.ui, ${USERS} - 1)
      join (values (0,'frontend','{react,typescript,css}'::text[]), (1,'backend','{node,postgres,go}'), (2,'full-stack','{react,node,postgres}'),
                   (3,'data','{python,sql,spark}'), (4,'devops','{kubernetes,terraform,aws}'), (5,'mobile','{swift,kotlin}'),
                   (6,'product','{}'), (7,'backend','{java,spring}'), (8,'frontend','{vue,javascript}'), (9,'data','{python,ml}'),
                   (10,'engineering manager','{}'), (11,'qa','{cypress,playwright}')) r(ri, role, stack) on r.ri = g.ri;
      -- a user is never older than their first session
      update public.user_profiles p set created_at = least(p.created_at, f.first)
      from (select user_id, min(created_at) - interval '1 hour' as first from public.interview_sessions group by 1) f
      where f.user_id = p.id;`,
  },
  {
    name: `interview_questions (total_questions per session, from the seeded bank)`,
    sql: `
      set session_replication_role = replica;
      insert into public.interview_questions (interview_id, user_id, bank_question_id, order_number, question_text, question_type,
        difficulty, skill_category, time_limit_seconds, source, asked_at, created_at)
      select s.id, s.user_id, b.id, n, b.question, b.type, s.difficulty, b.skill, 300, 'bank',
             s.created_at + n * interval '3 minutes', s.created_at
      from public.interview_sessions s
      cross join lateral generate_series(1, s.total_questions) n
      join bench_bank b on b.i = mod(hashint8(('x' || left(s.id::text, 8))::bit(32)::int8 + n)::int8 + 2147483648, (select count(*) from bench_bank));`,
  },
  {
    name: `interview_responses (answered questions; scored in completed sessions)`,
    sql: `
      set session_replication_role = replica;
      insert into public.interview_responses (question_id, interview_id, user_id, answer_text, time_taken_seconds, speaking_duration_seconds,
        submitted_at, score, ai_feedback, strengths, weaknesses, dimension_scores, ai_provider, ai_model, evaluated_at, created_at, updated_at)
      select q.id, q.interview_id, q.user_id,
             left('In my last role I led the migration of our monolith to services. The situation was a slow release cycle; '
               || 'my task was to cut deploy time. I introduced CI pipelines, feature flags and contract tests, measured lead time '
               || 'weekly and reduced it from two weeks to one day. The result was fewer incidents and happier customers. '
               || 'Trade-offs: more operational overhead, so we invested in observability (traces, RED metrics, SLOs) and runbooks. '
               || 'Looking back I would involve the data team earlier and write the rollback plan first.', 80 + floor(random() * 480)::int),
             30 + floor(random() * 400)::int,
             case when s.interaction_mode = 'speech' then round((20 + random() * 200)::numeric, 2) end,
             q.asked_at + interval '2 minutes', sc.score,
             case when sc.score is not null then 'Clear structure; add a concrete metric.' end,
             case when sc.score is not null then '{"Clear structure"}'::text[] else '{}' end,
             case when sc.score is not null then '{"Add a concrete metric"}'::text[] else '{}' end,
             case when sc.score is not null then jsonb_build_object('communication', sc.score, 'technical', sc.score, 'behavioral', sc.score) end,
             case when sc.score is not null then coalesce(s.ai_provider, 'local') end,
             case when sc.score is not null then 'local-engine' end,
             case when sc.score is not null then q.asked_at + interval '3 minutes' end,
             q.asked_at + interval '2 minutes', q.asked_at + interval '2 minutes'
      from public.interview_questions q
      join public.interview_sessions s on s.id = q.interview_id
      cross join lateral (select case when s.status = 'completed' or random() < 0.5
                                      then greatest(0, least(100, round((30 + random() * 40 + random() * 30)::numeric, 2))) end as score) sc
      where q.order_number <= s.questions_answered;`,
  },
  {
    name: `ai_usage_events (one scoring call per started session, providers/errors/fallbacks mixed)`,
    sql: `
      set session_replication_role = replica;
      insert into public.ai_usage_events (user_id, interview_id, operation, provider, model, input_tokens, output_tokens, latency_ms,
        cost_usd, success, error_type, fallback_used, fallback_from, attempt, created_at)
      select s.user_id, s.id, (array['score_answer','score_answer','generate_questions','complete_interview','follow_up'])[1 + floor(random() * 5)::int],
             p.provider, p.model, 300 + floor(random() * 1500)::int, 100 + floor(random() * 600)::int,
             case p.provider when 'local' then 5 + floor(random() * 40)::int else 400 + floor(random() * 4000)::int end,
             case p.provider when 'local' then 0 else round((random() * 0.01)::numeric, 6) end,
             not p.failed, case when p.failed then (array['timeout','http_error','invalid_output','rate_limited'])[1 + floor(random() * 4)::int] end,
             s.ai_fallback_used, case when s.ai_fallback_used then 'openai' end, 1,
             coalesce(s.started_at, s.created_at) + interval '2 minutes'
      from public.interview_sessions s
      cross join lateral (select x.provider, x.model, random() < (case x.provider when 'local' then 0.001 else 0.04 end) as failed
                          from (select coalesce(s.ai_provider, 'local') as provider,
                                       case coalesce(s.ai_provider, 'local') when 'openai' then 'gpt-4o-mini' when 'anthropic' then 'claude-3-5-haiku' else 'local-engine' end as model) x) p;`,
  },
  {
    name: `user_daily_activity (one row per user and day with sessions)`,
    sql: `
      set session_replication_role = replica;
      insert into public.user_daily_activity (user_id, activity_date, logins, interviews_started, interviews_completed, questions_answered,
        time_spent_seconds, features_used, created_at, updated_at)
      select user_id, (created_at at time zone 'UTC')::date, 1, count(*), count(*) filter (where status = 'completed'),
             sum(questions_answered), sum(duration_seconds), '{interview}', min(created_at), max(created_at)
      from public.interview_sessions group by 1, 2;`,
  },
  {
    name: `subscriptions (≈ 12 % of users paid at some point)`,
    sql: `
      set session_replication_role = replica;
      insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, status, current_period_start, current_period_end,
        canceled_at, ended_at, created_at, updated_at)
      select 'sub_bench' || u.i, u.id, 'cus_bench' || u.i, case when random() < 0.8 then 'pro_monthly' else 'pro_yearly' end,
             st.status, now() - interval '10 days', now() + interval '20 days',
             case when st.status = 'canceled' then e.ended end, case when st.status = 'canceled' then e.ended end,
             c.created, c.created
      from bench_users u
      cross join lateral (select u.created_at + random() * (now() - u.created_at) as created) c
      cross join lateral (select c.created + random() * (now() - c.created) as ended) e
      cross join lateral (select case when x < 0.68 then 'active' when x < 0.93 then 'canceled' when x < 0.97 then 'past_due' else 'trialing' end as status
                          from (select random() + u.i * 0 as x) r) st
      where random() < 0.12;`,
  },
  {
    name: `rebuild the dropped indexes`,
    sql: `
      set maintenance_work_mem = '1GB';
      do $$ declare r record; begin
        for r in select indexdef from bench_indexes loop execute r.indexdef; end loop;
      end $$;`,
  },
  {
    name: `trigger-maintained counters (profile stats, bank usage) as the triggers would have left them`,
    sql: `
      update public.user_profiles p set total_interviews = a.total, completed_interviews = a.completed, average_score = a.avg_score,
             best_score = a.best, last_activity_at = a.last
      from (select user_id, count(*) as total, count(*) filter (where status = 'completed') as completed,
                   round(avg(score), 2) as avg_score, max(score) as best, max(created_at) as last
            from public.interview_sessions group by 1) a
      where a.user_id = p.id;
      update public.question_bank b set times_used = a.used, times_answered = a.answered, score_sum = a.score_sum,
             success_count = a.success, timed_answers = a.timed, time_sum = a.time_sum,
             average_score = round(a.score_sum / nullif(a.answered, 0), 2),
             success_rate = round(100.0 * a.success / nullif(a.answered, 0), 2),
             average_time_seconds = round(a.time_sum / nullif(a.timed, 0), 2)
      from (select q.bank_question_id, count(*) as used, count(r.score) as answered, coalesce(sum(r.score), 0) as score_sum,
                   count(*) filter (where r.score >= 70) as success,
                   count(r.time_taken_seconds) filter (where r.score is not null) as timed,
                   coalesce(sum(r.time_taken_seconds) filter (where r.score is not null), 0) as time_sum
            from public.interview_questions q left join public.interview_responses r on r.question_id = q.id
            group by 1) a
      where a.bank_question_id = b.id;
      drop table bench_indexes;`,
  },
  { name: 'vacuum analyze', sql: `vacuum (analyze) ;` },
];

// ── measurement ──────────────────────────────────────────────────────────────────────────
interface Stat {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  rows: number;
  target?: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** `run` returns the row count, or { rows, ms } when only part of its work is the measured query. */
type Run = (i: number) => Promise<number | { rows: number; ms: number }>;

async function measure(name: string, n: number, run: Run, target?: number, warmup = 5): Promise<Stat> {
  for (let i = 0; i < Math.min(warmup, n); i++) await run(i); // warm-up (caches, plans)
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const result = await run(i);
    const elapsed = performance.now() - t;
    if (typeof result === 'number') {
      rows = result;
      times.push(elapsed);
    } else {
      rows = result.rows;
      times.push(result.ms);
    }
  }
  times.sort((a, b) => a - b);
  const stat = { name, runs: n, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, rows, target };
  log(
    `${name}: p50 ${stat.p50.toFixed(2)} ms, p95 ${stat.p95.toFixed(2)} ms (${rows} rows)${target && stat.p95 > target ? `  ✗ target ${target} ms` : ''}`,
  );
  return stat;
}

/**
 * Runs `sql` as an authenticated user (the PostgREST path: one transaction, `set local role authenticated`,
 * the JWT claims in request.jwt.claims). Only the query itself is timed (client round trip included); the
 * begin/role/claims/commit statements around it are not.
 */
async function asUser(client: pg.Client, userId: string, sql: string, params: unknown[] = []): Promise<{ rows: number; ms: number }> {
  await client.query('begin');
  try {
    await client.query(`set local role authenticated`);
    await client.query(`select set_config('request.jwt.claims', json_build_object('sub', $1::text, 'role', 'authenticated')::text, true)`, [
      userId,
    ]);
    const t = performance.now();
    const result = await client.query(sql, params);
    return { rows: result.rowCount ?? 0, ms: performance.now() - t };
  } finally {
    await client.query('commit');
  }
}

async function main() {
  mkdirSync(root, { recursive: true });
  const free = freeGiB(root);
  log(`scale ${scale}: ${USERS} users, ${SESSIONS} sessions; free space under ${root}: ${free.toFixed(0)} GiB`);
  if (!reuse && free < 25 * scale + 2)
    throw new Error(`Not enough free disk space (${free.toFixed(0)} GiB) for scale ${scale}; need ~${Math.ceil(25 * scale + 2)} GiB.`);

  const dataDir = path.join(root, 'pg');
  const logDir = path.join(root, 'logs');
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  let pgx: RunningPostgres = await startPostgres({ dataDir, port, logDir });
  if (!reuse) {
    const admin = new pg.Client({ connectionString: pgx.url(PLATFORM_SUPERUSER) });
    await admin.connect();
    // A mid-size instance: what matters for the query timings is shared_buffers/work_mem; the rest speeds up the load.
    for (const setting of [
      `shared_buffers = '2GB'`,
      `effective_cache_size = '12GB'`,
      `work_mem = '16MB'`,
      `maintenance_work_mem = '1GB'`,
      `max_wal_size = '16GB'`,
      `checkpoint_timeout = '30min'`,
      `random_page_cost = 1.1`,
      `synchronous_commit = off`,
      `max_parallel_workers_per_gather = 2`,
      `jit = off`,
    ])
      await admin.query(`alter system set ${setting}`);
    await admin.end();
    await pgx.stop();
    pgx = await startPostgres({ dataDir, port, logDir });
  }
  const url = pgx.url();

  const resultsFile = path.join(path.dirname(new URL(import.meta.url).pathname), `results-${scale}.json`);
  const previous = reuse ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = {
    ...previous,
    measured_on_reuse: reuse,
    date: new Date().toISOString(),
    scale,
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.cpus()[0]?.model}`,
  };
  try {
    if (!reuse) {
      const [, migrateMs] = await timed('migrations + seed (supabase db push --include-seed)', async () => {
        execFileSync('npx', ['supabase', 'db', 'push', `--remote=${url}`, '--include-seed', '--yes'], {
          cwd: repo,
          env: { ...process.env, PGSSLMODE: 'disable' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
      });
      results.migrate_ms = Math.round(migrateMs);

      const gen = new pg.Client({ connectionString: pgx.url(PLATFORM_SUPERUSER) });
      await gen.connect();
      await gen.query(`set statement_timeout = 0`);
      const genStarted = performance.now();
      const stepTimes: Record<string, number> = {};
      for (const step of steps) {
        const [, ms] = await timed(step.name, () => gen.query(step.sql));
        stepTimes[step.name] = Math.round(ms);
        await gen.query('reset session_replication_role');
      }
      results.generation_ms = Math.round(performance.now() - genStarted);
      results.generation_steps_ms = stepTimes;
      await gen.end();
    }
    const db = new pg.Client({ connectionString: url });
    db.on('error', () => {}); // the server is stopped in `finally`, possibly under an open connection
    await db.connect();
    if (reuse && applyFile) await timed(`apply ${applyFile}`, () => db.query(readFileSync(applyFile, 'utf8')));

    const counts = (
      await db.query(`
      select (select count(*) from public.user_profiles) as users, (select count(*) from public.interview_sessions) as sessions,
             (select count(*) from public.interview_questions) as questions, (select count(*) from public.interview_responses) as responses,
             (select count(*) from public.ai_usage_events) as ai_usage_events, (select count(*) from public.user_daily_activity) as daily_activity,
             (select count(*) from public.subscriptions) as subscriptions,
             pg_size_pretty(pg_database_size(current_database())) as database_size,
             pg_size_pretty(pg_total_relation_size('public.interview_sessions')) as sessions_size,
             pg_size_pretty(pg_total_relation_size('public.interview_questions')) as questions_size,
             pg_size_pretty(pg_total_relation_size('public.interview_responses')) as responses_size,
             (select max(n) from (select count(*) n from public.interview_sessions group by user_id) x) as max_sessions_per_user,
             (select percentile_cont(0.5) within group (order by n) from (select count(*) n from public.interview_sessions group by user_id) x) as median_sessions_per_user`)
    ).rows[0];
    results.counts = counts;
    log('data:', JSON.stringify(counts));

    // Users to query as: a uniform random sample of users with interviews + the heaviest user.
    const sample = (
      await db.query<{ id: string }>(`
      select p.id from public.user_profiles p where p.total_interviews > 0 and p.status = 'active' order by random() limit ${runs}`)
    ).rows.map((r) => r.id);
    const heavy = (
      await db.query<{ id: string }>(`select user_id as id from public.interview_sessions group by 1 order by count(*) desc limit 1`)
    ).rows[0]!.id;
    const adminId = (await db.query<{ id: string }>(`select id from public.user_profiles where role = 'admin' limit 1`)).rows[0]!.id;

    const stats: Stat[] = [];
    const hist = 'select * from public.get_user_interview_history()';
    stats.push(
      await measure('get_user_interview_history() — random users', runs, (i) => asUser(db, sample[i % sample.length]!, hist), 5, runs),
    );
    stats.push(
      await measure(
        `get_user_interview_history(p_status => 'completed')`,
        runs,
        (i) => asUser(db, sample[i % sample.length]!, `select * from public.get_user_interview_history(p_status => 'completed')`),
        5,
        runs,
      ),
    );
    stats.push(
      await measure(
        'get_user_interview_history(p_offset => 40)',
        runs,
        (i) => asUser(db, sample[i % sample.length]!, `select * from public.get_user_interview_history(p_offset => 40)`),
        5,
        runs,
      ),
    );
    stats.push(await measure('get_user_interview_history() — heaviest user', runs, () => asUser(db, heavy, hist), 5));

    const refreshRuns = 5;
    stats.push(
      await measure(
        'analytics.refresh() (materialized daily_metrics, concurrently)',
        refreshRuns,
        async () => (await db.query('select analytics.refresh()')).rowCount ?? 0,
      ),
    );
    stats.push(
      await measure('admin_refresh_analytics() as admin', refreshRuns, () =>
        asUser(db, adminId, 'select public.admin_refresh_analytics()'),
      ),
    );

    const analytics: [string, string, string][] = [
      ['user_interview_stats', 'analytics.user_interview_stats()', 'public.admin_analytics_user_interview_stats()'],
      ['completion_rate', 'analytics.completion_rate()', 'public.admin_analytics_completion_rate()'],
      [
        'completion_rate (last 30 days)',
        `analytics.completion_rate(now() - interval '30 days', now())`,
        `public.admin_analytics_completion_rate(now() - interval '30 days', now())`,
      ],
      ['average_score_by_status', 'analytics.average_score_by_status()', 'public.admin_analytics_average_score_by_status()'],
      ['daily_active_users(30)', 'analytics.daily_active_users()', 'public.admin_analytics_daily_active_users()'],
      ['signups_per_day(30)', 'analytics.signups_per_day()', 'public.admin_analytics_signups_per_day()'],
      ['interviews_per_day(30)', 'analytics.interviews_per_day()', 'public.admin_analytics_interviews_per_day()'],
      [
        'average_score_by_role_difficulty(90)',
        'analytics.average_score_by_role_difficulty()',
        'public.admin_analytics_average_score_by_role_difficulty()',
      ],
      ['conversion_free_to_paid(12)', 'analytics.conversion_free_to_paid()', 'public.admin_analytics_conversion()'],
      ['mrr', 'analytics.mrr()', 'public.admin_analytics_mrr()'],
      ['churn(6)', 'analytics.churn()', 'public.admin_analytics_churn()'],
      ['ai_provider_stats(7)', 'analytics.ai_provider_stats()', 'public.admin_analytics_ai_providers()'],
      ['question_calibration(5)', 'analytics.question_calibration()', 'public.admin_analytics_question_calibration()'],
      ['feature_usage (last 30 days)', 'analytics.feature_usage()', 'public.admin_analytics_feature_usage()'],
      [
        'daily_metrics (materialized view, 30 days)',
        `analytics.daily_metrics where day > current_date - 30`,
        'public.admin_analytics_daily_metrics()',
      ],
      ['system_health', 'analytics.system_health()', 'public.admin_system_health()'],
    ];
    for (const [name, direct, wrapper] of analytics) {
      stats.push(await measure(`analytics: ${name}`, runs, async () => (await db.query(`select * from ${direct}`)).rowCount ?? 0, 500));
      stats.push(
        await measure(`admin wrapper: ${wrapper.replace('public.', '')}`, runs, () => asUser(db, adminId, `select * from ${wrapper}`), 500),
      );
    }
    results.stats = stats;
    await db.end();

    const table = [
      '| query | runs | p50 ms | p95 ms | max ms | rows | target |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...stats.map(
        (s) =>
          `| ${s.name} | ${s.runs} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.max.toFixed(2)} | ${s.rows} | ${s.target ? `≤ ${s.target} ms p95 ${s.p95 <= s.target ? '✓' : '✗'}` : ''} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  } finally {
    await pgx.stop();
    if (keep) log(`kept (stopped): ${dataDir}; measure again with --reuse --dir ${root} --port ${port}`);
    else {
      rmSync(root, { recursive: true, force: true });
      log(`scratch database stopped and deleted (${root})`);
    }
  }
}

await main();
