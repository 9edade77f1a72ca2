-- ════════════════════════════════════════════════════════════════════════════════════════
-- The plan in force, and the limits create_interview_session checks, kept on the user's profile.
--
-- The create read the plan from `subscriptions` (4 indexes) and `plans` (3): 9 of the ~20 relations a
-- create locks, and the catalog entries a new database connection loads on its first create. Now the
-- profile row it already locks holds them: `plan_id`, `plan_name`, `plan_interviews_per_month`,
-- `plan_features`, and `plan_valid_until` (when a past_due subscription's grace ends and the plan in
-- force may change without any write; null: only a write can change it).
--
-- Kept in the same transaction as every change that moves them: triggers on `subscriptions` (every
-- insert, update, delete: the Stripe webhook, the cascade of an account deletion, SQL) and on `plans`
-- (a change of what decides or describes a plan), and when a profile is created. A create that finds
-- `plan_valid_until` passed recomputes them first. Written only by these definer functions: users can
-- read them (their own profile) but hold no update privilege on them.
--
-- Lock order (docs/data-model.md): a profile before its subscriptions. The webhook's subscription
-- upsert is now the service-role RPC save_subscription, which locks the profile first; the trigger
-- locks it again (a no-op then) for any other writer.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── the plan in force: one definition, for the profile and for current_plan_id ────────────
-- The newest subscription that is active/trialing, or past_due within that plan's grace days (the most
-- expensive plan first); otherwise 'free'. valid_until: the earliest end of a grace period still running.
create function private.plan_in_force(p_user_id uuid)
returns table (plan_id text, plan_name text, plan_interviews_per_month integer, plan_features jsonb,
  plan_valid_until timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
begin
  return query
  with live as (
    select s.plan_id as live_plan_id, p.price_cents, s.created_at,
      case when s.status = 'past_due'
        then coalesce(s.past_due_since, s.updated_at) + make_interval(days => p.past_due_grace_days) end as grace_ends_at
    from public.subscriptions s
    join public.plans p on p.id = s.plan_id
    where s.user_id = p_user_id and s.status in ('active', 'trialing', 'past_due')
  ), in_force as (
    select * from live l where l.grace_ends_at is null or l.grace_ends_at > now()
  ), chosen as (
    select coalesce((select f.live_plan_id from in_force f order by f.price_cents desc, f.created_at desc limit 1),
      'free') as chosen_id
  )
  select c.chosen_id, p.name, p.interviews_per_month, coalesce(p.features, '{}'::jsonb),
    (select min(f.grace_ends_at) from in_force f)
  from chosen c
  left join public.plans p on p.id = c.chosen_id;
end;
$$;
revoke execute on function private.plan_in_force(uuid) from public;

create or replace function private.current_plan_id(p_user_id uuid)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select f.plan_id from private.plan_in_force(p_user_id) f);
end;
$$;

-- ── the columns ───────────────────────────────────────────────────────────────────────────
alter table public.user_profiles
  add column plan_id text,
  add column plan_name text,
  add column plan_interviews_per_month integer,
  add column plan_features jsonb,
  add column plan_valid_until timestamptz;
comment on column public.user_profiles.plan_id is
  'The plan in force (private.plan_in_force), kept by triggers on subscriptions and plans; server-written only.';
comment on column public.user_profiles.plan_valid_until is
  'When a running past_due grace period ends (the plan in force may then change); null: only a write changes it.';

-- Existing rows: filled without touching updated_at (nothing the user edited).
alter table public.user_profiles disable trigger user_profiles_set_updated_at;
update public.user_profiles u
set (plan_id, plan_name, plan_interviews_per_month, plan_features, plan_valid_until) =
  (select f.plan_id, f.plan_name, f.plan_interviews_per_month, f.plan_features, f.plan_valid_until
   from private.plan_in_force(u.id) f)
where true;
alter table public.user_profiles enable trigger user_profiles_set_updated_at;
alter table public.user_profiles
  alter column plan_id set not null,
  alter column plan_features set not null;

-- ── keeping them ──────────────────────────────────────────────────────────────────────────
-- The profiles are locked first and the plan computed by the next statement: a concurrent change of the
-- same user's subscriptions holds the profile until it commits, so that statement's snapshot includes it,
-- and whichever of two changes commits last writes the plan that counts both.
create function private.refresh_profile_plans(p_user_ids uuid[])
returns void
language plpgsql
volatile
security definer
set search_path = ''
as $$
begin
  perform 1 from public.user_profiles p where p.id = any (p_user_ids) order by p.id for no key update;
  update public.user_profiles u
  set plan_id = f.plan_id, plan_name = f.plan_name, plan_interviews_per_month = f.plan_interviews_per_month,
      plan_features = f.plan_features, plan_valid_until = f.plan_valid_until
  from (select distinct x.id from unnest(p_user_ids) as x(id)) x
  cross join lateral private.plan_in_force(x.id) f
  where u.id = x.id
    and (u.plan_id, u.plan_name, u.plan_interviews_per_month, u.plan_features, u.plan_valid_until)
      is distinct from (f.plan_id, f.plan_name, f.plan_interviews_per_month, f.plan_features, f.plan_valid_until);
