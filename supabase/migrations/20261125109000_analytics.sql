-- ════════════════════════════════════════════════════════════════════════════════════════
-- Operator analytics. Schema `analytics` is not exposed by PostgREST: operators call these
-- functions from the Supabase SQL editor (as postgres) or `npm run sql`; the app calls the
-- public admin_analytics_* wrappers, which require user_profiles.role = 'admin'.
-- Heavy per-day aggregates live in the materialized view analytics.daily_metrics, refreshed by
-- analytics.refresh() (pg_cron schedule in the lifecycle migration when pg_cron exists).
-- ════════════════════════════════════════════════════════════════════════════════════════

create schema if not exists analytics;
revoke all on schema analytics from public;
alter default privileges in schema analytics revoke execute on functions from public;

-- ── seed 003's three queries ────────────────────────────────────────────────────────────
create function analytics.user_interview_stats(p_limit integer default 100, p_offset integer default 0)
returns table (user_id uuid, email text, total_interviews bigint, completed_interviews bigint,
  average_score numeric, total_time_minutes bigint)
language sql
stable
set search_path = ''
as $$
  -- Ordered by the trigger-maintained profile counters, then aggregated per listed user only.
  select p.id, p.email, agg.total, agg.completed, agg.avg_score, agg.minutes
  from (select up.id, up.email, up.total_interviews from public.user_profiles up
        order by up.total_interviews desc, up.id
        limit greatest(coalesce(p_limit, 100), 0) offset greatest(coalesce(p_offset, 0), 0)) p
  cross join lateral (
    select count(*) as total,
           count(*) filter (where s.status = 'completed') as completed,
           round(avg(s.score), 2) as avg_score,
           coalesce(sum(s.duration_minutes), 0)::bigint as minutes
    from public.interview_sessions s where s.user_id = p.id
  ) agg
  order by p.total_interviews desc, p.id
$$;

create function analytics.completion_rate(p_from timestamptz default null, p_to timestamptz default null)
returns table (total_sessions bigint, completed_sessions bigint, completion_rate numeric)
language sql
stable
set search_path = ''
as $$
  -- a plain range (sargable: index-only scan of interview_sessions_created_idx), open ends = ±infinity
  select count(*),
         count(*) filter (where s.status = 'completed'),
         round(count(*) filter (where s.status = 'completed') * 100.0 / nullif(count(*), 0), 2)
  from public.interview_sessions s
  where s.created_at >= coalesce(p_from, '-infinity'::timestamptz) and s.created_at < coalesce(p_to, 'infinity'::timestamptz)
$$;

create function analytics.average_score_by_status()
returns table (status text, session_count bigint, average_score numeric, min_score numeric, max_score numeric)
language sql
stable
set search_path = ''
as $$
  select s.status, count(*), round(avg(s.score), 2), min(s.score), max(s.score)
  from public.interview_sessions s
  where s.score is not null
  group by s.status
  order by s.status
$$;

-- ── daily metrics (materialized) ────────────────────────────────────────────────────────
create materialized view analytics.daily_metrics as
with days as (
  select d::date as day
  from generate_series(
    coalesce((select min(created_at) from public.user_profiles), now())::date,
    (now() at time zone 'UTC')::date, interval '1 day') d
)
select days.day,
       coalesce(su.signups, 0) as signups,
       coalesce(au.active_users, 0) as active_users,
       coalesce(iv.started, 0) as interviews_started,
       coalesce(iv.completed, 0) as interviews_completed,
       iv.average_score,
       coalesce(ai.calls, 0) as ai_calls,
       coalesce(ai.errors, 0) as ai_errors,
       coalesce(ai.cost, 0) as ai_cost_usd
from days
left join (select (created_at at time zone 'UTC')::date as day, count(*) as signups
           from public.user_profiles group by 1) su using (day)
left join (select activity_date as day, count(*) as active_users
           from public.user_daily_activity group by 1) au using (day)
left join (select (created_at at time zone 'UTC')::date as day, count(*) as started,
                  count(*) filter (where status = 'completed') as completed,
                  round(avg(score) filter (where status = 'completed'), 2) as average_score
           from public.interview_sessions group by 1) iv using (day)
