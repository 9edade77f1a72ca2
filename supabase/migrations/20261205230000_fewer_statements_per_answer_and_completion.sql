-- ════════════════════════════════════════════════════════════════════════════════════════
-- Fewer statements in the interview loop's RPCs (measured per step with bench/loop-sql; see
-- bench/loop-load/README.md), same results, checks, locks and lock order:
--
-- * submit_response counted the interview's answered main questions to decide whether to update the session,
--   and the update then made the trigger interview_sessions_answered_count count them again. The session is
--   updated when the count can move (a first answer to a main question) or the status must, and the trigger's
--   count is the only one.
-- * complete_interview counted the responses for questions_answered, which that trigger recounts anyway.
-- * finish_interview_completion linked learning resources gap by gap (a function call and an insert per gap):
--   one insert for all gaps of the call.
-- * create_interview_session looked its plan up with private.current_plan_id(...) inside the predicate; it
--   reads the plan id first.
-- ════════════════════════════════════════════════════════════════════════════════════════

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
  -- Refused here with its code, before the table's check would refuse it without one.
  if p_audio_path is not null
     and p_audio_path !~ ('^' || v_uid::text || '/' || v_question.interview_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$') then
    raise exception using errcode = '22023', message = 'The recording must be stored in your own folder for this interview.',
      detail = 'audio_path_not_owned', hint = format('Upload to %s/%s/… in the voice-answers bucket.', v_uid, v_question.interview_id);
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

  -- questions_answered is recounted by the trigger interview_sessions_answered_count whenever the column is
  -- written, so the session is only touched when that count can move (a first answer to a main question; the
  -- session lock above serialises answers, so "no row before" means this call inserted it) or the status must.
  if v_session.status <> 'in_progress' or (v_existing.id is null and not v_question.is_follow_up) then
    update public.interview_sessions
    set status = 'in_progress', questions_answered = questions_answered
    where id = v_session.id;
  end if;
  v_row.scoring_started_at := null; -- service-side bookkeeping, not readable by users (column grants)
  return v_row;
end;
$$;

create or replace function private.complete_interview(
  p_session_id text,
  p_score numeric,
  p_feedback jsonb default null,
  p_report jsonb default null,
  p_statistics jsonb default null,
  p_duration_seconds integer default null
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_sessions := private.find_own_session(p_session_id, null);
begin
  if p_score is null or p_score < 0 or p_score > 100 then
    raise exception using errcode = '22023', message = 'p_score must be between 0 and 100';
  end if;
  if p_feedback is not null and jsonb_typeof(p_feedback) <> 'object' then
    raise exception using errcode = '22023', message = 'p_feedback must be a JSON object';
  end if;
  if p_report is not null and jsonb_typeof(p_report) <> 'object' then
    raise exception using errcode = '22023', message = 'p_report must be a JSON object';
  end if;
  if p_statistics is not null and jsonb_typeof(p_statistics) <> 'object' then
    raise exception using errcode = '22023', message = 'p_statistics must be a JSON object';
  end if;
  if v_row.status <> 'in_progress' then
    raise exception using errcode = 'P0001',
      message = format('Only an interview in progress can be completed (this one is %s)', v_row.status);
  end if;

  update public.interview_sessions
  set status = 'completed',
      score = round(p_score, 2),
      feedback = p_feedback,
      statistics = statistics || coalesce(p_statistics, '{}'),
      questions_answered = questions_answered, -- recounted by interview_sessions_answered_count
      duration_seconds = coalesce(p_duration_seconds, duration_seconds)
  where id = v_row.id
  returning * into v_row;

  if p_report is not null then
    insert into public.interview_reports (interview_id, user_id, report_type, summary, strengths, weaknesses,
      recommendations, overall_score, communication_score, technical_score, behavioral_score, skill_scores,
      statistics, average_response_time_seconds, consistency, confidence)
    values (
      v_row.id, v_row.user_id, coalesce(p_report ->> 'report_type', 'detailed'), p_report ->> 'summary',
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'strengths', '[]'))), '{}'),
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'weaknesses', '[]'))), '{}'),
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'recommendations', '[]'))), '{}'),
      coalesce((p_report -> 'scores' ->> 'overall')::numeric, round(p_score, 2)),
      (p_report -> 'scores' ->> 'communication')::numeric,
      (p_report -> 'scores' ->> 'technical')::numeric,
      coalesce((p_report -> 'scores' ->> 'behavioral')::numeric, (p_report -> 'scores' ->> 'behavior')::numeric),
      coalesce(p_report -> 'skill_scores', '{}'),
      coalesce(p_report -> 'statistics', '{}'),
      (p_report ->> 'average_response_time_seconds')::numeric,
      (p_report ->> 'consistency')::numeric,
      (p_report ->> 'confidence')::numeric)
    on conflict (interview_id, report_type) do update
    set summary = excluded.summary, strengths = excluded.strengths, weaknesses = excluded.weaknesses,
        recommendations = excluded.recommendations, overall_score = excluded.overall_score,
        communication_score = excluded.communication_score, technical_score = excluded.technical_score,
        behavioral_score = excluded.behavioral_score, skill_scores = excluded.skill_scores,
        statistics = excluded.statistics, average_response_time_seconds = excluded.average_response_time_seconds,
        consistency = excluded.consistency, confidence = excluded.confidence, generated_at = now();
  end if;
  return v_row;
