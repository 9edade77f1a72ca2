-- Two-factor authentication enforced in Postgres: a user with a verified factor (auth.mfa_factors)
-- must hold an aal2 session (the access token's `aal` claim, set by Auth once a TOTP code was verified
-- in the session) to delete the account or change billing. Users without a factor are unaffected.

create function private.aal2_satisfied()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(auth.jwt() ->> 'aal', 'aal1') = 'aal2'
      or not exists (
        select 1 from auth.mfa_factors f where f.user_id = (select auth.uid()) and f.status = 'verified'
      );
$$;
comment on function private.aal2_satisfied() is
  'True unless the caller has a verified MFA factor and a session below aal2 (usable in RESTRICTIVE policies).';
revoke execute on function private.aal2_satisfied() from public, anon, authenticated, service_role;
grant execute on function private.aal2_satisfied() to authenticated;

create function private.require_aal2_if_enrolled()
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.aal2_satisfied() then
    raise exception using errcode = 'PT403',
      message = 'Confirm this with a code from your authenticator app first.',
      detail = 'aal2_required',
      hint = 'Sign in again with your two-factor code, then retry.';
  end if;
end;
$$;
revoke execute on function private.require_aal2_if_enrolled() from public, anon, authenticated, service_role;
grant execute on function private.require_aal2_if_enrolled() to authenticated;

-- For the billing edge functions: they act as service_role, so they ask Postgres with the caller's
-- JWT whether the session is strong enough before touching Stripe.
create function public.assert_aal2_if_enrolled()
returns void
language sql
stable
security invoker
set search_path = ''
as $$
  select private.require_aal2_if_enrolled();
$$;
revoke execute on function public.assert_aal2_if_enrolled() from public, anon, authenticated, service_role;
grant execute on function public.assert_aal2_if_enrolled() to authenticated;

create or replace function public.delete_my_account(p_confirm text)
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

-- Billing details (address, card brand and last digits) are readable only from a session that
-- passed the second factor, for anyone who enrolled one. RESTRICTIVE: it narrows the permissive
-- owner/admin policy instead of adding another way in.
create policy "Billing information needs two-factor sign-in when enrolled"
  on public.billing_information as restrictive for select to authenticated
  using ((select private.aal2_satisfied()));