left join (select (created_at at time zone 'UTC')::date as day, count(*) as calls,
                  count(*) filter (where not success) as errors, sum(cost_usd) as cost
           from public.ai_usage_events group by 1) ai using (day)
with data;
create unique index daily_metrics_day_key on analytics.daily_metrics (day);

create function analytics.refresh()
returns timestamptz
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from pg_matviews where schemaname = 'analytics' and matviewname = 'daily_metrics' and ispopulated) then
    refresh materialized view concurrently analytics.daily_metrics;
  else
    refresh materialized view analytics.daily_metrics;
  end if;
  return now();
end;
$$;

-- ── activity ────────────────────────────────────────────────────────────────────────────
create function analytics.daily_active_users(p_days integer default 30)
returns table (day date, active_users bigint)
language sql
stable
set search_path = ''
as $$
  -- count(a.activity_date), not count(a.user_id): index-only scan of user_daily_activity_date_idx
  select d::date, count(a.activity_date)
  from generate_series((now() at time zone 'UTC')::date - (greatest(coalesce(p_days, 30), 1) - 1), (now() at time zone 'UTC')::date, interval '1 day') d
  left join public.user_daily_activity a on a.activity_date = d::date
  group by 1 order by 1
$$;

create function analytics.signups_per_day(p_days integer default 30)
returns table (day date, signups bigint)
language sql
stable
set search_path = ''
as $$
  select d::date, count(p.id)
  from generate_series((now() at time zone 'UTC')::date - (greatest(coalesce(p_days, 30), 1) - 1), (now() at time zone 'UTC')::date, interval '1 day') d
  left join public.user_profiles p
    on p.created_at >= d and p.created_at < d + interval '1 day'
  group by 1 order by 1
$$;

create function analytics.interviews_per_day(p_days integer default 30)
returns table (day date, started bigint, completed bigint, average_score numeric)
language sql
stable
set search_path = ''
as $$
  -- count(s.created_at), not count(s.id): index-only scan of interview_sessions_created_idx (includes status, score)
  select d::date, count(s.created_at), count(s.created_at) filter (where s.status = 'completed'),
         round(avg(s.score) filter (where s.status = 'completed'), 2)
  from generate_series((now() at time zone 'UTC')::date - (greatest(coalesce(p_days, 30), 1) - 1), (now() at time zone 'UTC')::date, interval '1 day') d
  left join public.interview_sessions s
    on s.created_at >= d and s.created_at < d + interval '1 day'
  group by 1 order by 1
$$;

create function analytics.average_score_by_role_difficulty(p_days integer default 90)
returns table (job_role text, difficulty text, completed_sessions bigint, average_score numeric)
language sql
stable
set search_path = ''
as $$
  select s.job_role, s.difficulty, count(*), round(avg(s.score), 2)
  from public.interview_sessions s
  where s.status = 'completed' and s.score is not null
    and s.created_at >= now() - make_interval(days => greatest(coalesce(p_days, 90), 1))
  group by 1, 2
  order by 3 desc, 1, 2
  limit 200
$$;

-- ── revenue ─────────────────────────────────────────────────────────────────────────────
create function analytics.conversion_free_to_paid(p_months integer default 12)
returns table (cohort_month date, signups bigint, converted bigint, conversion_rate numeric)
language sql
stable
set search_path = ''
as $$
  -- A user converted when they have ever had a subscription to a paid plan that became active
  -- (active, trialing, past_due or later canceled after being paid). Last row: all time (cohort null).
  with users as (
    select p.id, date_trunc('month', p.created_at at time zone 'UTC')::date as cohort,
           exists (select 1 from public.subscriptions s join public.plans pl on pl.id = s.plan_id
                   where s.user_id = p.id and pl.price_cents > 0
                     and s.status in ('active', 'trialing', 'past_due', 'canceled', 'unpaid', 'paused')) as paid
    from public.user_profiles p
  )
  select * from (
    select cohort, count(*), count(*) filter (where paid),
           round(count(*) filter (where paid) * 100.0 / nullif(count(*), 0), 2)
    from users
    where cohort >= date_trunc('month', now() at time zone 'UTC')::date - make_interval(months => greatest(coalesce(p_months, 12), 1) - 1)
    group by cohort
    order by cohort
  ) by_cohort
  union all
  select null::date, count(*), count(*) filter (where paid),
         round(count(*) filter (where paid) * 100.0 / nullif(count(*), 0), 2)
  from users
