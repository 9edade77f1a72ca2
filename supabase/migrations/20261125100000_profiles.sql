-- ════════════════════════════════════════════════════════════════════════════════════════
-- Profiles: the private helper schema, shared trigger/validation helpers, user_profiles and
-- the auth.users triggers that create and sync them.
-- Seeds: 003 table 1 (user_profiles), 000/002 users, 001 users (role, status, preferences,
-- profile + resume, stats).
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── private schema: definer helpers and internal tables, never exposed by PostgREST ─────────
create schema if not exists private;
revoke all on schema private from public;
-- Policies call private.is_active_user()/private.is_admin() and check constraints call the
-- immutable validators, so the API roles need usage (but execute only on those functions).
grant usage on schema private to authenticated, service_role;
alter default privileges in schema private revoke execute on functions from public;

-- ── shared helpers ──────────────────────────────────────────────────────────────────────
create function private.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
revoke execute on function private.set_updated_at() from public;

-- Immutable validators used by check constraints (executed with the writer's privileges).
create function private.is_valid_preferences(p jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select jsonb_typeof(p) = 'object'
    and (not p ? 'theme' or p ->> 'theme' in ('light', 'dark', 'system'))
    and (not p ? 'language' or (jsonb_typeof(p -> 'language') = 'string' and length(p ->> 'language') between 2 and 16))
    and (not p ? 'timezone' or (jsonb_typeof(p -> 'timezone') = 'string' and length(p ->> 'timezone') between 1 and 64))
    and (not p ? 'notifications' or jsonb_typeof(p -> 'notifications') in ('boolean', 'object'))
$$;

create function private.contains_card_number(p text)
returns boolean
language sql
immutable
set search_path = ''
as $$
  -- 13–19 digits, optionally separated by single spaces or dashes: the shape of a PAN.
  select coalesce(p ~ '[0-9]([ -]?[0-9]){12,18}', false)
$$;

revoke execute on function private.is_valid_preferences(jsonb), private.contains_card_number(text) from public;
grant execute on function private.is_valid_preferences(jsonb), private.contains_card_number(text) to authenticated, service_role;

create function private.generate_referral_code()
returns text
language sql
volatile
set search_path = ''
as $$
  -- 10 chars of Crockford-ish base32 (no 0/O/1/I confusion).
  select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', (get_byte(b, i) % 32) + 1, 1), '' order by i)
  from extensions.gen_random_bytes(10) as b, generate_series(0, 9) as i
$$;
revoke execute on function private.generate_referral_code() from public;

-- ── user_profiles ───────────────────────────────────────────────────────────────────────
create table public.user_profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  username text not null,
  full_name text,
  avatar_url text,
  bio text,
  location text,
  website text,
  skills text[] not null default '{}',
  experience_level text,
  resume_filename text,
  resume_url text,
  resume_text text,
  resume_uploaded_at timestamptz,
  preferences jsonb not null default '{"theme": "system", "language": "en", "timezone": "UTC", "notifications": true}',
  role text not null default 'user',
  status text not null default 'active',
  email_verified boolean not null default false,
  last_login_at timestamptz,
  login_count integer not null default 0,
  referral_code text not null default private.generate_referral_code(),
  bonus_interviews integer not null default 0,
  total_interviews integer not null default 0,
  completed_interviews integer not null default 0,
  average_score numeric(5, 2),
  best_score numeric(5, 2),
  total_practice_seconds integer not null default 0,
  total_chat_messages integer not null default 0,
  current_streak_days integer not null default 0,
  longest_streak_days integer not null default 0,
  last_activity_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint user_profiles_email_lowercase check (email = lower(email)),
  constraint user_profiles_email_format check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  constraint user_profiles_username_format check (username ~ '^[a-z0-9_.-]{3,40}$'),
  constraint user_profiles_full_name_length check (full_name is null or length(full_name) <= 200),
  constraint user_profiles_bio_length check (bio is null or length(bio) <= 2000),
  constraint user_profiles_website_format check (website is null or website ~* '^https?://'),
  constraint user_profiles_experience_level check (experience_level is null or experience_level in ('junior', 'mid', 'senior')),
  constraint user_profiles_resume_text_length check (resume_text is null or length(resume_text) <= 100000),
  constraint user_profiles_preferences_valid check (private.is_valid_preferences(preferences)),
  constraint user_profiles_role check (role in ('user', 'admin')),
  constraint user_profiles_status check (status in ('active', 'blocked', 'pending')),
  constraint user_profiles_counts_non_negative check (
    login_count >= 0 and bonus_interviews >= 0 and total_interviews >= 0 and completed_interviews >= 0
    and total_practice_seconds >= 0 and total_chat_messages >= 0 and current_streak_days >= 0 and longest_streak_days >= 0),
  constraint user_profiles_scores_range check (
    (average_score is null or average_score between 0 and 100) and (best_score is null or best_score between 0 and 100))
);
comment on table public.user_profiles is 'One row per auth user (created by trigger on auth.users insert). role/status/stats are server-written only.';

create unique index user_profiles_email_key on public.user_profiles (email);
create unique index user_profiles_username_key on public.user_profiles (username);
create unique index user_profiles_referral_code_key on public.user_profiles (referral_code);
create index user_profiles_role_status_idx on public.user_profiles (role, status);
create index user_profiles_created_at_idx on public.user_profiles (created_at desc);
create index user_profiles_last_activity_idx on public.user_profiles (last_activity_at desc);

create trigger user_profiles_set_updated_at
  before update on public.user_profiles
  for each row execute function private.set_updated_at();

-- ── access helpers (definer: they read user_profiles without RLS recursion) ─────────────
create function private.is_active_user()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_profiles
    where id = (select auth.uid()) and status = 'active'
  )
