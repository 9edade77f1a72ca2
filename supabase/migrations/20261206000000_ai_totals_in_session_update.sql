-- ════════════════════════════════════════════════════════════════════════════════════════
-- An interview's AI totals (ai_provider, ai_fallback_used, ai_processing_ms, ai_cost_usd) are written by the
-- RPC that stores the usage, in its own update of the session, instead of one more session update per usage
-- event (the trigger ai_usage_events_to_session). interview_sessions carries 16 CHECK constraints, and Postgres
-- prepares all of them again for every statement that writes the table; the loop wrote the session once more
-- for each of its 5 usage events (questions' save, 3 scores, completion).
--
-- Same totals as the trigger computed event by event: the processing time and cost are added, a fallback is
-- remembered, and the provider is that of the last successful event (in the order the events were given).
-- Exact under parallel calls: each RPC adds the totals in an UPDATE of the session row it already holds
-- locked (for update / for no key update), so concurrent saves for one interview add up one after another.
--
-- * private.record_session_ai_usage(session, events) inserts the events as private.record_ai_usage does and
--   returns the totals they add to that session. While it inserts, the transaction-local setting
--   interviewai.ai_usage_totals_by_caller names the session whose totals the caller writes itself, and the
--   trigger skips that session's events; events naming another session (or inserted any other way: the
--   public record_ai_usage RPC, a direct insert by the service role) are folded by the trigger as before.
-- * save_generated_questions and the completion (finish_interview_completion) add the totals in the update
--   they make anyway; a completion that finds the interview already completed, and a saved score (the
--   session is locked but not otherwise written), update the session only when the totals change, as the
--   trigger did.
-- * private.complete_interview's checks, update and report are private.write_interview_completion, which
--   the completion calls with the session row it already holds locked (the second lookup by session id
--   is gone) and the totals.
-- ════════════════════════════════════════════════════════════════════════════════════════

create type private.ai_usage_totals as (provider text, fallback_used boolean, processing_ms bigint, cost_usd numeric);

-- The events of p_events naming p_interview_id, as the trigger would have folded them one by one.
create function private.record_session_ai_usage(p_interview_id uuid, p_events jsonb)
returns private.ai_usage_totals
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_totals private.ai_usage_totals := row(null, false, 0, 0);
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' or jsonb_array_length(p_events) = 0 then
    return v_totals;
  end if;
  perform set_config('interviewai.ai_usage_totals_by_caller', p_interview_id::text, true);
  with event as (
    select * from rows from (jsonb_to_recordset(p_events) as (user_id uuid, interview_id uuid, response_id uuid,
      chat_session_id uuid, operation text, provider text, model text, input_tokens integer, output_tokens integer,
      latency_ms integer, cost_usd numeric, success boolean, error_type text, error_message text, fallback_used boolean,
      fallback_from text, attempt integer, metadata jsonb)) with ordinality as e
  ), inserted as (
    insert into public.ai_usage_events (user_id, interview_id, response_id, chat_session_id, operation, provider, model,
      input_tokens, output_tokens, latency_ms, cost_usd, success, error_type, error_message, fallback_used, fallback_from,
      attempt, metadata)
    select e.user_id, e.interview_id, e.response_id, e.chat_session_id, e.operation, e.provider, e.model,
      coalesce(e.input_tokens, 0), coalesce(e.output_tokens, 0), coalesce(e.latency_ms, 0), coalesce(e.cost_usd, 0),
      coalesce(e.success, true), e.error_type, e.error_message, coalesce(e.fallback_used, false), e.fallback_from,
      coalesce(e.attempt, 1), coalesce(e.metadata, '{}')
    from event e
    order by e.ordinality
    -- the stored values: cost_usd is rounded to the column's scale
    returning interview_id, fallback_used, latency_ms, cost_usd
  )
  select (select e.provider from event e
          where e.interview_id = p_interview_id and coalesce(e.success, true)
          order by e.ordinality desc limit 1),
         coalesce(bool_or(i.fallback_used), false), coalesce(sum(i.latency_ms), 0), coalesce(sum(i.cost_usd), 0)
  into v_totals
  from inserted i
  where i.interview_id = p_interview_id;
  perform set_config('interviewai.ai_usage_totals_by_caller', '', true);
  return v_totals;
end;
$$;