$$;

create function analytics.mrr()
returns table (plan_id text, active_subscriptions bigint, mrr_cents bigint)
language sql
stable
set search_path = ''
as $$
  -- Monthly recurring revenue of subscriptions that currently bill (active, past_due);
  -- yearly prices are divided by 12. Last row: total (plan_id null).
  with live as (
    select s.plan_id, s.quantity * case pl.billing_interval when 'year' then pl.price_cents / 12.0 else pl.price_cents end as monthly
    from public.subscriptions s join public.plans pl on pl.id = s.plan_id
    where s.status in ('active', 'past_due') and pl.price_cents > 0
  )
  select * from (select plan_id, count(*), round(sum(monthly))::bigint from live group by plan_id order by plan_id) per_plan
  union all
  select null, count(*), coalesce(round(sum(monthly)), 0)::bigint from live
$$;

create function analytics.churn(p_months integer default 6)
returns table (month date, active_at_start bigint, churned bigint, churn_rate numeric)
language sql
stable
set search_path = ''
as $$
  -- Paid subscriptions live at the start of each month vs. those that ended during it.
  with months as (
    select m::date as month from generate_series(
      date_trunc('month', now() at time zone 'UTC') - make_interval(months => greatest(coalesce(p_months, 6), 1) - 1),
      date_trunc('month', now() at time zone 'UTC'), interval '1 month') m
  ), paid as (
    select s.created_at, coalesce(s.ended_at, case when s.status in ('canceled', 'incomplete_expired') then coalesce(s.canceled_at, s.updated_at) end) as ended
    from public.subscriptions s join public.plans pl on pl.id = s.plan_id
    where pl.price_cents > 0 and s.status <> 'incomplete'
  )
  select m.month,
         count(*) filter (where p.created_at < m.month and (p.ended is null or p.ended >= m.month)),
         count(*) filter (where p.created_at < m.month and p.ended >= m.month and p.ended < m.month + interval '1 month'),
         round(count(*) filter (where p.created_at < m.month and p.ended >= m.month and p.ended < m.month + interval '1 month') * 100.0
               / nullif(count(*) filter (where p.created_at < m.month and (p.ended is null or p.ended >= m.month)), 0), 2)
  from months m left join paid p on true
  group by m.month order by m.month
$$;

-- ── AI providers ────────────────────────────────────────────────────────────────────────
create function analytics.ai_provider_stats(p_days integer default 7)
returns table (provider text, calls bigint, errors bigint, error_rate numeric, fallbacks bigint,
  average_latency_ms numeric, p95_latency_ms numeric, total_tokens bigint, total_cost_usd numeric)
language sql
stable
set search_path = ''
as $$
  select e.provider, count(*), count(*) filter (where not e.success),
         round(count(*) filter (where not e.success) * 100.0 / count(*), 2),
         count(*) filter (where e.fallback_used),
         round(avg(e.latency_ms), 1),
         round((percentile_cont(0.95) within group (order by e.latency_ms))::numeric, 1),
         sum(e.total_tokens)::bigint, round(sum(e.cost_usd), 6)
  from public.ai_usage_events e
  where e.created_at >= now() - make_interval(days => greatest(coalesce(p_days, 7), 1))
  group by e.provider
  order by 2 desc
$$;

-- ── question calibration ────────────────────────────────────────────────────────────────
create function analytics.question_calibration(p_min_answers integer default 5)
returns table (question_id uuid, question text, type text, difficulty text, times_answered integer,
  average_score numeric, expected_min numeric, expected_max numeric, verdict text)
