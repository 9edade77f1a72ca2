-- ════════════════════════════════════════════════════════════════════════════════════════
-- The small helpers the interview loop calls on every request, as plpgsql instead of SQL.
--
-- A `language sql` function that cannot be inlined (every one here: `set search_path` forbids it) is
-- parsed and planned again each time the statement that calls it runs (Postgres 17 keeps no plan for
-- it across executions). Measured on this stack: ~0.25 ms per call for `answered_question_count`
-- against ~0.03 ms for the same query in plpgsql, which keeps its plans for the life of the connection.
-- The loop called these ~60 times per interview: in every RLS check (`is_active_user`, `is_admin`), in
-- the CHECK constraints of each profile or question write, and in the engagement and transcript
-- triggers. Same bodies, same volatility, owners, privileges and signatures: only the language changes.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── RLS ─────────────────────────────────────────────────────────────────────────────────
create or replace function private.is_active_user()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.user_profiles where id = (select auth.uid()) and status = 'active');
end;
$$;

create or replace function private.is_admin()
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (
    select 1 from public.user_profiles where id = (select auth.uid()) and role = 'admin' and status = 'active');
end;
$$;

create or replace function private.user_is_active(p_user_id uuid)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.user_profiles p where p.id = p_user_id and p.status = 'active');
end;
$$;