end;
$$;

create or replace function private.finish_interview_completion(
  p_interview_id uuid,
  p_score numeric,
  p_feedback jsonb,
  p_report jsonb,
  p_statistics jsonb,
  p_duration_seconds integer,
  p_skill_gaps jsonb,
  p_usage jsonb
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
begin
  if p_skill_gaps is not null and jsonb_typeof(p_skill_gaps) <> 'array' then
    raise exception using errcode = '22023', message = 'p_skill_gaps must be a JSON array';
  end if;
  select * into v_session from public.interview_sessions s where s.id = p_interview_id for update;
  if v_session.id is null then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists.', detail = 'not_found';
  end if;
  perform private.record_ai_usage(p_usage);
  if v_session.status = 'completed' then
    return jsonb_build_object('state', 'completed', 'already_completed', true, 'score', v_session.score)
      || private.completed_interview_json(v_session.id);
  end if;
  if v_session.status <> 'in_progress' then
    raise exception using errcode = 'PT409', message = format('This interview is %s and cannot be completed.', v_session.status),
      detail = 'session_closed';
  end if;

  insert into public.skill_gaps as g (user_id, interview_id, skill_name, proficiency_level, gap_score, skill_score,
    recommendation)
  select v_session.user_id, v_session.id, e.skill_name, e.proficiency_level, e.gap_score, e.skill_score, e.recommendation
  from jsonb_to_recordset(coalesce(p_skill_gaps, '[]')) as e(skill_name text, proficiency_level text, gap_score numeric,
    skill_score numeric, recommendation text)
  on conflict (interview_id, skill_name) do update
  set user_id = excluded.user_id, proficiency_level = excluded.proficiency_level, gap_score = excluded.gap_score,
      skill_score = excluded.skill_score, recommendation = excluded.recommendation;
  -- the learning resources of every gap just written, in one statement (as private.link_skill_gap_resources(gap, 3)
  -- does for one gap)
  if jsonb_array_length(coalesce(p_skill_gaps, '[]')) > 0 then
    insert into public.skill_gap_resources (skill_gap_id, resource_id, user_id, priority)
    select g.id, r.id, g.user_id, r.priority
    from public.skill_gaps g
    join lateral (
      select lr.id, lr.priority from public.learning_resources lr
      where lr.is_active and lower(lr.skill) = lower(g.skill_name)
      order by lr.priority, lr.created_at limit 3
    ) r on true
    where g.interview_id = v_session.id
      and g.skill_name in (select e.skill_name from jsonb_to_recordset(p_skill_gaps) as e(skill_name text))
    on conflict do nothing;
  end if;

  v_session := private.complete_interview(v_session.session_id, p_score, p_feedback, p_report, p_statistics, p_duration_seconds);
  return jsonb_build_object('state', 'completed', 'already_completed', false, 'score', v_session.score)
    || private.completed_interview_json(v_session.id);
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
  v_plan_id text;
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

  -- the plan id first: in the predicate the definer function would be an expression set up and run per query
  v_plan_id := private.current_plan_id(v_uid);
  select * into v_plan from public.plans where id = v_plan_id;
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
