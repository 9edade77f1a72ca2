-- ════════════════════════════════════════════════════════════════════════════════════════
-- Data lifecycle (seed 001 archiving/backup rules): finished interviews older than 2 years and
-- chat sessions older than 1 year move to the `archive` schema (not exposed; still exportable
-- with SQL), analytics rows are kept 5 years; account deletion removes or anonymises everything.
-- Scheduled with pg_cron when the extension exists (hosted: enable it in the dashboard first).
-- ════════════════════════════════════════════════════════════════════════════════════════

create schema if not exists archive;
revoke all on schema archive from public;

create table archive.interview_sessions (like public.interview_sessions including defaults);
alter table archive.interview_sessions add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.interview_questions (like public.interview_questions including defaults);
alter table archive.interview_questions add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.interview_responses (like public.interview_responses including defaults);
alter table archive.interview_responses add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.interview_messages (like public.interview_messages including defaults);
alter table archive.interview_messages add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.interview_reports (like public.interview_reports including defaults);
alter table archive.interview_reports add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.skill_gaps (like public.skill_gaps including defaults);
alter table archive.skill_gaps add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.skill_gap_resources (like public.skill_gap_resources including defaults);
alter table archive.skill_gap_resources add column archived_at timestamptz not null default now(), add primary key (skill_gap_id, resource_id);
create table archive.chat_sessions (like public.chat_sessions including defaults);
alter table archive.chat_sessions add column archived_at timestamptz not null default now(), add primary key (id);
create table archive.chat_messages (like public.chat_messages including defaults);
alter table archive.chat_messages add column archived_at timestamptz not null default now(), add primary key (id);

create index archive_interview_sessions_user_idx on archive.interview_sessions (user_id, created_at desc);
create index archive_interview_questions_interview_idx on archive.interview_questions (interview_id);
create index archive_interview_questions_user_idx on archive.interview_questions (user_id);
create index archive_interview_responses_interview_idx on archive.interview_responses (interview_id);
create index archive_interview_responses_user_idx on archive.interview_responses (user_id);
create index archive_interview_messages_interview_idx on archive.interview_messages (interview_id);
create index archive_interview_messages_user_idx on archive.interview_messages (user_id);
create index archive_interview_reports_interview_idx on archive.interview_reports (interview_id);
create index archive_interview_reports_user_idx on archive.interview_reports (user_id);
create index archive_skill_gaps_user_idx on archive.skill_gaps (user_id);
create index archive_skill_gap_resources_user_idx on archive.skill_gap_resources (user_id);
create index archive_chat_sessions_user_idx on archive.chat_sessions (user_id);
create index archive_chat_messages_session_idx on archive.chat_messages (chat_session_id);
create index archive_chat_messages_user_idx on archive.chat_messages (user_id);

revoke all on all tables in schema archive from public, anon, authenticated;

-- Moves finished interviews (completed / cancelled / abandoned, ended before the cutoff) with
-- all their child rows, and idle chat sessions with their messages. Returns per-table counts.
create function private.archive_old_data(p_interview_age interval default interval '2 years',
  p_chat_age interval default interval '1 year')
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_result jsonb := '{}';
  v_n bigint;
begin
  create temporary table if not exists _archive_ids (id uuid primary key) on commit drop;
  truncate _archive_ids;
  insert into _archive_ids
  select s.id from public.interview_sessions s
  where s.status in ('completed', 'cancelled', 'abandoned')
    and coalesce(s.ended_at, s.completed_at, s.created_at) < now() - p_interview_age
  for update;

  insert into archive.interview_sessions select s.*, now() from public.interview_sessions s where s.id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('interview_sessions', v_n);
  insert into archive.interview_questions select q.*, now() from public.interview_questions q where q.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('interview_questions', v_n);
  insert into archive.interview_responses select r.*, now() from public.interview_responses r where r.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('interview_responses', v_n);
  insert into archive.interview_messages select m.*, now() from public.interview_messages m where m.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('interview_messages', v_n);
  insert into archive.interview_reports select r.*, now() from public.interview_reports r where r.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('interview_reports', v_n);
  insert into archive.skill_gap_resources select l.*, now() from public.skill_gap_resources l
    join public.skill_gaps g on g.id = l.skill_gap_id where g.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('skill_gap_resources', v_n);
  insert into archive.skill_gaps select g.*, now() from public.skill_gaps g where g.interview_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('skill_gaps', v_n);
  delete from public.interview_sessions s where s.id in (select id from _archive_ids);   -- children cascade

  truncate _archive_ids;
  insert into _archive_ids
  select c.id from public.chat_sessions c
  where coalesce(c.last_message_at, c.created_at) < now() - p_chat_age
  for update;
  insert into archive.chat_sessions select c.*, now() from public.chat_sessions c where c.id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('chat_sessions', v_n);
  insert into archive.chat_messages select m.*, now() from public.chat_messages m where m.chat_session_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('chat_messages', v_n);
  delete from public.chat_sessions c where c.id in (select id from _archive_ids);
  return v_result;