language sql
stable
set search_path = ''
as $$
  -- Expected average-score bands per difficulty: easy 70–100, medium 55–85, hard 35–70.
  select q.id, left(q.question, 120), q.type, q.difficulty, q.times_answered, q.average_score,
         b.lo, b.hi,
         case when q.average_score < b.lo then 'harder_than_labelled'
              when q.average_score > b.hi then 'easier_than_labelled'
              else 'calibrated' end
  from public.question_bank q
  join (values ('easy', 70::numeric, 100::numeric), ('medium', 55, 85), ('hard', 35, 70)) b(difficulty, lo, hi)
    on b.difficulty = q.difficulty
  where q.times_answered >= greatest(coalesce(p_min_answers, 5), 1)
  order by greatest(b.lo - q.average_score, q.average_score - b.hi, 0) desc, q.times_answered desc
$$;

-- ── system health (seed 001 systemMetrics) ─────────────────────────────────────────────
create table analytics.system_metrics (
  id bigint generated always as identity primary key,
  captured_at timestamptz not null default now(),
  health_status text not null,
  metrics jsonb not null,
  constraint system_metrics_health check (health_status in ('healthy', 'warning', 'critical'))
);
create index system_metrics_captured_idx on analytics.system_metrics (captured_at desc);

create function analytics.system_health()
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_slow jsonb := '[]';
  v_ai_error_rate numeric;
