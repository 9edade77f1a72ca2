-- ════════════════════════════════════════════════════════════════════════════════════════
-- A sign-in that races with blocking the user keeps no session.
--
-- The auth service checks the ban before its sign-in transaction (GoTrue reads the user, then opens the
-- transaction that creates the session and sets last_sign_in_at). When admin_set_user_status blocks the
-- user in between, its deletion of the user's sessions cannot see the session being created, and the
-- blocked user kept a session (its refresh failed, but the session stayed listed and alive until then).
-- The sign-in's update of last_sign_in_at waits for the block's lock on auth.users and then reads the
-- blocked row, so this trigger ends the sessions there, in the sign-in's own transaction
-- (auth.users → auth.sessions → refresh tokens, the order every path takes).
-- ════════════════════════════════════════════════════════════════════════════════════════

create function private.end_sessions_of_banned_sign_in()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from auth.sessions where user_id = new.id;   -- refresh tokens cascade
  return null;
end;
$$;
revoke execute on function private.end_sessions_of_banned_sign_in() from public;

create trigger on_auth_user_signed_in_while_banned
  after update of last_sign_in_at on auth.users
  for each row
  when (new.banned_until is not null and new.banned_until > now())
  execute function private.end_sessions_of_banned_sign_in();
