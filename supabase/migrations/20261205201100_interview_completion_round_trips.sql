-- complete-interview in two database round trips instead of ten or more:
--
-- 1. claim_interview_completion checks the account first (private.assert_account_active, 403) and hands the
--    claimer what it computes the report from: the session, its questions (with their answer keys) and its
--    answers. For an interview that is already completed it hands back the stored report and skill gaps.
-- 2. finish_interview_completion stores everything the function computed in one transaction: the AI usage
--    events, the skill gaps with their learning resources, the completion (private.complete_interview: status,
--    score, feedback, the detailed report) and answers the report and skill gaps as the function returns them.
--
-- Lock order as the other writers of an interview: the session row first (for update, as complete_interview
-- takes it), then rows that belong to it.

-- The detailed report and the skill gaps (with their linked learning resources, most useful first) of one
-- interview, in the shape complete-interview answers.
create function private.completed_interview_json(p_interview_id uuid)
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'report', (select to_jsonb(r) from public.interview_reports r
               where r.interview_id = p_interview_id and r.report_type = 'detailed'),
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
          'skill_score', g.skill_score, 'recommendation', g.recommendation,
          'skill_gap_resources', coalesce((
            select jsonb_agg(jsonb_build_object('resource_id', l.resource_id, 'priority', l.priority,
                'learning_resources', jsonb_build_object('title', lr.title, 'url', lr.url, 'resource_type', lr.resource_type))
              order by l.priority, lr.title)
            from public.skill_gap_resources l
            join public.learning_resources lr on lr.id = l.resource_id
            where l.skill_gap_id = g.id), '[]'))
        order by g.gap_score desc, g.skill_name)
      from public.skill_gaps g
      where g.interview_id = p_interview_id), '[]'))
$$;

-- Returns {state: 'completed', session, report, skill_gaps} | {state: 'busy', retry_after_seconds} |
-- {state: 'claimed', claimed_at, lease_seconds, slot_id, session, questions, answers}. PT403 for an account that
-- may not act, PT404 for a session that is not the user's, PT409 not_started / session_closed for one that
-- cannot be completed.
create or replace function private.claim_interview_completion(
  p_user_id uuid,
  p_session_id text,
  p_rate_max integer,
  p_rate_window_seconds integer
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
  v_claim private.interview_completion_claims;
  v_slot bigint;
  v_now timestamptz;
begin
  perform private.assert_account_active(p_user_id);
  select * into v_session from public.interview_sessions s
  where s.session_id = p_session_id
     or (p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and s.id = p_session_id::uuid)
  limit 1;
  if v_session.id is null or v_session.user_id is distinct from p_user_id then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists in your account.',
      detail = 'not_found';
  end if;
  if v_session.status = 'completed' then
    return jsonb_build_object('state', 'completed', 'session', to_jsonb(v_session))
      || private.completed_interview_json(v_session.id);
  end if;
  if v_session.status = 'pending' then
    raise exception using errcode = 'PT409', message = 'Answer at least one question before completing the interview.',
      detail = 'not_started';
  end if;
  if v_session.status <> 'in_progress' then
    raise exception using errcode = 'PT409', message = format('This interview is %s and cannot be completed.', v_session.status),
      detail = 'session_closed';
  end if;
  select * into v_claim from private.interview_completion_claims c where c.interview_id = v_session.id;
  if v_claim.lease_expires_at > clock_timestamp() then
    return jsonb_build_object('state', 'busy', 'retry_after_seconds', private.retry_after_seconds(v_claim.lease_expires_at));
  end if;
  if p_rate_max is not null then
    v_slot := private.take_ai_call_slot(p_user_id, 'complete_interview', p_rate_max, p_rate_window_seconds);
  end if;
  v_now := clock_timestamp();
  insert into private.interview_completion_claims as c (interview_id, claimed_at, lease_expires_at)
  values (v_session.id, v_now, v_now + private.claim_lease())
  on conflict (interview_id) do update
  set claimed_at = excluded.claimed_at, lease_expires_at = excluded.lease_expires_at
  where c.lease_expires_at <= clock_timestamp()
  returning * into v_claim;
  if v_claim.interview_id is null or v_claim.claimed_at <> v_now then
    if v_slot is not null then
      delete from private.ai_call_slots where id = v_slot;
    end if;
    return jsonb_build_object('state', 'busy', 'retry_after_seconds', extract(epoch from private.claim_lease())::integer);
  end if;
  return jsonb_build_object('state', 'claimed', 'claimed_at', v_claim.claimed_at,
    'lease_seconds', extract(epoch from private.claim_lease())::integer, 'slot_id', v_slot, 'session', to_jsonb(v_session),
    'questions', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', q.id, 'interview_id', q.interview_id, 'question_text', q.question_text, 'question_type', q.question_type,
          'difficulty', q.difficulty, 'skill_category', q.skill_category, 'expected_answer', q.expected_answer,
          'key_points', q.key_points, 'evaluation_criteria', q.evaluation_criteria,
          'time_limit_seconds', q.time_limit_seconds, 'function_name', q.function_name, 'test_cases', q.test_cases,
          'skills', q.skills, 'order_number', q.order_number, 'is_follow_up', q.is_follow_up,
          'parent_question_id', q.parent_question_id)
        order by q.order_number)
      from public.interview_questions q where q.interview_id = v_session.id), '[]'),
    'answers', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', r.id, 'question_id', r.question_id, 'time_taken_seconds', r.time_taken_seconds,
          'evaluated_at', r.evaluated_at, 'rubric', r.rubric, 'answer_text', r.answer_text, 'transcript', r.transcript,
          'code_answer', r.code_answer)
        order by r.submitted_at, r.id)
      from public.interview_responses r where r.interview_id = v_session.id), '[]'));
