-- ════════════════════════════════════════════════════════════════════════════════════════
-- Every reader of the plan in force reads it from the profile, as create_interview_session does.
--
-- The coach's policies and checks (user_has_feature / can_use_feature), get_plan_usage (the dashboard, the
-- new-interview page, the coach-chat function) and admin_list_users still computed it from `subscriptions`
-- and `plans` through current_plan_id, a second answer that only matched the profile's while the triggers
-- kept it. Now they all take private.profile_plan: the profile's columns, or, once the grace period they
-- counted on has ended with no write since (plan_valid_until passed), the plan computed again. The create
-- stores that recomputed plan; readers leave it, since PostgREST runs stable functions in a read-only
-- transaction. current_plan_id has no callers left and is dropped.
-- ════════════════════════════════════════════════════════════════════════════════════════

create function private.profile_plan(p_profile public.user_profiles)
returns table (plan_id text, plan_name text, plan_interviews_per_month integer, plan_features jsonb,
  plan_valid_until timestamptz, recomputed boolean)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if p_profile.plan_valid_until <= now() then
    return query
    select f.plan_id, f.plan_name, f.plan_interviews_per_month, f.plan_features, f.plan_valid_until, true
    from private.plan_in_force(p_profile.id) f;
  else
    return query
    select p_profile.plan_id, p_profile.plan_name, p_profile.plan_interviews_per_month, p_profile.plan_features,
      p_profile.plan_valid_until, false;
  end if;
end;
$$;
revoke execute on function private.profile_plan(public.user_profiles) from public;

-- ── the coach's policies and checks ─────────────────────────────────────────────────────
create or replace function private.user_has_feature(p_user_id uuid, p_feature text)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce((
    select (f.plan_features ->> p_feature)::boolean
    from public.user_profiles p
    cross join lateral private.profile_plan(p) f
    where p.id = p_user_id
  ), false);
end;
$$;

create or replace function private.can_use_feature(p_feature text)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return private.user_has_feature((select auth.uid()), p_feature);
end;
$$;

-- ── get_plan_usage ──────────────────────────────────────────────────────────────────────
-- The plan from the profile; the subscription fields still describe the newest subscription.
create or replace function private.get_plan_usage()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_profile public.user_profiles;
  v_plan record;
  v_sub public.subscriptions;
  v_used int;
begin
  select * into v_profile from public.user_profiles where id = v_uid;
  select * into v_plan from private.profile_plan(v_profile);
  select * into v_sub from public.subscriptions where user_id = v_uid
    order by (status in ('active', 'trialing', 'past_due')) desc, created_at desc limit 1;
  v_used := private.interviews_used_this_month(v_uid);
  return jsonb_build_object(
    'plan_id', v_plan.plan_id,
    'plan_name', v_plan.plan_name,
    'features', v_plan.plan_features,
    'interviews_used', v_used,
    'interviews_limit', v_plan.plan_interviews_per_month,
    'interviews_remaining', case when v_plan.plan_interviews_per_month is null then null
                                 else greatest(v_plan.plan_interviews_per_month - v_used, 0) end,
    'bonus_interviews', v_profile.bonus_interviews,
    'period_start', private.month_start(),
    'period_end', private.month_start() + interval '1 month',
    'subscription_id', v_sub.id,
    'subscription_status', v_sub.status,
    'cancel_at_period_end', v_sub.cancel_at_period_end,
    'current_period_end', v_sub.current_period_end,
    'past_due', v_sub.status = 'past_due',
    'grace_until', case when v_sub.status = 'past_due'
                        then coalesce(v_sub.past_due_since, v_sub.updated_at)
                               + make_interval(days => (select p.past_due_grace_days from public.plans p where p.id = v_sub.plan_id)) end
  );
end;
$$;

-- ── admin_list_users ────────────────────────────────────────────────────────────────────
create or replace function private.admin_list_users(
  p_search text default null,
  p_status text default null,
  p_role text default null,
  p_limit integer default 50,
  p_offset integer default 0
)
returns table (id uuid, email text, username text, full_name text, role text, status text,
  created_at timestamptz, last_login_at timestamptz, last_activity_at timestamptz, plan_id text,
  subscription_status text, total_interviews integer, completed_interviews integer,
  average_score numeric, total_count bigint)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_pattern text;
begin
  perform private.require_admin();
  if p_status is not null and p_status not in ('active', 'blocked', 'pending') then
    raise exception using errcode = '22023', message = format('Unknown status filter: %s', p_status);
  end if;
  if p_role is not null and p_role not in ('user', 'admin') then
    raise exception using errcode = '22023', message = format('Unknown role filter: %s', p_role);
  end if;
  if coalesce(p_limit, 50) not between 1 and 200 or coalesce(p_offset, 0) < 0 then
    raise exception using errcode = '22023', message = 'p_limit must be 1–200 and p_offset >= 0';
  end if;
  v_pattern := case when nullif(btrim(coalesce(p_search, '')), '') is null then null
                    else '%' || replace(replace(replace(lower(btrim(p_search)), '\', '\\'), '%', '\%'), '_', '\_') || '%' end;
  return query
    select p.id, p.email, p.username, p.full_name, p.role, p.status, p.created_at, p.last_login_at,
           p.last_activity_at, (select f.plan_id from private.profile_plan(p) f),
           (select s.status from public.subscriptions s where s.user_id = p.id order by s.created_at desc limit 1),
           p.total_interviews, p.completed_interviews, p.average_score, count(*) over ()
    from public.user_profiles p
    where (v_pattern is null or p.email like v_pattern or lower(coalesce(p.full_name, '')) like v_pattern or p.username like v_pattern)
      and (p_status is null or p.status = p_status)
      and (p_role is null or p.role = p_role)
    order by p.created_at desc
    limit coalesce(p_limit, 50) offset coalesce(p_offset, 0);
end;
$$;

drop function private.current_plan_id(uuid);

-- ── the create: the same reading, and it stores a recomputed plan ────────────────────────
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
  v_plan record;
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

  select * into v_plan from private.profile_plan(v_profile);
  if v_plan.recomputed then
    perform private.refresh_profile_plans(array[v_uid]);
  end if;
  if coalesce(p_interaction_mode, 'text') = 'speech' and not coalesce((v_plan.plan_features ->> 'voice')::boolean, false) then
    raise exception using errcode = 'P0001',
      message = format('Voice mode is not included in your %s plan', v_plan.plan_name),
      detail = 'plan_feature',
      hint = 'Upgrade to Pro to answer by voice, or choose text mode.';
  end if;

  if v_plan.plan_interviews_per_month is not null then
    v_used := private.interviews_used_this_month(v_uid);
    if v_used >= v_plan.plan_interviews_per_month then
      if v_profile.bonus_interviews > 0 then
        v_use_bonus := true;
      else
        raise exception using errcode = 'P0001',
          message = format('Monthly interview limit reached: your %s plan includes %s interviews per month and you have used %s.',
            v_plan.plan_name, v_plan.plan_interviews_per_month, v_used),
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
