-- Sign-in lockout as Supabase's Password Verification Attempt auth hook, so hosted projects have it
-- too (config.toml [auth.hook.password_verification_attempt]). Auth calls the hook as
-- supabase_auth_admin after checking a password of a KNOWN user, with {user_id, valid, ...}:
-- - 5 consecutive failures (each within 15 minutes of the previous one) lock password sign-in for
--   15 minutes; while locked every attempt, right password included, is refused;
-- - a refusal is the hook's error object {error: {http_code: 429, message}}: auth answers HTTP 429
--   with that message (on hosted the error code is then 'unknown'; the SPA treats a 429 of a password
--   sign-in that is not a rate limit as the lock). decision 'reject' would answer 400
--   invalid_credentials, which a client cannot tell from a wrong password;
-- - a correct password while not locked clears the counter;
-- - any completed sign-in (e-mail link, OAuth, password) and any password change clear it too: the
--   trigger below watches auth.users.last_sign_in_at, which auth sets whenever it issues a new
--   session, and encrypted_password. A lock never stops an e-mail link, since anyone can lock anyone
--   by failing on purpose.
-- Unknown e-mails are never passed to the hook, so they are not counted.

create table private.password_verification_attempts (
  user_id uuid primary key references auth.users (id) on delete cascade,
  failed_count integer not null default 0 check (failed_count >= 0),
  last_failed_at timestamptz,
  locked_until timestamptz
);
comment on table private.password_verification_attempts is
  'Failed password sign-ins per user for the password verification hook (written only by supabase_auth_admin).';

revoke all on table private.password_verification_attempts from public, anon, authenticated, service_role;
grant select, insert, update, delete on table private.password_verification_attempts to supabase_auth_admin;
alter table private.password_verification_attempts enable row level security;
create policy "Auth reads and writes sign-in attempts"
  on private.password_verification_attempts for all to supabase_auth_admin
  using (true) with check (true);
-- user_id is the primary key (indexed); no other policy or foreign-key column.

-- The hook runs with the caller's rights (supabase_auth_admin), which needs the schema for the table.
grant usage on schema private to supabase_auth_admin;

create function public.hook_password_verification_attempt(event jsonb)
returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  max_failures constant integer := 5;
  lock_period constant interval := interval '15 minutes';
  v_user uuid := (event ->> 'user_id')::uuid;
  v_valid boolean := coalesce((event ->> 'valid')::boolean, false);
  v_row private.password_verification_attempts;
  v_minutes integer;
begin
  if v_user is null then
    return jsonb_build_object('decision', 'continue');
  end if;
  -- One row per user, locked for the rest of this (single-statement) transaction: concurrent
  -- attempts for one user are counted one after the other, so parallel guesses cannot exceed the limit.
  insert into private.password_verification_attempts as a (user_id) values (v_user)
  on conflict (user_id) do update set user_id = excluded.user_id
  returning * into v_row;

  if v_row.locked_until is not null and v_row.locked_until > now() then
    v_minutes := greatest(1, ceil(extract(epoch from v_row.locked_until - now()) / 60)::integer);
    return jsonb_build_object('error', jsonb_build_object(
      'http_code', 429,
      'message', format('Too many failed sign-in attempts. Try again in %s minute%s, or sign in with a link sent by email.',
        v_minutes, case when v_minutes = 1 then '' else 's' end)));
  end if;

  if v_valid then
    delete from private.password_verification_attempts where user_id = v_user;
    return jsonb_build_object('decision', 'continue');
  end if;

  update private.password_verification_attempts
     set failed_count = case
           when last_failed_at is null or last_failed_at < now() - lock_period or locked_until is not null then 1
           else failed_count + 1 end,
         last_failed_at = now(),
         locked_until = null
   where user_id = v_user
  returning * into v_row;
  if v_row.failed_count >= max_failures then
    update private.password_verification_attempts set locked_until = now() + lock_period where user_id = v_user;
  end if;
  -- This attempt itself gets the ordinary "Invalid login credentials"; the next one finds the lock.
  return jsonb_build_object('decision', 'continue');
end;
$$;
revoke execute on function public.hook_password_verification_attempt(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.hook_password_verification_attempt(jsonb) to supabase_auth_admin;

-- A completed sign-in or a new password clears the counter: auth updates last_sign_in_at whenever it
-- issues a session (password, e-mail link, OAuth), so the owner who follows a magic or recovery link
-- gets in and lifts the lock, on hosted exactly as locally.
create function private.clear_password_verification_attempts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from private.password_verification_attempts where user_id = new.id;
  return null;
end;
$$;
revoke execute on function private.clear_password_verification_attempts() from public, anon, authenticated, service_role;

create trigger on_auth_user_signed_in_clear_password_attempts
  after update of last_sign_in_at, encrypted_password on auth.users
  for each row
  when (new.last_sign_in_at is distinct from old.last_sign_in_at
        or new.encrypted_password is distinct from old.encrypted_password)
  execute function private.clear_password_verification_attempts();