-- For a caller that holds the session locked and does not write it otherwise: the totals, when they change
-- something (as the trigger skipped events that changed nothing).
create function private.add_session_ai_totals(p_interview_id uuid, p_totals private.ai_usage_totals)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if p_totals.processing_ms = 0 and p_totals.cost_usd = 0 and not p_totals.fallback_used and p_totals.provider is null then
    return;
  end if;
  update public.interview_sessions s
  set ai_provider = coalesce(p_totals.provider, s.ai_provider),
      ai_fallback_used = s.ai_fallback_used or p_totals.fallback_used,
      ai_processing_ms = s.ai_processing_ms + p_totals.processing_ms,
      ai_cost_usd = s.ai_cost_usd + p_totals.cost_usd
  where s.id = p_interview_id
    and (p_totals.processing_ms <> 0 or p_totals.cost_usd <> 0 or (p_totals.fallback_used and not s.ai_fallback_used)
         or s.ai_provider is distinct from coalesce(p_totals.provider, s.ai_provider));
end;
$$;

revoke execute on function
  private.record_session_ai_usage(uuid, jsonb),
  private.add_session_ai_totals(uuid, private.ai_usage_totals)
  from public, anon, authenticated;

create or replace trigger ai_usage_events_to_session after insert on public.ai_usage_events
  for each row
  when (new.interview_id is not null
        and new.interview_id::text is distinct from current_setting('interviewai.ai_usage_totals_by_caller', true))
  execute function private.ai_usage_to_session();