end;
$$;
revoke execute on function private.archive_old_data(interval, interval) from public;

-- Analytics rows are kept 5 years.
create function private.purge_expired_analytics(p_keep interval default interval '5 years')
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_ai bigint; v_activity bigint; v_metrics bigint;
begin
  delete from public.ai_usage_events where created_at < now() - p_keep;
  get diagnostics v_ai = row_count;
  delete from public.user_daily_activity where activity_date < (now() - p_keep)::date;
  get diagnostics v_activity = row_count;
  delete from analytics.system_metrics where captured_at < now() - p_keep;
  get diagnostics v_metrics = row_count;
  return jsonb_build_object('ai_usage_events', v_ai, 'user_daily_activity', v_activity, 'system_metrics', v_metrics);
end;
$$;
revoke execute on function private.purge_expired_analytics(interval) from public;

create function private.run_lifecycle()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_archived jsonb := private.archive_old_data();
  v_purged jsonb := private.purge_expired_analytics();
begin
  perform analytics.capture_system_metrics();
  return jsonb_build_object('archived', v_archived, 'purged', v_purged, 'ran_at', now());
end;
$$;
revoke execute on function private.run_lifecycle() from public;

create function public.admin_run_lifecycle()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_result jsonb := private.run_lifecycle();
begin
  insert into public.admin_audit_log (admin_id, action, details) values (v_admin, 'run_lifecycle', v_result);
  return v_result;
end;
$$;
revoke execute on function public.admin_run_lifecycle() from public, anon, authenticated;
grant execute on function public.admin_run_lifecycle() to authenticated;

-- ── account deletion ────────────────────────────────────────────────────────────────────
-- Deleting the auth user cascades to the profile and everything owned; payment_history,
-- ai_usage_events, referrals (as referred) and the audit log keep anonymised rows (user id set
-- null). This trigger also removes the user's archived rows, whatever deleted the auth user.
create function private.purge_archived_user_data()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from archive.chat_messages where user_id = old.id;
  delete from archive.chat_sessions where user_id = old.id;
  delete from archive.skill_gap_resources where user_id = old.id;
  delete from archive.skill_gaps where user_id = old.id;
  delete from archive.interview_reports where user_id = old.id;
  delete from archive.interview_messages where user_id = old.id;
  delete from archive.interview_responses where user_id = old.id;
  delete from archive.interview_questions where user_id = old.id;
  delete from archive.interview_sessions where user_id = old.id;
  update private.stripe_events set payload = null
  where payload is not null and payload::text like '%' || old.id::text || '%';
  return old;
end;
$$;
revoke execute on function private.purge_archived_user_data() from public;
create trigger on_auth_user_deleted
  before delete on auth.users
  for each row execute function private.purge_archived_user_data();

create function public.delete_my_account(p_confirm text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Not signed in';
  end if;
  if p_confirm is distinct from 'DELETE' then
    raise exception using errcode = '22023', message = 'Confirm account deletion by passing p_confirm => ''DELETE''';
  end if;
  delete from auth.users where id = v_uid;
end;
$$;
revoke execute on function public.delete_my_account(text) from public, anon, authenticated;
grant execute on function public.delete_my_account(text) to authenticated;

create function public.admin_delete_user(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
begin
  if p_user_id is null or p_user_id = v_admin then
    raise exception using errcode = '22023', message = 'p_user_id must be another user';
  end if;
  if not exists (select 1 from auth.users where id = p_user_id) then
    raise exception using errcode = 'P0002', message = 'User not found';
  end if;
  delete from auth.users where id = p_user_id;
  insert into public.admin_audit_log (admin_id, action, target_id) values (v_admin, 'delete_user', p_user_id::text);
end;
$$;
revoke execute on function public.admin_delete_user(uuid) from public, anon, authenticated;
grant execute on function public.admin_delete_user(uuid) to authenticated;

-- ── schedules (only where pg_cron is installed, e.g. hosted after enabling it) ─────────
do $$
begin
  if exists (select 1 from pg_extension where extname = 'pg_cron') then
    perform cron.schedule('interviewai-lifecycle', '30 3 * * *', 'select private.run_lifecycle()');
    perform cron.schedule('interviewai-analytics-refresh', '*/15 * * * *', 'select analytics.refresh()');
  end if;
end;
$$;