$$;

create function private.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_profiles
    where id = (select auth.uid()) and role = 'admin' and status = 'active'
  )
$$;

revoke execute on function private.is_active_user(), private.is_admin() from public;
grant execute on function private.is_active_user(), private.is_admin() to authenticated, service_role;

-- For definer RPCs: the caller's id, or a 42501 error when signed out / not active.
create function private.require_active_user()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_status text;
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Not signed in',
      hint = 'Call this function with a signed-in user''s access token.';
  end if;
  select status into v_status from public.user_profiles where id = v_uid;
  if v_status is null then
    raise exception using errcode = '42501', message = 'No profile exists for the current user';
  elsif v_status <> 'active' then
    raise exception using errcode = '42501', message = format('Your account is %s', v_status),
      hint = 'Contact support if you think this is a mistake.';
  end if;
  return v_uid;
end;
$$;

create function private.require_admin()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  if not private.is_admin() then
    raise exception using errcode = '42501', message = 'Administrator role required';
  end if;
  return v_uid;
end;
$$;

-- Rejects a seed-003 style p_user_id that is not the caller.
create function private.assert_caller(p_user_id uuid)
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  if p_user_id is not null and p_user_id <> v_uid then
    raise exception using errcode = '42501', message = 'p_user_id does not match the signed-in user',
      detail = 'The user is always taken from the access token.',
      hint = 'Omit p_user_id or pass your own id.';
  end if;
  return v_uid;
end;
$$;
revoke execute on function private.require_active_user(), private.require_admin(), private.assert_caller(uuid) from public;

-- ── username generation ─────────────────────────────────────────────────────────────────
create function private.username_base(p_source text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case when length(b) < 3 then rpad(b, 3, '0') else b end
  from (select left(coalesce(nullif(regexp_replace(lower(coalesce(p_source, '')), '[^a-z0-9_.-]+', '', 'g'), ''), 'user'), 30) as b) s
$$;
revoke execute on function private.username_base(text) from public;

create function private.available_username(p_wanted text, p_email text)
returns text
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_candidate text;
  v_base text;
begin
  if p_wanted is not null and lower(p_wanted) ~ '^[a-z0-9_.-]{3,40}$'
     and not exists (select 1 from public.user_profiles where username = lower(p_wanted)) then
    return lower(p_wanted);
  end if;
  v_base := private.username_base(split_part(coalesce(p_email, ''), '@', 1));
  v_candidate := v_base;
  while exists (select 1 from public.user_profiles where username = v_candidate) loop
    v_candidate := v_base || '_' || substr(md5(random()::text), 1, 5);
  end loop;
  return v_candidate;
end;
$$;
revoke execute on function private.available_username(text, text) from public;

-- ── auth.users triggers ─────────────────────────────────────────────────────────────────
create function private.handle_new_auth_user()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  v_email text := lower(coalesce(new.email, new.id::text || '@users.invalid'));
  v_attempt int := 0;
begin
  loop
    begin
      insert into public.user_profiles (id, email, username, full_name, avatar_url, email_verified, last_login_at)
      values (
        new.id,
        v_email,
        private.available_username(case when v_attempt = 0 then v_meta ->> 'username' end, v_email),
        nullif(left(coalesce(v_meta ->> 'full_name', v_meta ->> 'name', ''), 200), ''),
        nullif(coalesce(v_meta ->> 'avatar_url', v_meta ->> 'picture', ''), ''),
        new.email_confirmed_at is not null,
        new.last_sign_in_at
      );
      return new;
    exception when unique_violation then
      -- A concurrent sign-up took the username (or, rarely, the referral code): retry.
      v_attempt := v_attempt + 1;
      if v_attempt > 5 then
        raise;
      end if;
    end;
  end loop;
end;
$$;
revoke execute on function private.handle_new_auth_user() from public;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute function private.handle_new_auth_user();

create function private.handle_auth_user_updated()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.user_profiles p
  set email = case when new.email is distinct from old.email and new.email is not null then lower(new.email) else p.email end,
      email_verified = new.email_confirmed_at is not null,
      last_login_at = coalesce(new.last_sign_in_at, p.last_login_at),
      login_count = p.login_count + case when new.last_sign_in_at is distinct from old.last_sign_in_at and new.last_sign_in_at is not null then 1 else 0 end
  where p.id = new.id
    and (new.email is distinct from old.email
      or new.email_confirmed_at is distinct from old.email_confirmed_at
      or new.last_sign_in_at is distinct from old.last_sign_in_at);
  return new;
end;
$$;
revoke execute on function private.handle_auth_user_updated() from public;

create trigger on_auth_user_updated
  after update of email, email_confirmed_at, last_sign_in_at on auth.users
  for each row execute function private.handle_auth_user_updated();

-- ── privileges + RLS ────────────────────────────────────────────────────────────────────
revoke all on table public.user_profiles from anon, authenticated;
grant select on table public.user_profiles to authenticated;
grant update (username, full_name, avatar_url, bio, location, website, skills, experience_level,
  resume_filename, resume_url, resume_text, resume_uploaded_at, preferences)
  on table public.user_profiles to authenticated;

alter table public.user_profiles enable row level security;

create policy "Users can read their own profile"
  on public.user_profiles for select to authenticated
  using (id = (select auth.uid()) and (select private.is_active_user()));

create policy "Admins can read all profiles"
  on public.user_profiles for select to authenticated
  using ((select private.is_admin()));

create policy "Users can update their own profile"
  on public.user_profiles for update to authenticated
  using (id = (select auth.uid()) and (select private.is_active_user()))
  with check (id = (select auth.uid()));
