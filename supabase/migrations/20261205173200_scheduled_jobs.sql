-- ════════════════════════════════════════════════════════════════════════════════════════
-- Scheduled jobs, declared once. `private.scheduled_jobs` lists every job with its cron
-- schedule (UTC) and either the SQL it runs or the edge function it invokes. The same list
-- drives:
--   • hosted: pg_cron, through private.schedule_jobs() (called below when pg_cron exists, by an
--     event trigger when pg_cron is enabled later, and by hand: `select private.schedule_jobs()`);
--     each cron job runs `select private.run_job('<name>')`;
--   • locally: the stack's scheduler (stack/scheduler.ts), which reads this table.
-- Every run is recorded in private.job_runs (start, end, outcome, message); the admin console
-- shows each job's schedule, last run and next run.
-- ════════════════════════════════════════════════════════════════════════════════════════

create table private.scheduled_jobs (
  name text primary key,
  schedule text not null,
  command text,
  edge_function text,
  description text not null,
  constraint scheduled_jobs_name_format check (name ~ '^[a-z][a-z0-9_]{2,50}$'),
  -- five fields: minute hour day-of-month month day-of-week, each *, n, a-b, lists, /step
  constraint scheduled_jobs_schedule_format check (
    schedule ~ '^([0-9*,/-]+ ){4}[0-9*,/-]+$'),
  constraint scheduled_jobs_one_action check ((command is null) <> (edge_function is null)),
  constraint scheduled_jobs_edge_function_format check (edge_function is null or edge_function ~ '^[a-z][a-z0-9-]{1,60}$')
);
revoke all on table private.scheduled_jobs from public, anon, authenticated, service_role;

create table private.job_runs (
  id bigint generated always as identity primary key,
  job_name text not null references private.scheduled_jobs (name) on delete cascade on update cascade,
  trigger text not null default 'schedule',
  started_at timestamptz not null default clock_timestamp(),
  finished_at timestamptz,
  outcome text,
  message text,
  result text,
  constraint job_runs_trigger check (trigger in ('schedule', 'manual')),
  constraint job_runs_outcome check (outcome is null or outcome in ('ok', 'error', 'skipped')),
  constraint job_runs_finished check ((finished_at is null) = (outcome is null))
);
revoke all on table private.job_runs from public, anon, authenticated, service_role;
create index job_runs_job_started_idx on private.job_runs (job_name, started_at desc);
create index job_runs_started_idx on private.job_runs (started_at);

create function private.purge_old_job_runs(p_keep interval default interval '90 days')
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_count bigint;
begin
  delete from private.job_runs where started_at < now() - p_keep;
  get diagnostics v_count = row_count;
  return jsonb_build_object('job_runs', v_count);
end;
$$;
revoke execute on function private.purge_old_job_runs(interval) from public;

insert into private.scheduled_jobs (name, schedule, command, edge_function, description) values
  ('archive_old_interviews', '30 3 * * *', 'select private.archive_old_data()', null,
   'Moves interviews ended more than 2 years ago and chats idle for a year to the archive schema.'),
  ('purge_expired_data', '45 3 * * *', 'select private.purge_expired_analytics() || private.purge_old_job_runs()', null,
   'Deletes analytics older than 5 years and job runs older than 90 days.'),
  ('refresh_analytics', '*/15 * * * *', 'select analytics.refresh()', null,
   'Refreshes the materialized analytics aggregates.'),
  ('capture_system_metrics', '*/15 * * * *', 'select analytics.capture_system_metrics()', null,
   'Records a snapshot of the system metrics.'),
  ('mark_abandoned_sessions', '*/10 * * * *', 'select private.mark_abandoned_sessions()', null,
   'Marks interviews untouched for abandon_sessions_after (private.app_settings) as abandoned.'),
  ('enqueue_weekly_progress', '0 8 * * 1', 'select private.enqueue_weekly_progress()', null,
   'Queues the weekly progress e-mail for users with activity or an open streak.'),
  ('send_notifications', '* * * * *', null, 'send-notifications',
   'Sends queued notification e-mails (the send-notifications edge function).');

