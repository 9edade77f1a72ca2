-- What a new user and an operator ran into:
-- 1. A blocked (or pending) account's requests fail with a machine code the SPA can act on (sign out and
--    explain) instead of only a sentence.
-- 2. "Answered" has one definition: a main question (not a follow-up) with a stored answer. Follow-up answers
--    counted as answered questions made the dashboard say 8/8 where the report said 7 of 8.
-- 3. The admin health page counts small tables exactly: reltuples is -1 (or 0) until a table is analyzed.

-- ── 1. account status as a machine code ─────────────────────────────────────────────────
-- Same checks and messages as before; `detail` now carries account_blocked / account_pending.
create or replace function private.require_active_user()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_status text;
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Not signed in',
      hint = 'Call this function with a signed-in user''s access token.';
  end if;
  select status into v_status from public.user_profiles where id = v_uid;
  if v_status is null then
    raise exception using errcode = '42501', message = 'No profile exists for the current user';
  elsif v_status <> 'active' then
    raise exception using errcode = '42501', message = format('Your account is %s', v_status),
      detail = format('account_%s', v_status),
      hint = 'Contact support if you think this is a mistake.';
  end if;
  return v_uid;
end;
$$;
revoke execute on function private.require_active_user() from public;

-- Lets the SPA ask why its reads came back empty: RLS hides every row from a blocked account, so only an
-- RPC can tell "blocked" from "nothing yet".
create function public.get_my_account_status()
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select p.status from public.user_profiles p where p.id = (select auth.uid())
$$;
revoke execute on function public.get_my_account_status() from public, anon, authenticated;
grant execute on function public.get_my_account_status() to authenticated;

-- ── 2. one definition of "answered" ────────────────────────────────────────────────────
create function private.answered_question_count(p_interview_id uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::int
  from public.interview_responses r
  join public.interview_questions q on q.id = r.question_id
  where r.interview_id = p_interview_id and not q.is_follow_up
$$;
revoke execute on function private.answered_question_count(uuid) from public;

-- Whoever writes questions_answered (submit_response, complete_interview, update_interview_progress), the
-- stored value is the count above: a caller cannot inflate it, and follow-up answers never count.
create function private.interview_session_answered_count()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.questions_answered := least(private.answered_question_count(new.id), new.total_questions);
  return new;
end;
$$;
revoke execute on function private.interview_session_answered_count() from public;
create trigger interview_sessions_answered_count
  before update of questions_answered on public.interview_sessions
  for each row execute function private.interview_session_answered_count();

update public.interview_sessions s
set questions_answered = least(private.answered_question_count(s.id), s.total_questions)
where s.questions_answered <> least(private.answered_question_count(s.id), s.total_questions);

-- ── 3. exact row counts for small tables on the health page ────────────────────────────
create function analytics.table_row_counts()
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_table record;
  v_rows bigint;
  v_counts jsonb := '{}';
begin
  for v_table in
    select c.relname, c.reltuples, coalesce(s.n_live_tup, 0) as live
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_stat_user_tables s on s.relid = c.oid
    where n.nspname = 'public' and c.relkind = 'r'
  loop
    -- Below 100k rows (by either estimate) an exact count is cheap; above, the planner's estimate is close.
    if greatest(v_table.reltuples, v_table.live) < 100000 then
      execute format('select count(*) from public.%I', v_table.relname) into v_rows;
    else
      v_rows := greatest(v_table.reltuples::bigint, v_table.live);
    end if;
    v_counts := v_counts || jsonb_build_object(v_table.relname, v_rows);
  end loop;
  return v_counts;
end;
$$;
revoke execute on function analytics.table_row_counts() from public;

create or replace function analytics.system_health()
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
    'table_rows', analytics.table_row_counts(),
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
