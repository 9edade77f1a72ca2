-- ════════════════════════════════════════════════════════════════════════════════════════
-- Referrals (seed 003 table 6, planned there): every profile has a referral_code; a sign-up
-- with raw_user_meta_data.referral_code records a referral; the referred user's first paid
-- payment converts it and rewards the referrer exactly once (bonus interviews).
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.referrals (
  id uuid primary key default gen_random_uuid(),
  referrer_id uuid not null references public.user_profiles (id) on delete cascade,
  referred_user_id uuid references public.user_profiles (id) on delete set null,
  referral_code text not null,
  status text not null default 'signed_up',
  reward_type text,
  reward_amount integer,
  reward_reference text,
  signed_up_at timestamptz not null default now(),
  converted_at timestamptz,
  rewarded_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint referrals_status check (status in ('signed_up', 'converted', 'rewarded', 'void')),
  constraint referrals_not_self check (referred_user_id is null or referred_user_id <> referrer_id),
  constraint referrals_reward_type check (reward_type is null or reward_type in ('bonus_interviews', 'free_month', 'credit')),
  constraint referrals_reward_amount check (reward_amount is null or reward_amount > 0),
  constraint referrals_rewarded_consistency check ((status = 'rewarded') = (rewarded_at is not null))
);
create unique index referrals_referred_user_key on public.referrals (referred_user_id);
create index referrals_referrer_idx on public.referrals (referrer_id, created_at desc);
create trigger referrals_set_updated_at before update on public.referrals
  for each row execute function private.set_updated_at();

revoke all on table public.referrals from anon, authenticated;
grant select (id, referrer_id, referral_code, status, reward_type, reward_amount, signed_up_at, converted_at, rewarded_at, created_at)
  on table public.referrals to authenticated;
alter table public.referrals enable row level security;
create policy "Users can read the referrals they made"
  on public.referrals for select to authenticated
  using (referrer_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all referrals"
  on public.referrals for select to authenticated
  using ((select private.is_admin()));

-- Records the referral at sign-up (fires after on_auth_user_created, which made the profile).
create function private.handle_referral_signup()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_code text := upper(btrim(coalesce(new.raw_user_meta_data ->> 'referral_code', '')));
  v_referrer uuid;
begin
  if v_code = '' then
    return new;
  end if;
  select id into v_referrer from public.user_profiles where referral_code = v_code;
  if v_referrer is not null and v_referrer <> new.id then
    insert into public.referrals (referrer_id, referred_user_id, referral_code)
    values (v_referrer, new.id, v_code)
    on conflict (referred_user_id) do nothing;
  end if;
  return new;   -- an unknown code never blocks the sign-up
end;
$$;
revoke execute on function private.handle_referral_signup() from public;
create trigger on_auth_user_created_referral
  after insert on auth.users
  for each row execute function private.handle_referral_signup();

-- Exactly-once reward: the status guard in the UPDATE serialises concurrent payments.
create function private.reward_referral(p_referred_user_id uuid, p_bonus integer default 3)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_referrer uuid;
begin
  update public.referrals
  set status = 'rewarded', converted_at = coalesce(converted_at, now()), rewarded_at = now(),
      reward_type = 'bonus_interviews', reward_amount = p_bonus
  where referred_user_id = p_referred_user_id and status in ('signed_up', 'converted')
  returning referrer_id into v_referrer;
  if v_referrer is not null then
    update public.user_profiles set bonus_interviews = bonus_interviews + p_bonus where id = v_referrer;
  end if;
  return v_referrer;
end;
$$;
revoke execute on function private.reward_referral(uuid, integer) from public;

create function private.payment_rewards_referral()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.reward_referral(new.user_id);
  return null;
end;
$$;
revoke execute on function private.payment_rewards_referral() from public;
create trigger payment_history_rewards_referral
  after insert or update of status, user_id on public.payment_history
  for each row when (new.status = 'paid' and new.user_id is not null and new.amount_cents > 0)
  execute function private.payment_rewards_referral();

-- Attaches a referral after sign-up (e.g. OAuth sign-ups that could not carry metadata).
create function public.claim_referral(p_referral_code text)
returns public.referrals
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_referrer uuid;
  v_row public.referrals;
begin
  if coalesce(btrim(p_referral_code), '') = '' then
    raise exception using errcode = '22023', message = 'p_referral_code is required';
  end if;
  select id into v_referrer from public.user_profiles where referral_code = upper(btrim(p_referral_code));
  if v_referrer is null then
    raise exception using errcode = '22023', message = 'Unknown referral code';
  end if;
  if v_referrer = v_uid then
    raise exception using errcode = 'P0001', message = 'You cannot use your own referral code';
  end if;
  if exists (select 1 from public.referrals where referred_user_id = v_uid) then
    raise exception using errcode = 'P0001', message = 'A referral is already recorded for your account';
  end if;
  if exists (select 1 from public.payment_history where user_id = v_uid and status = 'paid')
     or (select created_at from public.user_profiles where id = v_uid) < now() - interval '7 days' then
    raise exception using errcode = 'P0001', message = 'Referral codes can only be claimed by new accounts',
      hint = 'Claim within 7 days of signing up and before your first payment.';
  end if;
  insert into public.referrals (referrer_id, referred_user_id, referral_code)
  values (v_referrer, v_uid, upper(btrim(p_referral_code)))
  returning * into v_row;
  return v_row;
end;
$$;
revoke execute on function public.claim_referral(text) from public, anon, authenticated;
grant execute on function public.claim_referral(text) to authenticated;

create function public.get_referral_summary()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  return (
    select jsonb_build_object(
      'referral_code', p.referral_code,
      'signups', (select count(*) from public.referrals r where r.referrer_id = v_uid and r.status <> 'void'),
      'conversions', (select count(*) from public.referrals r where r.referrer_id = v_uid and r.status in ('converted', 'rewarded')),
      'rewards', (select count(*) from public.referrals r where r.referrer_id = v_uid and r.status = 'rewarded'),
      'bonus_interviews_earned', (select coalesce(sum(r.reward_amount), 0) from public.referrals r
                                   where r.referrer_id = v_uid and r.status = 'rewarded' and r.reward_type = 'bonus_interviews'),
      'bonus_interviews_available', p.bonus_interviews)
    from public.user_profiles p where p.id = v_uid);
end;
$$;
revoke execute on function public.get_referral_summary() from public, anon, authenticated;
grant execute on function public.get_referral_summary() to authenticated;