begin
  if to_regclass('extensions.pg_stat_statements') is not null then
    begin
      execute $q$
        select coalesce(jsonb_agg(x), '[]') from (
          select left(query, 200) as query, calls, round(mean_exec_time::numeric, 2) as mean_ms,
                 round(total_exec_time::numeric, 2) as total_ms
          from extensions.pg_stat_statements
          where mean_exec_time > 100
          order by mean_exec_time desc limit 10) x
      $q$ into v_slow;
    exception when others then
      v_slow := '[]';   -- pg_stat_statements not loaded / not readable
    end;
  end if;
  select round(count(*) filter (where not success) * 100.0 / nullif(count(*), 0), 2)
    into v_ai_error_rate from public.ai_usage_events where created_at >= now() - interval '1 hour';
  return jsonb_build_object(
    'captured_at', now(),
    'status', case when coalesce(v_ai_error_rate, 0) >= 50 then 'critical'
                   when coalesce(v_ai_error_rate, 0) >= 10 then 'warning' else 'healthy' end,
    'database_size_bytes', pg_database_size(current_database()),
    'connections', (select count(*) from pg_stat_activity where datname = current_database()),
    'table_rows', (select jsonb_object_agg(c.relname, greatest(c.reltuples, 0)::bigint)
                   from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'public' and c.relkind = 'r'),
    'slow_queries', v_slow,
    'ai_last_hour', (select coalesce(jsonb_agg(jsonb_build_object('provider', provider, 'calls', calls,
                       'errors', errors, 'error_rate', error_rate, 'p95_latency_ms', p95_latency_ms,
                       'status', case when error_rate >= 50 then 'offline' when error_rate >= 10 then 'degraded' else 'online' end)), '[]')
                     from analytics.ai_provider_stats(1)),
    'ai_error_rate_last_hour', v_ai_error_rate,
    'recent_ai_errors', (select coalesce(jsonb_agg(x), '[]') from (
                          select created_at, provider, model, operation, error_type, left(error_message, 300) as error_message
                          from public.ai_usage_events where not success order by created_at desc limit 20) x),
    'active_users_today', (select count(*) from public.user_daily_activity where activity_date = (now() at time zone 'UTC')::date),
    'new_registrations_today', (select count(*) from public.user_profiles where created_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC')
  );
end;
$$;

create function analytics.capture_system_metrics()
returns bigint
language plpgsql
set search_path = ''
as $$
declare
  v_metrics jsonb := analytics.system_health();
  v_id bigint;
begin
  insert into analytics.system_metrics (health_status, metrics)
  values (v_metrics ->> 'status', v_metrics) returning id into v_id;
  return v_id;
end;
$$;

revoke execute on all functions in schema analytics from public;
revoke all on all tables in schema analytics from public, anon, authenticated;

-- ── admin_analytics_* wrappers for the app (admin only) ─────────────────────────────────
create function public.admin_analytics_user_interview_stats(p_limit integer default 100, p_offset integer default 0)
returns table (user_id uuid, email text, total_interviews bigint, completed_interviews bigint, average_score numeric, total_time_minutes bigint)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.user_interview_stats(p_limit, p_offset); end; $$;

create function public.admin_analytics_completion_rate(p_from timestamptz default null, p_to timestamptz default null)
returns table (total_sessions bigint, completed_sessions bigint, completion_rate numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.completion_rate(p_from, p_to); end; $$;

create function public.admin_analytics_average_score_by_status()
returns table (status text, session_count bigint, average_score numeric, min_score numeric, max_score numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.average_score_by_status(); end; $$;

create function public.admin_analytics_daily_active_users(p_days integer default 30)
returns table (day date, active_users bigint)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.daily_active_users(p_days); end; $$;

create function public.admin_analytics_signups_per_day(p_days integer default 30)
returns table (day date, signups bigint)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.signups_per_day(p_days); end; $$;

create function public.admin_analytics_interviews_per_day(p_days integer default 30)
returns table (day date, started bigint, completed bigint, average_score numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.interviews_per_day(p_days); end; $$;

create function public.admin_analytics_average_score_by_role_difficulty(p_days integer default 90)
returns table (job_role text, difficulty text, completed_sessions bigint, average_score numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.average_score_by_role_difficulty(p_days); end; $$;

create function public.admin_analytics_conversion(p_months integer default 12)
returns table (cohort_month date, signups bigint, converted bigint, conversion_rate numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.conversion_free_to_paid(p_months); end; $$;

create function public.admin_analytics_mrr()
returns table (plan_id text, active_subscriptions bigint, mrr_cents bigint)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.mrr(); end; $$;

create function public.admin_analytics_churn(p_months integer default 6)
returns table (month date, active_at_start bigint, churned bigint, churn_rate numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.churn(p_months); end; $$;

create function public.admin_analytics_ai_providers(p_days integer default 7)
returns table (provider text, calls bigint, errors bigint, error_rate numeric, fallbacks bigint,
  average_latency_ms numeric, p95_latency_ms numeric, total_tokens bigint, total_cost_usd numeric)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.ai_provider_stats(p_days); end; $$;

create function public.admin_analytics_question_calibration(p_min_answers integer default 5)
returns table (question_id uuid, question text, type text, difficulty text, times_answered integer,
  average_score numeric, expected_min numeric, expected_max numeric, verdict text)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.question_calibration(p_min_answers); end; $$;

create function public.admin_analytics_daily_metrics(p_days integer default 30)
returns table (day date, signups bigint, active_users bigint, interviews_started bigint, interviews_completed bigint,
  average_score numeric, ai_calls bigint, ai_errors bigint, ai_cost_usd numeric)
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_admin();
  if not exists (select 1 from pg_matviews where schemaname = 'analytics' and matviewname = 'daily_metrics' and ispopulated) then
    raise exception using errcode = 'P0001', message = 'Daily metrics have not been computed yet',
      hint = 'Call admin_refresh_analytics() first.';
  end if;
  return query select m.day, m.signups, m.active_users, m.interviews_started, m.interviews_completed, m.average_score,
    m.ai_calls, m.ai_errors, m.ai_cost_usd
    from analytics.daily_metrics m
    where m.day > (now() at time zone 'UTC')::date - greatest(coalesce(p_days, 30), 1)
    order by m.day;
end;
$$;

create function public.admin_refresh_analytics()
returns timestamptz
language plpgsql security definer set search_path = ''
as $$ begin perform private.require_admin(); return analytics.refresh(); end; $$;

create function public.admin_system_health()
returns jsonb
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return analytics.system_health(); end; $$;

do $$
declare
  f record;
begin
  for f in
    select p.oid::regprocedure as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and (p.proname like 'admin\_analytics\_%' or p.proname in ('admin_refresh_analytics', 'admin_system_health'))
  loop
    execute format('revoke execute on function %s from public, anon, authenticated', f.sig);
    execute format('grant execute on function %s to authenticated', f.sig);
  end loop;
end;
$$;
