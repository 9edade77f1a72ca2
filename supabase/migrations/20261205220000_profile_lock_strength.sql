-- ════════════════════════════════════════════════════════════════════════════════════════
-- Two of the interview loop's profile locks, brought in line with the lock order (docs/data-model.md,
-- "Lock order": the profile is taken FOR NO KEY UPDATE for an event, FOR UPDATE only to delete it, and the
-- rows that hang off the profile come after it):
--
-- * create_interview_session serialised a user's creates with FOR UPDATE on the profile. That also blocks
--   every key-share lock on the row, i.e. every insert that references the profile (an AI-call slot of a
--   scoring claim, the day's activity row, a subscription from the Stripe webhook) until the create commits.
--   FOR NO KEY UPDATE still serialises creates (and quota checks) of the same user and lets those through.
-- * take_ai_call_slot pruned the user's expired slots before its insert took the key-share lock on the
--   profile: it held a slot and then waited for the profile, while deleting the user holds the profile and
--   then cascades into the slots (40P01). It takes the key-share lock on the profile first now, and answers
--   profile_missing (PT403, as assert_account_active does) when the profile was deleted meanwhile.
-- ════════════════════════════════════════════════════════════════════════════════════════

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
  v_plan public.plans;
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

  select * into v_plan from public.plans where id = private.current_plan_id(v_uid);
  if coalesce(p_interaction_mode, 'text') = 'speech' and not coalesce((v_plan.features ->> 'voice')::boolean, false) then
    raise exception using errcode = 'P0001',
      message = format('Voice mode is not included in your %s plan', v_plan.name),
      detail = 'plan_feature',
      hint = 'Upgrade to Pro to answer by voice, or choose text mode.';
  end if;

  if v_plan.interviews_per_month is not null then
    v_used := private.interviews_used_this_month(v_uid);
    if v_used >= v_plan.interviews_per_month then
      if v_profile.bonus_interviews > 0 then
        v_use_bonus := true;
      else
        raise exception using errcode = 'P0001',
          message = format('Monthly interview limit reached: your %s plan includes %s interviews per month and you have used %s.',
            v_plan.name, v_plan.interviews_per_month, v_used),
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

create or replace function private.take_ai_call_slot(p_user_id uuid, p_operation text, p_max integer, p_window_seconds integer)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_window interval := make_interval(secs => p_window_seconds);
  v_used integer;
  v_oldest timestamptz;
  v_id bigint;
begin
  if p_user_id is null or p_operation is null or p_max is null or p_max < 0 or coalesce(p_window_seconds, 0) < 1 then
    raise exception using errcode = '22023', message = 'take_ai_call_slot needs a user, an operation, a limit and a window';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('ai_call_slots:' || p_user_id::text || ':' || p_operation, 0));
  -- The profile before its slots (the lock order): the insert below would take this lock anyway, but only
  -- after the delete has locked the expired slots that a deletion of the user cascades into.
  perform 1 from public.user_profiles p where p.id = p_user_id for key share;
  if not found then
    raise exception using errcode = 'PT403', message = 'Your profile is not ready yet. Try again in a moment.',
      detail = 'profile_missing';
  end if;
  delete from private.ai_call_slots s
  where s.user_id = p_user_id and s.operation = p_operation and s.created_at < clock_timestamp() - v_window;
  select count(*)::integer, min(s.created_at) into v_used, v_oldest
  from private.ai_call_slots s where s.user_id = p_user_id and s.operation = p_operation;
  if v_used >= p_max then
    raise exception using errcode = 'PT429',
      message = format('Too many %s requests: at most %s per %s minutes. Try again later.',
        replace(p_operation, '_', ' '), p_max, round(p_window_seconds / 60.0)),
      detail = 'rate_limited',
      hint = format('retry_after_seconds=%s',
        greatest(1, ceil(extract(epoch from coalesce(v_oldest, clock_timestamp()) + v_window - clock_timestamp())))::integer);
  end if;
  insert into private.ai_call_slots (user_id, operation, created_at)
  values (p_user_id, p_operation, clock_timestamp())
  returning id into v_id;
  return v_id;
end;
$$;
