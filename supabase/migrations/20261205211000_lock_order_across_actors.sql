-- ════════════════════════════════════════════════════════════════════════════════════════
-- One lock order for a user's rows, whoever takes them: the auth service (sign-in, refresh, sign-out,
-- password/e-mail change, MFA, its admin delete), the user's RPCs and edge functions, admin RPCs, the
-- Stripe webhook and the scheduled jobs. The order (docs/data-model.md, "Lock order"):
--
--   auth.users row → the user's interview sessions (by id) → chat sessions (by id) → user profile
--   → the day's activity row and the profile's other child rows
--
-- (auth.sessions / refresh_tokens / identities / factors are locked by the auth service alone, or by a path
-- that already holds the auth.users row: a sign-in, a block, a deletion.)
--
-- * Deleting a user locks its auth.users row first, whoever deletes it: hosted GoTrue's
--   DELETE /admin/users/:id runs a plain `delete from auth.users`, and a row trigger cannot run before
--   that row is locked. So every other path must never wait for the auth.users row while it holds a row
--   of the user: the report-ready notification of a completion took a key-share lock on auth.users (the
--   outbox referenced auth.users) after the session and the profile; it now references the profile,
--   which the completion already holds. A BEFORE DELETE trigger on auth.users then locks the user's
--   sessions, chat sessions and profile in the order above before the cascade deletes them in its own
--   order, so a completion, an answer or a chat message of that user in flight finishes first.
--   delete_my_account and admin_delete_user no longer lock the sessions before auth.users (that was the
--   reverse order of an auth-API deletion of the same user).
-- * admin_set_user_status locked the profile and then auth.users, while a sign-in updates auth.users
--   (last_sign_in_at) and its trigger then locks the profile: it now locks auth.users first.
-- * The retention job (archive_old_data) locked old interview and chat sessions of many users in scan
--   order; deletion locks a user's sessions by id: both lock by id now.
-- * A referral reward (a payment of the referred user) updated the referral row and then the referrer's
--   profile, while deleting the referrer locks the profile and then cascades into the referral row: the
--   referrer's profile is locked first now.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── the outbox hangs off the profile (deleted with it), so enqueueing never locks auth.users ──
alter table private.notification_outbox drop constraint notification_outbox_user_id_fkey;
alter table private.notification_outbox
  add constraint notification_outbox_user_id_fkey foreign key (user_id) references public.user_profiles (id) on delete cascade;

-- ── deleting a user, by any actor ─────────────────────────────────────────────────────────────
create function private.lock_user_rows_before_deletion()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.interview_sessions s where s.user_id = old.id order by s.id for update;
  perform 1 from public.chat_sessions c where c.user_id = old.id order by c.id for update;
  perform 1 from public.user_profiles p where p.id = old.id for update;
  return old;
end;
$$;
revoke execute on function private.lock_user_rows_before_deletion() from public;
-- Row triggers fire in name order: this one before on_auth_user_deleted, so the archive purge also runs
-- after a retention run that was moving this user's interviews into the archive has committed.
create trigger lock_user_rows_on_auth_user_delete
  before delete on auth.users
  for each row execute function private.lock_user_rows_before_deletion();

create or replace function private.delete_my_account(p_confirm text)
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
  perform private.require_aal2_if_enrolled();
  if p_confirm is distinct from 'DELETE' then
    raise exception using errcode = '22023', message = 'Confirm account deletion by passing p_confirm => ''DELETE''';
  end if;
  delete from auth.users where id = v_uid;   -- lock_user_rows_on_auth_user_delete takes the user's rows in order
end;
$$;

create or replace function private.admin_delete_user(p_user_id uuid)
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
    raise exception using errcode = 'PT404', message = 'User not found', detail = 'user_not_found', hint = 'The user may have been deleted.';
  end if;
  delete from auth.users where id = p_user_id;   -- lock_user_rows_on_auth_user_delete takes the user's rows in order
  insert into public.admin_audit_log (admin_id, action, target_id) values (v_admin, 'delete_user', p_user_id::text);
end;
$$;

drop function private.lock_sessions_before_account_deletion(uuid);

-- ── blocking / unblocking: auth.users before the profile, as a sign-in ───────────────────────
create or replace function private.admin_set_user_status(p_user_id uuid, p_status text)
returns public.user_profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_admin uuid := private.require_admin();
  v_row public.user_profiles;
  v_old text;
begin
  if p_status is null or p_status not in ('active', 'blocked', 'pending') then
    raise exception using errcode = '22023', message = format('Unknown status: %s', p_status),
      hint = 'Use active, blocked or pending.';
  end if;
  if p_user_id is null then
    raise exception using errcode = '22023', message = 'p_user_id is required';
  end if;
  if p_user_id = v_admin then
    raise exception using errcode = 'P0001', message = 'You cannot change your own status';
  end if;
  -- the lock the UPDATE of auth.users below takes, taken before the profile's
  perform 1 from auth.users u where u.id = p_user_id for no key update;
  select status into v_old from public.user_profiles where id = p_user_id for update;
  if v_old is null then
    raise exception using errcode = 'PT404', message = 'User not found', detail = 'user_not_found', hint = 'The user may have been deleted.';
  end if;
  update public.user_profiles set status = p_status where id = p_user_id returning * into v_row;
  update auth.users set banned_until = case when p_status = 'blocked' then 'infinity'::timestamptz end
  where id = p_user_id;
  if p_status = 'blocked' then
    delete from auth.sessions where user_id = p_user_id;   -- refresh tokens cascade
  end if;
  insert into public.admin_audit_log (admin_id, action, target_user_id, details)
  values (v_admin, 'set_user_status', p_user_id, jsonb_build_object('from', v_old, 'to', p_status));
  return v_row;
end;
$$;

-- ── retention: sessions of many users, locked by id like a deletion locks one user's ─────────
create or replace function private.archive_old_data(p_interview_age interval default '2 years', p_chat_age interval default '1 year')
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
  order by s.id
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
  order by c.id
  for update;
  insert into archive.chat_sessions select c.*, now() from public.chat_sessions c where c.id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('chat_sessions', v_n);
  insert into archive.chat_messages select m.*, now() from public.chat_messages m where m.chat_session_id in (select id from _archive_ids);
  get diagnostics v_n = row_count; v_result := v_result || jsonb_build_object('chat_messages', v_n);
  delete from public.chat_sessions c where c.id in (select id from _archive_ids);
  return v_result;
end;
$$;

-- ── referral reward: the referrer's profile before the referral row ───────────────────────────
create or replace function private.reward_referral(p_referred_user_id uuid, p_bonus integer default 3)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_referrer uuid;
begin
  select r.referrer_id into v_referrer from public.referrals r
  where r.referred_user_id = p_referred_user_id and r.status in ('signed_up', 'converted');
  if v_referrer is null then
    return null;
  end if;
  perform 1 from public.user_profiles p where p.id = v_referrer for no key update;
  update public.referrals
  set status = 'rewarded', converted_at = coalesce(converted_at, now()), rewarded_at = now(),
      reward_type = 'bonus_interviews', reward_amount = p_bonus
  where referred_user_id = p_referred_user_id and referrer_id = v_referrer and status in ('signed_up', 'converted')
  returning referrer_id into v_referrer;
  if v_referrer is not null then
    update public.user_profiles set bonus_interviews = bonus_interviews + p_bonus where id = v_referrer;
  end if;
  return v_referrer;
end;
$$;