-- ── cron expressions in SQL (the admin console's "next run") ───────────────────────────
create function private.cron_field_matches(p_field text, p_value integer, p_min integer, p_max integer)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_part text;
  v_range text;
  v_step integer;
  v_lo integer;
  v_hi integer;
begin
  foreach v_part in array string_to_array(p_field, ',') loop
    v_step := coalesce(nullif(split_part(v_part, '/', 2), '')::integer, 1);
    v_range := split_part(v_part, '/', 1);
    if v_range = '*' then
      v_lo := p_min; v_hi := p_max;
    elsif position('-' in v_range) > 0 then
      v_lo := split_part(v_range, '-', 1)::integer; v_hi := split_part(v_range, '-', 2)::integer;
    else
      v_lo := v_range::integer;
      v_hi := case when position('/' in v_part) > 0 then p_max else v_lo end;
    end if;
    if p_value between v_lo and v_hi and (p_value - v_lo) % v_step = 0 then
      return true;
    end if;
  end loop;
  return false;
end;
$$;
revoke execute on function private.cron_field_matches(text, integer, integer, integer) from public;

-- Day matching as cron does it: when both day-of-month and day-of-week are restricted, either
-- may match; day-of-week 0 and 7 are Sunday.
create function private.cron_day_matches(p_dom text, p_month text, p_dow text, p_day timestamp)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select private.cron_field_matches(p_month, extract(month from p_day)::integer, 1, 12)
    and case
      when p_dom = '*' and p_dow = '*' then true
      when p_dow = '*' then private.cron_field_matches(p_dom, extract(day from p_day)::integer, 1, 31)
      when p_dom = '*' then private.cron_field_matches(p_dow, extract(dow from p_day)::integer, 0, 7)
        or (extract(dow from p_day) = 0 and private.cron_field_matches(p_dow, 7, 0, 7))
      else private.cron_field_matches(p_dom, extract(day from p_day)::integer, 1, 31)
        or private.cron_field_matches(p_dow, extract(dow from p_day)::integer, 0, 7)
        or (extract(dow from p_day) = 0 and private.cron_field_matches(p_dow, 7, 0, 7))
    end
$$;
revoke execute on function private.cron_day_matches(text, text, text, timestamp) from public;

-- The first minute after p_after (UTC, as pg_cron on hosted Supabase) the schedule fires.
create function private.cron_next_run(p_schedule text, p_after timestamptz default now())
returns timestamptz
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_fields text[] := regexp_split_to_array(btrim(p_schedule), '\s+');
  v_t timestamp := date_trunc('minute', p_after at time zone 'UTC') + interval '1 minute';
  v_limit timestamp := v_t + interval '366 days';
begin
  if array_length(v_fields, 1) <> 5 then
    return null;
  end if;
  while v_t < v_limit loop
    if not private.cron_day_matches(v_fields[3], v_fields[4], v_fields[5], v_t) then
      v_t := date_trunc('day', v_t) + interval '1 day';
    elsif not private.cron_field_matches(v_fields[2], extract(hour from v_t)::integer, 0, 23) then
      v_t := date_trunc('hour', v_t) + interval '1 hour';
    elsif not private.cron_field_matches(v_fields[1], extract(minute from v_t)::integer, 0, 59) then
      v_t := v_t + interval '1 minute';
    else
      return v_t at time zone 'UTC';
    end if;
  end loop;
  return null;
end;
$$;
revoke execute on function private.cron_next_run(text, timestamptz) from public;

-- ── running a job ───────────────────────────────────────────────────────────────────────
-- Hosted only: asks pg_net to POST to an edge function with the service-role key, both read
-- from Vault (`project_url`, `service_role_key`; docs/operations.md). The request is queued
-- and sent by pg_net after commit; the function's own outcome is in its logs.
create function private.invoke_edge_function(p_name text)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_url text;
  v_key text;
  v_request_id bigint;
begin
  if to_regprocedure('net.http_post(text, jsonb, jsonb, jsonb, integer)') is null then
    raise exception using errcode = '55000', message = 'pg_net is not enabled, so the database cannot call edge functions',
      detail = 'pg_net_missing', hint = 'Enable pg_net (Database → Extensions), or invoke the function from another scheduler.';
  end if;
  if to_regclass('vault.decrypted_secrets') is not null then
    execute 'select max(decrypted_secret) filter (where name = ''project_url''),
                    max(decrypted_secret) filter (where name = ''service_role_key'')
             from vault.decrypted_secrets where name in (''project_url'', ''service_role_key'')'
      into v_url, v_key;
  end if;
  if v_url is null or v_key is null then
    raise exception using errcode = '55000', message = 'Vault secrets project_url and service_role_key are not set',
      detail = 'function_secrets_missing', hint = 'See docs/operations.md, "Scheduled jobs".';
  end if;
  execute 'select net.http_post(url := $1, body := $2, params := $3, headers := $4, timeout_milliseconds := $5)'
    into v_request_id
    using rtrim(v_url, '/') || '/functions/v1/' || p_name, '{}'::jsonb, '{}'::jsonb,
      jsonb_build_object('Content-Type', 'application/json', 'Authorization', 'Bearer ' || v_key), 30000;
  return jsonb_build_object('request_id', v_request_id);
end;
$$;
revoke execute on function private.invoke_edge_function(text) from public;

-- Runs one declared job and records the run. A failing job's own changes roll back (it runs in
-- a subtransaction) and the error is recorded; a job whose previous run is still going is
-- recorded as skipped instead of running twice at once.
create function private.run_job(p_name text, p_trigger text default 'schedule')
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_job private.scheduled_jobs;
  v_run_id bigint;
  v_result text;
  v_state text;
  v_message text;