end;
$$;
revoke execute on function private.refresh_profile_plans(uuid[]) from public;

create function private.set_profile_plan()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select f.plan_id, f.plan_name, f.plan_interviews_per_month, f.plan_features, f.plan_valid_until
  into new.plan_id, new.plan_name, new.plan_interviews_per_month, new.plan_features, new.plan_valid_until
  from private.plan_in_force(new.id) f;
  return new;
end;
$$;
revoke execute on function private.set_profile_plan() from public;
create trigger user_profiles_set_plan
  before insert on public.user_profiles
  for each row execute function private.set_profile_plan();

create function private.refresh_plan_of_subscriber()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.refresh_profile_plans(array[new.user_id]);
  elsif tg_op = 'DELETE' then
    perform private.refresh_profile_plans(array[old.user_id]);
  else
    perform private.refresh_profile_plans(array[old.user_id, new.user_id]);
  end if;
  return null;
end;
$$;
revoke execute on function private.refresh_plan_of_subscriber() from public;
create trigger subscriptions_refresh_profile_plan
  after insert or update or delete on public.subscriptions
  for each row execute function private.refresh_plan_of_subscriber();

-- A plan's name, quota or features describe it; its price and grace days decide which plan is in force.
create function private.refresh_plan_of_its_users()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_ids text[] := array_remove(array[old.id, new.id], null);
  v_users uuid[];
begin
  select array_agg(distinct x.user_id) into v_users
  from (
    select p.id as user_id from public.user_profiles p where p.plan_id = any (v_ids)
    union all
    select s.user_id from public.subscriptions s where s.plan_id = any (v_ids)
  ) x;
  if v_users is not null then
    perform private.refresh_profile_plans(v_users);
  end if;
  return null;
end;
$$;
revoke execute on function private.refresh_plan_of_its_users() from public;
create trigger plans_refresh_profile_plans
  after insert or delete or update of id, name, price_cents, interviews_per_month, features, past_due_grace_days
  on public.plans
  for each row execute function private.refresh_plan_of_its_users();

-- ── the webhook's subscription write, in the lock order ──────────────────────────────────
-- Same effect as PostgREST's upsert on id with every column the webhook sends; the profiles of the new and
-- (if the subscription moves) the old subscriber are locked before the subscription row.
create function private.save_subscription(p_row jsonb)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.subscriptions := jsonb_populate_record(null::public.subscriptions, p_row);
begin
  perform 1 from public.user_profiles p
  where p.id = v.user_id or p.id = (select s.user_id from public.subscriptions s where s.id = v.id)
  order by p.id
  for no key update;
  insert into public.subscriptions (id, user_id, stripe_customer_id, plan_id, stripe_price_id, status, quantity,
    cancel_at_period_end, cancel_at, canceled_at, ended_at, current_period_start, current_period_end, trial_start,
    trial_end, metadata, stripe_created_at, last_event_at)
  values (v.id, v.user_id, v.stripe_customer_id, v.plan_id, v.stripe_price_id, v.status, v.quantity,
    v.cancel_at_period_end, v.cancel_at, v.canceled_at, v.ended_at, v.current_period_start, v.current_period_end,
    v.trial_start, v.trial_end, v.metadata, v.stripe_created_at, v.last_event_at)
  on conflict (id) do update
  set user_id = excluded.user_id, stripe_customer_id = excluded.stripe_customer_id, plan_id = excluded.plan_id,
      stripe_price_id = excluded.stripe_price_id, status = excluded.status, quantity = excluded.quantity,
      cancel_at_period_end = excluded.cancel_at_period_end, cancel_at = excluded.cancel_at,
      canceled_at = excluded.canceled_at, ended_at = excluded.ended_at,
      current_period_start = excluded.current_period_start, current_period_end = excluded.current_period_end,
      trial_start = excluded.trial_start, trial_end = excluded.trial_end, metadata = excluded.metadata,
      stripe_created_at = excluded.stripe_created_at, last_event_at = excluded.last_event_at;
end;
$$;
revoke execute on function private.save_subscription(jsonb) from public, anon, authenticated;
grant execute on function private.save_subscription(jsonb) to service_role;

create function public.save_subscription(p_row jsonb)
returns void language plpgsql security invoker set search_path = ''
as $$ begin perform private.save_subscription(p_row); end $$;
revoke execute on function public.save_subscription(jsonb) from public, anon, authenticated;
grant execute on function public.save_subscription(jsonb) to service_role;

