-- ════════════════════════════════════════════════════════════════════════════════════════
-- Deleting an account takes the user's interview sessions before anything else of the user.
--
-- A completion locks its session first, then the owner's profile (its statistics, see
-- 20261205205000_profile_lock_before_activity.sql) and, for the report-ready notification, a key-share lock
-- on the owner's auth.users row. Deleting the user in auth.users locked that row, then deleted the profile
-- by cascade and then, by the profile's cascade, the sessions: a completion running at that moment held
-- the session and waited for the profile (or the auth.users row) while the deletion held those and waited
-- for the session (40P01). delete_my_account and admin_delete_user now lock the user's sessions before the
-- deletion, so they wait for a running completion without holding anything it needs. (A row trigger on
-- auth.users cannot do it: the row is locked before the trigger runs. A deletion through the auth admin
-- API still takes the old order; it answers 40P01 in that race, and a retry deletes the account.)
-- ════════════════════════════════════════════════════════════════════════════════════════

-- Locks every interview session of the user, in one order, before the caller deletes the user.
create function private.lock_sessions_before_account_deletion(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.interview_sessions s where s.user_id = p_user_id order by s.id for update;
end;
$$;
revoke execute on function private.lock_sessions_before_account_deletion(uuid) from public;

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
  perform private.lock_sessions_before_account_deletion(v_uid);
  delete from auth.users where id = v_uid;
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
  perform private.lock_sessions_before_account_deletion(p_user_id);
  delete from auth.users where id = p_user_id;
  insert into public.admin_audit_log (admin_id, action, target_id) values (v_admin, 'delete_user', p_user_id::text);
end;
$$;