begin
  select * into v_job from private.scheduled_jobs where name = p_name;
  if not found then
    raise exception using errcode = 'PT404', message = format('No scheduled job named %s', p_name), detail = 'job_not_found';
  end if;
  if not pg_catalog.pg_try_advisory_xact_lock(pg_catalog.hashtext('interviewai.job'), pg_catalog.hashtext(p_name)) then
    insert into private.job_runs (job_name, trigger, finished_at, outcome, message)
    values (p_name, p_trigger, clock_timestamp(), 'skipped', 'The previous run has not finished yet.')
    returning id into v_run_id;
    return jsonb_build_object('run_id', v_run_id, 'outcome', 'skipped');
  end if;
  insert into private.job_runs (job_name, trigger) values (p_name, p_trigger) returning id into v_run_id;
  begin
    if v_job.edge_function is not null then
      v_result := private.invoke_edge_function(v_job.edge_function)::text;
    else
      execute v_job.command into v_result;
    end if;
  exception when others then
    get stacked diagnostics v_state = returned_sqlstate, v_message = message_text;
    update private.job_runs
    set finished_at = clock_timestamp(), outcome = 'error', message = left(v_state || ': ' || v_message, 2000)
    where id = v_run_id;
    return jsonb_build_object('run_id', v_run_id, 'outcome', 'error', 'message', v_state || ': ' || v_message);
  end;
  update private.job_runs set finished_at = clock_timestamp(), outcome = 'ok', result = left(v_result, 2000)
  where id = v_run_id;
  return jsonb_build_object('run_id', v_run_id, 'outcome', 'ok', 'result', v_result);
end;
$$;
revoke execute on function private.run_job(text, text) from public;

-- ── pg_cron ─────────────────────────────────────────────────────────────────────────────
-- pg_cron is usable when its cron.schedule(name, schedule, command) exists.
create function private.pg_cron_available()
returns boolean
language sql
stable
set search_path = ''
as $$
  select to_regprocedure('cron.schedule(text, text, text)') is not null
$$;
revoke execute on function private.pg_cron_available() from public;

-- The cron jobs the declaration asks for: one per job, named interviewai-<name>.
create function private.expected_cron_jobs()
returns table (jobname text, schedule text, command text)
language sql
stable
set search_path = ''
as $$
  select 'interviewai-' || j.name, j.schedule, format('select private.run_job(%L)', j.name)
  from private.scheduled_jobs j
  order by j.name
$$;
revoke execute on function private.expected_cron_jobs() from public;

-- Creates or replaces (cron.schedule by name replaces) every declared job and removes cron jobs
-- of ours that are no longer declared, including the two the lifecycle migration created.
-- Idempotent; without pg_cron it changes nothing.
create function private.schedule_jobs()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_job record;
  v_scheduled integer := 0;
  v_removed integer := 0;
begin
  if not private.pg_cron_available() then
    return jsonb_build_object('pg_cron', false, 'scheduled', 0, 'removed', 0);
  end if;
  for v_job in select * from private.expected_cron_jobs() loop
    execute 'select cron.schedule($1, $2, $3)' using v_job.jobname, v_job.schedule, v_job.command;
    v_scheduled := v_scheduled + 1;
  end loop;
  for v_job in
    execute 'select j.jobname from cron.job j
             where j.jobname like ''interviewai-%'' and j.jobname <> all ($1)'
      using array(select e.jobname from private.expected_cron_jobs() e)
  loop
    execute 'select cron.unschedule($1)' using v_job.jobname;
    v_removed := v_removed + 1;
  end loop;
  return jsonb_build_object('pg_cron', true, 'scheduled', v_scheduled, 'removed', v_removed);
end;
$$;
revoke execute on function private.schedule_jobs() from public;