-- ── the create reads the plan from the profile it locks ──────────────────────────────────
create or replace function private.create_interview_session(
  p_title text default null,
  p_job_role text default null,
  p_custom_role text default null,
  p_company text default null,
  p_interview_type text default 'mixed',
  p_difficulty text default 'medium',
  p_tech_stack text[] default '{}',
  p_interaction_mode text default 'text',
  p_total_questions integer default 5,
  p_resume_filename text default null,
  p_resume_text text default null,
  p_job_description_filename text default null,
  p_job_description_text text default null,
  p_session_id text default null,
  p_user_id uuid default null,
  p_email text default null
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.assert_caller(p_user_id);
  v_profile public.user_profiles;
  v_used int;
  v_use_bonus boolean := false;
  v_difficulty text := private.normalise_difficulty(coalesce(p_difficulty, 'medium'));
  v_role text := nullif(btrim(coalesce(p_job_role, '')), '');
  v_row public.interview_sessions;
begin
  -- Serialise concurrent creates of the same user so the quota cannot be raced (NO KEY UPDATE: inserts that
  -- only reference the profile, which take a key-share lock on it, need not wait for a create).
  select * into v_profile from public.user_profiles where id = v_uid for no key update;
  if p_email is not null and lower(p_email) <> v_profile.email then
    raise exception using errcode = '42501', message = 'p_email does not match the signed-in user';
  end if;

  if v_role is null and nullif(btrim(coalesce(p_custom_role, '')), '') is null then
    raise exception using errcode = '22023', message = 'A job role is required',
      hint = 'Pass p_job_role (e.g. ''Frontend Developer'') or p_custom_role.';
  end if;
  v_role := coalesce(v_role, btrim(p_custom_role));
  if length(v_role) > 120 then
    raise exception using errcode = '22023', message = 'p_job_role is too long (max 120 characters)';
  end if;
  if coalesce(p_interview_type, 'mixed') not in ('technical', 'behavioral', 'coding', 'system_design', 'mixed') then
    raise exception using errcode = '22023', message = format('Unknown interview type: %s', p_interview_type),
      hint = 'Use technical, behavioral, coding, system_design or mixed.';
  end if;
  if v_difficulty is null then
    raise exception using errcode = '22023', message = format('Unknown difficulty: %s', p_difficulty),
      hint = 'Use easy, medium or hard.';
  end if;
  if coalesce(p_interaction_mode, 'text') not in ('text', 'speech') then
    raise exception using errcode = '22023', message = format('Unknown interaction mode: %s', p_interaction_mode),
      hint = 'Use text or speech.';
  end if;
  if coalesce(p_total_questions, 5) not between 1 and 50 then
    raise exception using errcode = '22023', message = 'p_total_questions must be between 1 and 50';
  end if;
  if p_session_id is not null and p_session_id !~ '^[A-Za-z0-9_-]{8,100}$' then
    raise exception using errcode = '22023', message = 'p_session_id must be 8–100 characters of A–Z, a–z, 0–9, _ or -';
  end if;
  if coalesce(array_length(p_tech_stack, 1), 0) > 30 then
    raise exception using errcode = '22023', message = 'p_tech_stack can hold at most 30 entries';
  end if;

  if v_profile.plan_valid_until <= now() then
    perform private.refresh_profile_plans(array[v_uid]);
    select * into v_profile from public.user_profiles where id = v_uid;
  end if;
  if coalesce(p_interaction_mode, 'text') = 'speech' and not coalesce((v_profile.plan_features ->> 'voice')::boolean, false) then
    raise exception using errcode = 'P0001',
      message = format('Voice mode is not included in your %s plan', v_profile.plan_name),
      detail = 'plan_feature',
      hint = 'Upgrade to Pro to answer by voice, or choose text mode.';
  end if;

  if v_profile.plan_interviews_per_month is not null then
    v_used := private.interviews_used_this_month(v_uid);
    if v_used >= v_profile.plan_interviews_per_month then
      if v_profile.bonus_interviews > 0 then
        v_use_bonus := true;
      else
        raise exception using errcode = 'P0001',
          message = format('Monthly interview limit reached: your %s plan includes %s interviews per month and you have used %s.',
            v_profile.plan_name, v_profile.plan_interviews_per_month, v_used),
          detail = 'quota_exceeded',
          hint = format('The limit resets on %s (UTC). Upgrade to Pro for unlimited interviews.',
            to_char(private.month_start() + interval '1 month', 'YYYY-MM-DD'));
      end if;
    end if;
  end if;

  insert into public.interview_sessions (
    user_id, email, session_id, title, job_role, custom_role, company, interview_type, difficulty,
    tech_stack, interaction_mode, total_questions, resume_filename, resume_text,
    job_description_filename, job_description_text, used_bonus_interview)
  values (
    v_uid, v_profile.email,
    coalesce(p_session_id, 'sess_' || encode(extensions.gen_random_bytes(12), 'hex')),
    coalesce(nullif(btrim(coalesce(p_title, '')), ''), left(v_role || ' interview', 200)),
    v_role, nullif(btrim(coalesce(p_custom_role, '')), ''), nullif(btrim(coalesce(p_company, '')), ''),
    coalesce(p_interview_type, 'mixed'), v_difficulty,
    coalesce((select array_agg(distinct btrim(t)) from unnest(p_tech_stack) t where btrim(t) <> ''), '{}'),
    coalesce(p_interaction_mode, 'text'), coalesce(p_total_questions, 5),
    p_resume_filename, p_resume_text, p_job_description_filename, p_job_description_text, v_use_bonus)
  returning * into v_row;

  if v_use_bonus then
    update public.user_profiles set bonus_interviews = bonus_interviews - 1 where id = v_uid;
  end if;
  return v_row;
end;
$$;
