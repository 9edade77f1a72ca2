-- ════════════════════════════════════════════════════════════════════════════════════════
-- Interviews left open become `abandoned` (seeds 000/002). A session that is pending or in
-- progress and has had no update and no new answer for `abandon_sessions_after` (default
-- 24 hours) is marked by the scheduled job `mark_abandoned_sessions`. Completed, cancelled and
-- abandoned sessions are never touched. Abandoned is final, like every ended status (the status
-- trigger only moves forward): the owner keeps reading the interview and its answers, and starts
-- a new one to continue practising.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- Operator settings read by scheduled jobs (not exposed: change them with SQL as the owner).
create table private.app_settings (
  key text primary key,
  value jsonb not null,
  description text not null,
  updated_at timestamptz not null default now(),
  constraint app_settings_key_format check (key ~ '^[a-z][a-z0-9_]{2,62}$')
);
revoke all on table private.app_settings from public, anon, authenticated, service_role;

insert into private.app_settings (key, value, description) values
  ('abandon_sessions_after', '"24 hours"',
   'An interview pending or in progress with no update and no answer for this long becomes abandoned (a Postgres interval).');

create function private.abandon_sessions_after()
returns interval
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_value text := (select s.value #>> '{}' from private.app_settings s where s.key = 'abandon_sessions_after');
begin
  return coalesce(v_value::interval, interval '24 hours');
exception when invalid_datetime_format or datatype_mismatch then
  return interval '24 hours';
end;
$$;
revoke execute on function private.abandon_sessions_after() from public;

-- The job scans only open sessions by their last update.
create index interview_sessions_open_updated_idx on public.interview_sessions (updated_at)
  where status in ('pending', 'in_progress');
create index interview_responses_interview_submitted_idx on public.interview_responses (interview_id, submitted_at desc);

-- Set-based; rows another transaction holds (an answer being saved) are skipped and looked at
-- again on the next run. FOR UPDATE re-checks `updated_at` on the latest row version, so a
-- session touched while the job waited is not abandoned.
create function private.mark_abandoned_sessions()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_after interval := private.abandon_sessions_after();
  v_cutoff timestamptz := now() - v_after;
  v_count integer;
begin
  with stale as (
    select s.id
    from public.interview_sessions s
    where s.status in ('pending', 'in_progress')
      and s.updated_at < v_cutoff
      and not exists (select 1 from public.interview_responses r
                      where r.interview_id = s.id and r.submitted_at >= v_cutoff)
    for update of s skip locked
  )
  update public.interview_sessions s
  set status = 'abandoned'
  from stale
  where s.id = stale.id;
  get diagnostics v_count = row_count;
  return jsonb_build_object('abandoned', v_count, 'untouched_for', v_after::text);
end;
$$;
revoke execute on function private.mark_abandoned_sessions() from public;
