-- Two fixes to the two-factor and sign-in-hook migrations, so that they follow the rules every other
-- function and private table does.
--
-- 1. delete_my_account gained the two-factor check as a security definer function in public, replacing
--    the invoker wrapper there. The definer body belongs in private (not exposed by the API), behind an
--    invoker wrapper of the same signature.
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
  delete from auth.users where id = v_uid;
end;
$$;
revoke all on function private.delete_my_account(text) from public, anon, authenticated, service_role;
grant execute on function private.delete_my_account(text) to authenticated;

create or replace function public.delete_my_account(p_confirm text)
returns void
language sql
volatile
security invoker
set search_path = ''
as $$
  select private.delete_my_account(p_confirm);
$$;
comment on function public.delete_my_account(text) is
  'Deletes the caller''s account and everything it owns; needs p_confirm = ''DELETE'' and a two-factor session when a factor is enrolled.';
revoke all on function public.delete_my_account(text) from public, anon, authenticated, service_role;
grant execute on function public.delete_my_account(text) to authenticated;

-- 2. private.password_verification_attempts is read and written only by the hook, as
--    supabase_auth_admin, the one role with privileges on it; the schema is not exposed. A policy that
--    is always true adds nothing there (as for private.ai_call_slots, RLS stays off).
drop policy "Auth reads and writes sign-in attempts" on private.password_verification_attempts;
alter table private.password_verification_attempts disable row level security;
