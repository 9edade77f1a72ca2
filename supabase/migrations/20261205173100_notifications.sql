-- ════════════════════════════════════════════════════════════════════════════════════════
-- Notification e-mails (seed 001 preferences.notifications): "your report is ready" when an
-- interview completes and a weekly progress summary, each switchable off in settings.
-- SQL decides who gets what and writes it to an outbox; the `send-notifications` edge function
-- (service role) claims rows and sends them through an e-mail HTTP API. A row is sent by one
-- deliverer only (claimed with FOR UPDATE SKIP LOCKED), failures are retried with exponential
-- backoff, at most `max_attempts` times.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- preferences.notifications: the legacy boolean (all on / all off) or an object of booleans.
create or replace function private.is_valid_preferences(p jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(p) = 'object'
    and (not p ? 'theme' or p ->> 'theme' in ('light', 'dark', 'system'))
    and (not p ? 'language' or (jsonb_typeof(p -> 'language') = 'string' and length(p ->> 'language') between 2 and 16))
    and (not p ? 'timezone' or (jsonb_typeof(p -> 'timezone') = 'string' and length(p ->> 'timezone') between 1 and 64))
    and (not p ? 'notifications'
         or jsonb_typeof(p -> 'notifications') = 'boolean'
         or (jsonb_typeof(p -> 'notifications') = 'object'
             and not exists (select 1 from jsonb_each(p -> 'notifications') as n(key, value)
                             where n.key not in ('report_ready', 'weekly_progress')
                                or jsonb_typeof(n.value) <> 'boolean')))
$$;

-- A kind is on unless switched off (default on; `false` for the whole key switches all off).
create function private.notification_enabled(p_preferences jsonb, p_kind text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select case jsonb_typeof(p_preferences -> 'notifications')
    when 'boolean' then (p_preferences ->> 'notifications')::boolean
    when 'object' then coalesce((p_preferences -> 'notifications' ->> p_kind)::boolean, true)
    else true
  end
$$;
revoke execute on function private.notification_enabled(jsonb, text) from public;

create function private.email_language(p_preferences jsonb)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when p_preferences ->> 'language' like 'de%' then 'de' else 'en' end
$$;
revoke execute on function private.email_language(jsonb) from public;

create table private.notification_outbox (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null,
  -- One e-mail per event: a completed interview, a user's ISO week.
  dedupe_key text not null,
  recipient text not null,
  language text not null,
  payload jsonb not null,
  status text not null default 'pending',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  claimed_until timestamptz,
  last_error text,
  provider_message_id text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  constraint notification_outbox_kind check (kind in ('report_ready', 'weekly_progress')),
  constraint notification_outbox_status check (status in ('pending', 'sending', 'sent', 'failed')),
  constraint notification_outbox_language check (language in ('en', 'de')),
  constraint notification_outbox_payload_object check (jsonb_typeof(payload) = 'object'),
  constraint notification_outbox_attempts check (attempts >= 0)
);
revoke all on table private.notification_outbox from public, anon, authenticated, service_role;
create unique index notification_outbox_dedupe_key on private.notification_outbox (dedupe_key);
create index notification_outbox_user_idx on private.notification_outbox (user_id);
create index notification_outbox_due_idx on private.notification_outbox (next_attempt_at)
  where status in ('pending', 'sending');

create function private.enqueue_notification(p_user_id uuid, p_kind text, p_dedupe_key text, p_payload jsonb)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_profile record;
  v_count integer;
begin
  select p.email, p.preferences, p.status into v_profile from public.user_profiles p where p.id = p_user_id;
  if not found or v_profile.status <> 'active' or not private.notification_enabled(v_profile.preferences, p_kind) then
    return false;
  end if;
  insert into private.notification_outbox (user_id, kind, dedupe_key, recipient, language, payload)
  values (p_user_id, p_kind, p_dedupe_key, v_profile.email, private.email_language(v_profile.preferences), p_payload)
  on conflict (dedupe_key) do nothing;
  get diagnostics v_count = row_count;
  return v_count = 1;
end;
$$;
revoke execute on function private.enqueue_notification(uuid, text, text, jsonb) from public;

-- "Your report is ready": written in the transaction that completes the interview.
create function private.notify_report_ready()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.enqueue_notification(new.user_id, 'report_ready', 'report_ready:' || new.id::text,
    jsonb_build_object('interview_id', new.id, 'title', new.title, 'job_role', new.job_role, 'score', new.score));
  return null;
end;
$$;
revoke execute on function private.notify_report_ready() from public;
create trigger interview_sessions_notify_report_ready
  after update of status on public.interview_sessions
  for each row
  when (new.status = 'completed' and old.status is distinct from 'completed')
  execute function private.notify_report_ready();

-- Weekly progress, for active users with a completed interview in the last 7 days or an open
-- streak; once per user and ISO week however often the job runs.
create function private.enqueue_weekly_progress()
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_week text := to_char(now(), 'IYYY-"W"IW');
  v_count integer;
begin
  with candidates as (
    select p.id, p.current_streak_days
    from public.user_profiles p
    where p.status = 'active'
      and private.notification_enabled(p.preferences, 'weekly_progress')
      and (p.current_streak_days > 0
           or exists (select 1 from public.interview_sessions s
                      where s.user_id = p.id and s.status = 'completed' and s.completed_at >= now() - interval '7 days'))
  ),
  stats as (
    select c.id, c.current_streak_days,
      (select count(*) from public.interview_sessions s
        where s.user_id = c.id and s.status = 'completed' and s.completed_at >= now() - interval '7 days') as this_week,
      (select round(avg(s.score), 1) from public.interview_sessions s
        where s.user_id = c.id and s.status = 'completed' and s.completed_at >= now() - interval '7 days') as avg_this_week,
      (select round(avg(s.score), 1) from public.interview_sessions s
        where s.user_id = c.id and s.status = 'completed'
          and s.completed_at >= now() - interval '14 days' and s.completed_at < now() - interval '7 days') as avg_last_week,
      (select g.skill_name from public.skill_gaps g
        where g.user_id = c.id and g.identified_at >= now() - interval '30 days'
        order by g.gap_score desc, g.identified_at desc limit 1) as skill_to_work_on
    from candidates c
  ),
  queued as (
    select private.enqueue_notification(st.id, 'weekly_progress', 'weekly_progress:' || st.id::text || ':' || v_week,
      jsonb_build_object(
        'week', v_week,
        'interviews', st.this_week,
        'average_score', st.avg_this_week,
        'previous_average_score', st.avg_last_week,
        'trend', case when st.avg_this_week is null or st.avg_last_week is null then null
                      when st.avg_this_week > st.avg_last_week then 'up'
                      when st.avg_this_week < st.avg_last_week then 'down'
                      else 'flat' end,
        'skill_to_work_on', st.skill_to_work_on,
        'streak_days', st.current_streak_days)) as queued
    from stats st
  )
  select count(*) filter (where queued) into v_count from queued;
  return jsonb_build_object('week', v_week, 'queued', v_count);
end;
$$;
revoke execute on function private.enqueue_weekly_progress() from public;

-- ── delivery (service role only, through invoker wrappers in public) ────────────────────
-- Claims due rows; a row whose claim expired (a deliverer that died mid-send) is due again.
create function private.claim_notifications(p_limit integer default 20, p_claim_seconds integer default 120)
returns setof private.notification_outbox
language plpgsql
security definer
set search_path = ''
as $$
begin
  if p_limit is null or p_limit not between 1 and 100 or p_claim_seconds is null or p_claim_seconds not between 10 and 3600 then
    raise exception using errcode = '22023', message = 'p_limit must be 1–100 and p_claim_seconds 10–3600',
      detail = 'invalid_claim';
  end if;
  return query
  with due as (
    select o.id from private.notification_outbox o
    where (o.status = 'pending' and o.next_attempt_at <= now())
       or (o.status = 'sending' and o.claimed_until < now())
    order by o.next_attempt_at, o.id
    limit p_limit
    for update skip locked
  )
  update private.notification_outbox o
  set status = 'sending', attempts = o.attempts + 1, claimed_until = now() + make_interval(secs => p_claim_seconds)
  from due
  where o.id = due.id
  returning o.*;
end;
$$;
revoke execute on function private.claim_notifications(integer, integer) from public;
grant execute on function private.claim_notifications(integer, integer) to service_role;

-- Records the outcome of one claimed row. A failure is retried after 1, 2, 4 … minutes (at most
-- 6 hours) until `p_max_attempts`, then the row stays `failed`.
create function private.finish_notification(p_id bigint, p_ok boolean, p_error text default null,
  p_provider_message_id text default null, p_max_attempts integer default 6)
returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row private.notification_outbox;
begin
  select * into v_row from private.notification_outbox where id = p_id for update;
  if not found then
    raise exception using errcode = 'PT404', message = 'Notification not found', detail = 'notification_not_found';
  end if;
  if v_row.status <> 'sending' then
    raise exception using errcode = 'P0001', message = format('Notification %s is %s, not claimed', p_id, v_row.status),
      detail = 'notification_not_claimed';
  end if;
  if p_ok then
    update private.notification_outbox
    set status = 'sent', sent_at = now(), claimed_until = null, last_error = null, provider_message_id = p_provider_message_id
    where id = p_id;
    return 'sent';
  end if;
  update private.notification_outbox
  set status = case when v_row.attempts >= p_max_attempts then 'failed' else 'pending' end,
      next_attempt_at = now() + least(interval '6 hours', interval '1 minute' * power(2, greatest(v_row.attempts - 1, 0))),
      claimed_until = null,
      last_error = left(coalesce(p_error, 'unknown error'), 1000)
  where id = p_id;
  return case when v_row.attempts >= p_max_attempts then 'failed' else 'pending' end;
end;
$$;
revoke execute on function private.finish_notification(bigint, boolean, text, text, integer) from public;
grant execute on function private.finish_notification(bigint, boolean, text, text, integer) to service_role;

create function public.claim_notifications(p_limit integer default 20, p_claim_seconds integer default 120)
returns table (id bigint, kind text, dedupe_key text, recipient text, language text, payload jsonb, attempts integer)
language sql
volatile
security invoker
set search_path = ''
as $$
  select c.id, c.kind, c.dedupe_key, c.recipient, c.language, c.payload, c.attempts
  from private.claim_notifications(p_limit, p_claim_seconds) c
$$;
comment on function public.claim_notifications(integer, integer) is 'Service role: claims due notification e-mails for sending (send-notifications).';
revoke all on function public.claim_notifications(integer, integer) from public, anon, authenticated;
grant execute on function public.claim_notifications(integer, integer) to service_role;

create function public.finish_notification(p_id bigint, p_ok boolean, p_error text default null,
  p_provider_message_id text default null, p_max_attempts integer default 6)
returns text
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.finish_notification(p_id, p_ok, p_error, p_provider_message_id, p_max_attempts)
$$;
comment on function public.finish_notification(bigint, boolean, text, text, integer) is 'Service role: records the outcome of sending a claimed notification.';
revoke all on function public.finish_notification(bigint, boolean, text, text, integer) from public, anon, authenticated;
grant execute on function public.finish_notification(bigint, boolean, text, text, integer) to service_role;

-- ── settings ────────────────────────────────────────────────────────────────────────────
-- Changes only preferences.notifications, in one statement, so saving it never overwrites a
-- concurrent change of another preference (and the reverse). Runs as the caller: RLS and the
-- column privilege on `preferences` decide, the check constraint validates.
create function public.set_my_notification_preferences(p_report_ready boolean, p_weekly_progress boolean)
returns jsonb
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_result jsonb;
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Not signed in', detail = 'not_signed_in';
  end if;
  if p_report_ready is null or p_weekly_progress is null then
    raise exception using errcode = '22023', message = 'Both notification switches are required',
      detail = 'invalid_notification_preferences';
  end if;
  update public.user_profiles
  set preferences = jsonb_set(preferences, '{notifications}',
        jsonb_build_object('report_ready', p_report_ready, 'weekly_progress', p_weekly_progress))
  where id = v_uid
  returning preferences -> 'notifications' into v_result;
  if v_result is null then
    raise exception using errcode = 'PT404', message = 'Profile not found', detail = 'profile_not_found';
  end if;
  return v_result;
end;
$$;
comment on function public.set_my_notification_preferences(boolean, boolean) is 'Switches the caller''s notification e-mails on or off.';
revoke all on function public.set_my_notification_preferences(boolean, boolean) from public, anon, authenticated, service_role;
grant execute on function public.set_my_notification_preferences(boolean, boolean) to authenticated;