end;
$$;

-- Stores a completion computed by the claimer and returns {state: 'completed', already_completed, score, report,
-- skill_gaps}. p_usage (ai_usage_events rows) is stored in every case: those AI calls were made. When another
-- request completed the interview first, its report stands (already_completed: true) and nothing else is written.
-- p_skill_gaps: [{skill_name, proficiency_level, gap_score, skill_score, recommendation}], upserted per
-- (interview, skill) and linked to up to 3 learning resources each. PT404 for an unknown interview, PT409
-- session_closed when it was cancelled or abandoned meanwhile.
create function private.finish_interview_completion(
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
  v_gap uuid;
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

  for v_gap in
    insert into public.skill_gaps as g (user_id, interview_id, skill_name, proficiency_level, gap_score, skill_score,
      recommendation)
    select v_session.user_id, v_session.id, e.skill_name, e.proficiency_level, e.gap_score, e.skill_score, e.recommendation
    from jsonb_to_recordset(coalesce(p_skill_gaps, '[]')) as e(skill_name text, proficiency_level text, gap_score numeric,
      skill_score numeric, recommendation text)
    on conflict (interview_id, skill_name) do update
    set user_id = excluded.user_id, proficiency_level = excluded.proficiency_level, gap_score = excluded.gap_score,
        skill_score = excluded.skill_score, recommendation = excluded.recommendation
    returning g.id
  loop
    perform private.link_skill_gap_resources(v_gap, 3);
  end loop;

  v_session := private.complete_interview(v_session.session_id, p_score, p_feedback, p_report, p_statistics, p_duration_seconds);
  return jsonb_build_object('state', 'completed', 'already_completed', false, 'score', v_session.score)
    || private.completed_interview_json(v_session.id);
end;
$$;

-- claim_interview_completion was the last user of user_is_active (the claims now raise the account's own code).
drop function private.user_is_active(uuid);

revoke execute on function
  private.completed_interview_json(uuid),
  private.finish_interview_completion(uuid, numeric, jsonb, jsonb, jsonb, integer, jsonb, jsonb)
  from public, anon, authenticated;
grant execute on function private.finish_interview_completion(uuid, numeric, jsonb, jsonb, jsonb, integer, jsonb, jsonb)
  to service_role;

create function public.finish_interview_completion(
  p_interview_id uuid,
  p_score numeric,
  p_feedback jsonb default null,
  p_report jsonb default null,
  p_statistics jsonb default null,
  p_duration_seconds integer default null,
  p_skill_gaps jsonb default '[]',
  p_usage jsonb default '[]'
)
returns jsonb
language sql
security invoker
set search_path = ''
as $$
  select private.finish_interview_completion(p_interview_id, p_score, p_feedback, p_report, p_statistics,
    p_duration_seconds, p_skill_gaps, p_usage)
$$;
revoke execute on function public.finish_interview_completion(uuid, numeric, jsonb, jsonb, jsonb, integer, jsonb, jsonb)
  from public, anon, authenticated;
grant execute on function public.finish_interview_completion(uuid, numeric, jsonb, jsonb, jsonb, integer, jsonb, jsonb)
  to service_role;