-- ── questions' save ─────────────────────────────────────────────────────────────────────
create or replace function private.save_generated_questions(
  p_interview_id uuid,
  p_questions jsonb,
  p_usage jsonb,
  p_slot_id bigint
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
  v_count integer;
  v_ai private.ai_usage_totals;
begin
  if p_questions is null or jsonb_typeof(p_questions) <> 'array' or jsonb_array_length(p_questions) = 0 then
    raise exception using errcode = '22023', message = 'p_questions must be a non-empty JSON array';
  end if;
  select * into v_session from public.interview_sessions s where s.id = p_interview_id for no key update;
  if v_session.id is null then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists.', detail = 'not_found';
  end if;
  if exists (select 1 from public.interview_questions q where q.interview_id = p_interview_id and not q.is_follow_up) then
    if p_slot_id is not null then
      delete from private.ai_call_slots where id = p_slot_id;
    end if;
    return jsonb_build_object('generated', false, 'questions', private.interview_questions_json(p_interview_id));
  end if;
  if v_session.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'PT409',
      message = format('This interview is %s; questions can no longer be generated.', v_session.status),
      detail = 'session_closed';
  end if;
  insert into public.interview_questions (interview_id, order_number, bank_question_id, question_text, question_type,
    difficulty, skill_category, skills, time_limit_seconds, starter_code, function_name, test_cases, expected_answer,
    key_points, sample_code, evaluation_criteria, source)
  select p_interview_id, q.ordinality::integer, (q.value ->> 'bank_question_id')::uuid, q.value ->> 'question_text',
    q.value ->> 'question_type', q.value ->> 'difficulty', coalesce(q.value ->> 'skill_category', 'general'),
    coalesce(array(select jsonb_array_elements_text(coalesce(q.value -> 'skills', '[]'))), '{}'),
    (q.value ->> 'time_limit_seconds')::integer, q.value ->> 'starter_code', q.value ->> 'function_name',
    coalesce(nullif(q.value -> 'test_cases', 'null'), '[]'), q.value ->> 'expected_answer',
    coalesce(array(select jsonb_array_elements_text(coalesce(nullif(q.value -> 'key_points', 'null'), '[]'))), '{}'),
    q.value ->> 'sample_code', coalesce(nullif(q.value -> 'evaluation_criteria', 'null'), '[]'),
    coalesce(q.value ->> 'source', 'bank')
  from jsonb_array_elements(p_questions) with ordinality as q(value, ordinality);
  get diagnostics v_count = row_count;
  v_ai := private.record_session_ai_usage(p_interview_id, p_usage);
  update public.interview_sessions s
  set total_questions = v_count,
      status = case when s.status = 'pending' then 'in_progress' else s.status end,
      ai_provider = coalesce(v_ai.provider, s.ai_provider),
      ai_fallback_used = s.ai_fallback_used or v_ai.fallback_used,
      ai_processing_ms = s.ai_processing_ms + v_ai.processing_ms,
      ai_cost_usd = s.ai_cost_usd + v_ai.cost_usd
  where s.id = p_interview_id;
  return jsonb_build_object('generated', true, 'questions', private.interview_questions_json(p_interview_id));
end;
$$;

-- ── a saved score ───────────────────────────────────────────────────────────────────────
create or replace function private.save_response_evaluation(
  p_response_id uuid,
  p_claimed_at timestamptz,
  p_result jsonb,
  p_usage jsonb
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_responses;
  v_saved uuid;
  v_interview_id uuid;
begin
  select s.id into v_interview_id from public.interview_sessions s
  where s.id = (select r.interview_id from public.interview_responses r where r.id = p_response_id)
  for no key update;
  update public.interview_responses r
  set score = (p_result ->> 'score')::numeric,
      ai_feedback = p_result ->> 'ai_feedback',
      strengths = coalesce(array(select jsonb_array_elements_text(coalesce(p_result -> 'strengths', '[]'))), '{}'),
      weaknesses = coalesce(array(select jsonb_array_elements_text(coalesce(p_result -> 'weaknesses', '[]'))), '{}'),
      missed_key_points = coalesce(array(select jsonb_array_elements_text(coalesce(p_result -> 'missed_key_points', '[]'))), '{}'),
      improved_answer = p_result ->> 'improved_answer',
      rubric = p_result -> 'rubric',
      dimension_scores = p_result -> 'dimension_scores',
      delivery_metrics = nullif(p_result -> 'delivery_metrics', 'null'),
      test_results = nullif(p_result -> 'test_results', 'null'),
      ai_provider = p_result ->> 'ai_provider',
      ai_model = p_result ->> 'ai_model',
      evaluated_at = clock_timestamp()
  where r.id = p_response_id and r.scoring_started_at = p_claimed_at and r.evaluated_at is null
  returning r.id into v_saved;
  if v_saved is null then
    select * into v_row from public.interview_responses r where r.id = p_response_id;
    return jsonb_build_object('state', 'lost', 'response', private.response_json(v_row));
  end if;
  perform private.add_session_ai_totals(v_interview_id, private.record_session_ai_usage(v_interview_id, p_usage));
  return jsonb_build_object('state', 'saved');
end;
$$;

-- ── completion ──────────────────────────────────────────────────────────────────────────
-- The checks, the session's update and the report of a completion, for a session row the caller holds locked
-- (FOR UPDATE); p_ai: AI totals to add in the same update (null: none).
create function private.write_interview_completion(
  p_session public.interview_sessions,
  p_score numeric,
  p_feedback jsonb,
  p_report jsonb,
  p_statistics jsonb,
  p_duration_seconds integer,
  p_ai private.ai_usage_totals
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_sessions;
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
  if p_session.status <> 'in_progress' then
    raise exception using errcode = 'P0001',
      message = format('Only an interview in progress can be completed (this one is %s)', p_session.status);
  end if;

  update public.interview_sessions s
  set status = 'completed',
      score = round(p_score, 2),
      feedback = p_feedback,
      statistics = s.statistics || coalesce(p_statistics, '{}'),
      questions_answered = s.questions_answered, -- recounted by interview_sessions_answered_count
      duration_seconds = coalesce(p_duration_seconds, s.duration_seconds),
      ai_provider = coalesce(p_ai.provider, s.ai_provider),
      ai_fallback_used = s.ai_fallback_used or coalesce(p_ai.fallback_used, false),
      ai_processing_ms = s.ai_processing_ms + coalesce(p_ai.processing_ms, 0),
      ai_cost_usd = s.ai_cost_usd + coalesce(p_ai.cost_usd, 0)
  where s.id = p_session.id
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
revoke execute on function
  private.write_interview_completion(public.interview_sessions, numeric, jsonb, jsonb, jsonb, integer, private.ai_usage_totals)
  from public, anon, authenticated;

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
begin
  return private.write_interview_completion(private.find_own_session(p_session_id, null), p_score, p_feedback, p_report,
    p_statistics, p_duration_seconds, null);
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
  v_ai private.ai_usage_totals;
begin
  if p_skill_gaps is not null and jsonb_typeof(p_skill_gaps) <> 'array' then
    raise exception using errcode = '22023', message = 'p_skill_gaps must be a JSON array';
  end if;
  select * into v_session from public.interview_sessions s where s.id = p_interview_id for update;
  if v_session.id is null then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists.', detail = 'not_found';
  end if;
  v_ai := private.record_session_ai_usage(v_session.id, p_usage);
  if v_session.status = 'completed' then
    perform private.add_session_ai_totals(v_session.id, v_ai);
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

  v_session := private.write_interview_completion(v_session, p_score, p_feedback, p_report, p_statistics,
    p_duration_seconds, v_ai);
  return jsonb_build_object('state', 'completed', 'already_completed', false, 'score', v_session.score)
    || private.completed_interview_json(v_session.id);
end;
$$;