-- ── validation (CHECK constraints and the field-rule triggers) ───────────────────────────
create or replace function private.is_valid_preferences(p jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  return jsonb_typeof(p) = 'object'
    and (not p ? 'theme' or p ->> 'theme' in ('light', 'dark', 'system'))
    and (not p ? 'language' or (jsonb_typeof(p -> 'language') = 'string' and length(p ->> 'language') between 2 and 16))
    and (not p ? 'timezone' or (jsonb_typeof(p -> 'timezone') = 'string' and length(p ->> 'timezone') between 1 and 64))
    and (not p ? 'notifications'
         or jsonb_typeof(p -> 'notifications') = 'boolean'
         or (jsonb_typeof(p -> 'notifications') = 'object'
             and not exists (select 1 from jsonb_each(p -> 'notifications') as n(key, value)
                             where n.key not in ('report_ready', 'weekly_progress')
                                or jsonb_typeof(n.value) <> 'boolean')));
end;
$$;

create or replace function private.is_valid_evaluation_criteria(p jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  return p is null
    or (jsonb_typeof(p) = 'array'
      and (jsonb_array_length(p) = 0
        or (
          not exists (
            select 1 from jsonb_array_elements(p) e
            where jsonb_typeof(e) <> 'object'
              or jsonb_typeof(e -> 'criterion') is distinct from 'string'
              or jsonb_typeof(e -> 'weight') is distinct from 'number'
              or (e ->> 'weight')::numeric < 0 or (e ->> 'weight')::numeric > 100)
          and (select sum((e ->> 'weight')::numeric) from jsonb_array_elements(p) e) = 100)));
end;
$$;

create or replace function private.is_valid_test_cases(p jsonb)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  return p is null
    or (jsonb_typeof(p) = 'array'
      and not exists (
        select 1 from jsonb_array_elements(p) e
        where jsonb_typeof(e) <> 'object' or not (e ? 'input') or not (e ? 'expectedOutput')));
end;
$$;

-- ── creating an interview ───────────────────────────────────────────────────────────────
create or replace function private.normalise_difficulty(p text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  return case lower(btrim(p))
    when 'easy' then 'easy' when 'beginner' then 'easy' when 'junior' then 'easy'
    when 'medium' then 'medium' when 'mid' then 'medium' when 'intermediate' then 'medium'
    when 'hard' then 'hard' when 'advanced' then 'hard' when 'senior' then 'hard'
  end;
end;
$$;

create or replace function private.month_start()
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
begin
  return date_trunc('month', now() at time zone 'UTC') at time zone 'UTC';
end;
$$;

create or replace function private.current_plan_id(p_user_id uuid)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return coalesce((
    select s.plan_id
    from public.subscriptions s
    join public.plans p on p.id = s.plan_id
    where s.user_id = p_user_id
      and (s.status in ('active', 'trialing')
        or (s.status = 'past_due'
            and coalesce(s.past_due_since, s.updated_at) + make_interval(days => p.past_due_grace_days) > now()))
    order by p.price_cents desc, s.created_at desc
    limit 1
  ), 'free');
end;
$$;

create or replace function private.interviews_used_this_month(p_user_id uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select count(*)::int from public.interview_sessions
          where user_id = p_user_id and created_at >= private.month_start() and not used_bonus_interview);
end;
$$;

-- ── answers, scoring claims, transcript ─────────────────────────────────────────────────
create or replace function private.answered_question_count(p_interview_id uuid)
returns integer
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (select count(*)::int
          from public.interview_responses r
          join public.interview_questions q on q.id = r.question_id
          where r.interview_id = p_interview_id and not q.is_follow_up);
end;
$$;

create or replace function private.answer_message_text(p_row public.interview_responses)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  return left(coalesce(
    nullif(concat_ws(E'\n\n',
      nullif(btrim(coalesce(nullif(btrim(p_row.transcript), ''), p_row.answer_text)), ''),
      nullif(btrim(p_row.code_answer), '')), ''),
    case when p_row.audio_path is not null then '(recorded answer)' else '(no answer)' end), 20000);
end;
$$;

create or replace function private.claim_lease()
returns interval
language plpgsql
immutable
set search_path = ''
as $$
begin
  return interval '15 seconds';
end;
$$;

create or replace function private.scoring_claim_live(p_heartbeat timestamptz)
returns boolean
language plpgsql
stable
set search_path = ''
as $$
begin
  return p_heartbeat is not null and p_heartbeat + private.claim_lease() > clock_timestamp();
end;
$$;

create or replace function private.retry_after_seconds(p_until timestamptz)
returns integer
language plpgsql
stable
set search_path = ''
as $$
begin
  return greatest(1, ceil(extract(epoch from coalesce(p_until, clock_timestamp()) - clock_timestamp())))::integer;
end;
$$;

create or replace function private.response_json(p_row public.interview_responses)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  return to_jsonb(p_row) - 'scoring_started_at';
end;
$$;

create or replace function private.interview_questions_json(p_interview_id uuid)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
begin
  return (
    select coalesce(jsonb_agg(jsonb_build_object(
      'id', q.id, 'order_number', q.order_number, 'question_text', q.question_text, 'question_type', q.question_type,
      'difficulty', q.difficulty, 'skill_category', q.skill_category, 'skills', q.skills,
      'time_limit_seconds', q.time_limit_seconds, 'source', q.source, 'starter_code', q.starter_code,
      'function_name', q.function_name, 'test_cases', q.test_cases, 'bank_question_id', q.bank_question_id)
      order by q.order_number), '[]')
    from public.interview_questions q
    where q.interview_id = p_interview_id and not q.is_follow_up);
end;
$$;

-- ── completion: achievements and the "report ready" e-mail ──────────────────────────────
create or replace function private.award_achievements(p_user_id uuid, p_interview_id uuid default null)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.user_achievements (user_id, achievement_key, interview_id)
  select p.id, a.key, p_interview_id
  from public.user_profiles p
  cross join lateral (values
    ('first_interview', p.completed_interviews >= 1),
    ('five_interviews', p.completed_interviews >= 5),
    ('ten_interviews', p.completed_interviews >= 10),
    ('high_score', coalesce(p.best_score, 0) >= 90),
    ('perfect_score', coalesce(p.best_score, 0) >= 100),
    ('streak_3', p.longest_streak_days >= 3),
    ('streak_7', p.longest_streak_days >= 7),
    ('streak_30', p.longest_streak_days >= 30),
    ('first_chat', p.total_chat_messages >= 1)) as a(key, earned)
  where p.id = p_user_id and a.earned
  on conflict (user_id, achievement_key) do nothing;
end;
$$;

create or replace function private.notification_enabled(p_preferences jsonb, p_kind text)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  return case jsonb_typeof(p_preferences -> 'notifications')
    when 'boolean' then (p_preferences ->> 'notifications')::boolean
    when 'object' then coalesce((p_preferences -> 'notifications' ->> p_kind)::boolean, true)
    else true
  end;
end;
$$;

create or replace function private.email_language(p_preferences jsonb)
returns text
language plpgsql
immutable
set search_path = ''
as $$
begin
  return case when p_preferences ->> 'language' like 'de%' then 'de' else 'en' end;
end;
$$;

-- ── the SPA's RPC wrappers of the loop (invoker; the definer bodies live in private) ──────
create or replace function public.create_interview_session(
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
set search_path = ''
as $$
begin
  return private.create_interview_session(p_title, p_job_role, p_custom_role, p_company, p_interview_type, p_difficulty,
    p_tech_stack, p_interaction_mode, p_total_questions, p_resume_filename, p_resume_text, p_job_description_filename,
    p_job_description_text, p_session_id, p_user_id, p_email);
end;
$$;

create or replace function public.submit_response(
  p_question_id uuid,
  p_answer_text text default null,
  p_code_answer text default null,
  p_code_language text default null,
  p_transcript text default null,
  p_audio_path text default null,
  p_speaking_duration_seconds numeric default null,
  p_time_taken_seconds integer default null,
  p_client_test_results jsonb default null
)
returns public.interview_responses
language plpgsql
set search_path = ''
as $$
begin
  return private.submit_response(p_question_id, p_answer_text, p_code_answer, p_code_language, p_transcript,
    p_audio_path, p_speaking_duration_seconds, p_time_taken_seconds, p_client_test_results);
end;
$$;

create or replace function public.complete_interview(
  p_session_id text,
  p_score numeric,
  p_feedback jsonb default null,
  p_report jsonb default null,
  p_statistics jsonb default null,
  p_duration_seconds integer default null
)
returns public.interview_sessions
language plpgsql
set search_path = ''
as $$
begin
  return private.complete_interview(p_session_id, p_score, p_feedback, p_report, p_statistics, p_duration_seconds);
end;
$$;
