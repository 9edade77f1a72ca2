-- ════════════════════════════════════════════════════════════════════════════════════════
-- Machine codes for the refusals the app reacts to. The SPA told them apart by the words of the
-- message ("interview limit reached", "not included in your … plan", "already been scored"); each
-- now carries its code in `detail`, as the not-found and busy errors do, so that the words can change
-- (or be translated) without breaking the app. SQLSTATEs and messages are unchanged:
--   quota_exceeded   create_interview_session, monthly limit used up (the reset date moves to `hint`)
--   plan_feature     create_interview_session, voice on a plan without it
--   already_scored   submit_response and the interview_responses guard, answer already scored
--   not_authenticated  require_active_user (every RPC of a signed-in user), called without a user; the same
--                    code the edge functions answer with
-- The bodies are otherwise those of the latest migration that defined them, replaced in place
-- (`create or replace` keeps owner and grants); the definers of `public` live in `private` behind
-- invoker wrappers of the same name.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.interview_response_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_question record;
begin
  select q.interview_id, q.user_id into v_question from public.interview_questions q where q.id = new.question_id;
  if v_question.interview_id is null then
    raise exception using errcode = '23503', message = 'Interview question not found';
  end if;
  new.interview_id := v_question.interview_id;
  new.user_id := v_question.user_id;
  if tg_op = 'UPDATE' then
    if old.evaluated_at is not null and (
      new.answer_text is distinct from old.answer_text or new.code_answer is distinct from old.code_answer
      or new.transcript is distinct from old.transcript or new.audio_path is distinct from old.audio_path
      or new.code_language is distinct from old.code_language
      or new.client_test_results is distinct from old.client_test_results
      or new.speaking_duration_seconds is distinct from old.speaking_duration_seconds
      or new.time_taken_seconds is distinct from old.time_taken_seconds) then
      raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed',
        detail = 'already_scored';
    end if;
    if new.question_id is distinct from old.question_id then
      raise exception using errcode = 'P0001', message = 'A response cannot move to another question';
    end if;
  end if;
  return new;
end;
$$;

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
  -- Serialise concurrent creates of the same user so the quota cannot be raced.
  select * into v_profile from public.user_profiles where id = v_uid for update;
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

create or replace function private.submit_response(
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
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_question public.interview_questions;
  v_session public.interview_sessions;
  v_existing public.interview_responses;
  v_row public.interview_responses;
  v_count int;
begin
  if p_question_id is null then
    raise exception using errcode = '22023', message = 'p_question_id is required';
  end if;
  select * into v_question from public.interview_questions where id = p_question_id;
  if v_question.id is null then
    raise exception using errcode = 'PT404', message = 'This interview question does not exist.',
      detail = 'question_not_found', hint = 'Reload the interview to get its current questions.';
  end if;
  if v_question.user_id <> v_uid then
    raise exception using errcode = '42501', message = 'This question belongs to another user''s interview';
  end if;
  -- no key update: inserts of answers and questions (foreign keys) are not blocked by this lock
  select * into v_session from public.interview_sessions where id = v_question.interview_id for no key update;
  if v_session.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'P0001', message = format('This interview is %s; answers can no longer be submitted', v_session.status);
  end if;
  if coalesce(length(btrim(p_answer_text)), 0) = 0 and coalesce(length(btrim(p_code_answer)), 0) = 0
     and coalesce(length(btrim(p_transcript)), 0) = 0 and p_audio_path is null then
    raise exception using errcode = '22023', message = 'An answer is required',
      hint = 'Pass p_answer_text, p_code_answer, p_transcript or p_audio_path.';
  end if;
  if coalesce(length(p_answer_text), 0) > 20000 or coalesce(length(p_code_answer), 0) > 50000 or coalesce(length(p_transcript), 0) > 50000 then
    raise exception using errcode = '22023', message = 'Answer too long (text ≤ 20000, code/transcript ≤ 50000 characters)';
  end if;
  if p_audio_path is not null and p_audio_path not like v_uid::text || '/%' then
    raise exception using errcode = '22023', message = 'p_audio_path must be inside your own storage folder',
      hint = format('Upload to %s/… in the recordings bucket.', v_uid);
  end if;
  if p_speaking_duration_seconds is not null and p_speaking_duration_seconds not between 0 and 7200 then
    raise exception using errcode = '22023', message = 'p_speaking_duration_seconds must be between 0 and 7200';
  end if;
  if p_time_taken_seconds is not null and p_time_taken_seconds not between 0 and 86400 then
    raise exception using errcode = '22023', message = 'p_time_taken_seconds must be between 0 and 86400';
  end if;
  select * into v_existing from public.interview_responses where question_id = p_question_id for update;
  if v_existing.evaluated_at is not null then
    raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed',
      detail = 'already_scored';
  end if;
  if private.scoring_claim_live(v_existing.scoring_started_at) then
    raise exception using errcode = 'PT409', message = 'This answer is being scored right now and cannot be changed.',
      detail = 'scoring_in_progress',
      hint = format('retry_after_seconds=%s', private.retry_after_seconds(v_existing.scoring_started_at + private.claim_lease()));
  end if;

  -- A new version of the answer voids an expired claim: a scorer that comes back late finds its claim gone
  -- and cannot store the score of the old text.
  insert into public.interview_responses (question_id, interview_id, user_id, answer_text, code_answer, code_language,
    transcript, audio_path, speaking_duration_seconds, time_taken_seconds, client_test_results, submitted_at)
  values (p_question_id, v_question.interview_id, v_uid, p_answer_text, p_code_answer, p_code_language,
    p_transcript, p_audio_path, p_speaking_duration_seconds, p_time_taken_seconds, p_client_test_results, now())
  on conflict (question_id) do update
  set answer_text = excluded.answer_text, code_answer = excluded.code_answer, code_language = excluded.code_language,
      transcript = excluded.transcript, audio_path = excluded.audio_path,
      speaking_duration_seconds = excluded.speaking_duration_seconds, time_taken_seconds = excluded.time_taken_seconds,
      client_test_results = excluded.client_test_results, submitted_at = now(),
      scoring_started_at = null
  returning * into v_row;

  select count(*) into v_count from public.interview_responses r
  join public.interview_questions q on q.id = r.question_id
  where r.interview_id = v_session.id and not q.is_follow_up;
  if v_session.status <> 'in_progress'
     or v_session.questions_answered < least(v_count, v_session.total_questions) then
    update public.interview_sessions
    set status = 'in_progress',
        questions_answered = greatest(questions_answered, least(v_count, total_questions))
    where id = v_session.id;
  end if;
  v_row.scoring_started_at := null; -- service-side bookkeeping, not readable by users (column grants)
  return v_row;
end;
$$;

create or replace function private.require_active_user()
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
    raise exception using errcode = '42501', message = 'Not signed in', detail = 'not_authenticated',
      hint = 'Call this function with a signed-in user''s access token.';
  end if;
  select status into v_status from public.user_profiles where id = v_uid;
  if v_status is null then
    raise exception using errcode = '42501', message = 'No profile exists for the current user';
  elsif v_status <> 'active' then
    raise exception using errcode = '42501', message = format('Your account is %s', v_status),
      detail = format('account_%s', v_status),
      hint = 'Contact support if you think this is a mistake.';
  end if;
  return v_uid;
end;
$$;