-- Declared jobs missing from cron.job or scheduled differently (null without pg_cron).
create function private.unscheduled_cron_jobs()
returns text[]
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_missing text[];
begin
  if not private.pg_cron_available() then
    return null;
  end if;
  execute 'select coalesce(array_agg(e.jobname order by e.jobname), ''{}'')
           from private.expected_cron_jobs() e
           where not exists (select 1 from cron.job j
                             where j.jobname = e.jobname and j.schedule = e.schedule and j.command = e.command)'
    into v_missing;
  return v_missing;
end;
$$;
revoke execute on function private.unscheduled_cron_jobs() from public;

select private.schedule_jobs();

-- When pg_cron is enabled after this migration, schedule the jobs then. Creating an event
-- trigger needs a superuser, or on hosted Supabase the `postgres` role (supautils); supautils
-- skips event triggers for superuser sessions, so enabling pg_cron as a superuser does not fire
-- it: the admin console then reports the jobs as unscheduled, and
-- `select private.schedule_jobs()` fixes it.
create function private.schedule_jobs_on_pg_cron()
returns event_trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from pg_catalog.pg_event_trigger_ddl_commands() c
             where c.command_tag = 'CREATE EXTENSION' and c.object_identity = 'pg_cron') then
    perform private.schedule_jobs();
  end if;
end;
$$;
revoke execute on function private.schedule_jobs_on_pg_cron() from public;

do $$
begin
  create event trigger interviewai_schedule_jobs_on_pg_cron on ddl_command_end
    when tag in ('CREATE EXTENSION')
    execute function private.schedule_jobs_on_pg_cron();
exception when insufficient_privilege then
  raise notice 'Cannot create event triggers here; after enabling pg_cron run: select private.schedule_jobs()';
end;
$$;

-- ── admin console ───────────────────────────────────────────────────────────────────────
create function private.admin_list_jobs()
returns table (
  name text, schedule text, description text, edge_function text,
  last_started_at timestamptz, last_finished_at timestamptz, last_outcome text, last_message text,
  last_duration_ms integer, next_run_at timestamptz, pg_cron_available boolean, cron_scheduled boolean)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_cron boolean := private.pg_cron_available();
  v_missing text[] := private.unscheduled_cron_jobs();
begin
  perform private.require_admin();
  return query
  select j.name, j.schedule, j.description, j.edge_function,
    r.started_at, r.finished_at, r.outcome, r.message,
    (extract(epoch from r.finished_at - r.started_at) * 1000)::integer,
    private.cron_next_run(j.schedule, now()),
    v_cron,
    case when v_cron then not ('interviewai-' || j.name = any (v_missing)) end
  from private.scheduled_jobs j
  left join lateral (
    select jr.started_at, jr.finished_at, jr.outcome, jr.message from private.job_runs jr
    where jr.job_name = j.name order by jr.started_at desc limit 1
  ) r on true
  order by j.name;
end;
$$;
revoke execute on function private.admin_list_jobs() from public;
grant execute on function private.admin_list_jobs() to authenticated;

create function public.admin_list_jobs()
returns table (
  name text, schedule text, description text, edge_function text,
  last_started_at timestamptz, last_finished_at timestamptz, last_outcome text, last_message text,
  last_duration_ms integer, next_run_at timestamptz, pg_cron_available boolean, cron_scheduled boolean)
language sql
stable
security invoker
set search_path = ''
as $$
  select * from private.admin_list_jobs()
$$;
comment on function public.admin_list_jobs() is 'Admin: every scheduled job with its last run and next run.';
revoke all on function public.admin_list_jobs() from public, anon, authenticated, service_role;
grant execute on function public.admin_list_jobs() to authenticated;

alter table public.admin_audit_log drop constraint admin_audit_log_action,
  add constraint admin_audit_log_action check (action in
    ('set_user_status', 'set_user_role', 'save_question', 'set_question_active', 'delete_user', 'refresh_analytics',
     'run_lifecycle', 'run_job'));

-- "Run now" from the console; edge-function jobs need pg_net (hosted), else the run records why not.
create function private.admin_run_job(p_name text)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_result jsonb;
begin
  v_result := private.run_job(p_name, 'manual');
  insert into public.admin_audit_log (admin_id, action, details)
  values (v_admin, 'run_job', jsonb_build_object('job', p_name) || v_result);
  return v_result;
end;
$$;
revoke execute on function private.admin_run_job(text) from public;
grant execute on function private.admin_run_job(text) to authenticated;

create function public.admin_run_job(p_name text)
returns jsonb
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.admin_run_job(p_name)
$$;
comment on function public.admin_run_job(text) is 'Admin: runs a scheduled job now and records the run.';
revoke all on function public.admin_run_job(text) from public, anon, authenticated, service_role;
grant execute on function public.admin_run_job(text) to authenticated;
