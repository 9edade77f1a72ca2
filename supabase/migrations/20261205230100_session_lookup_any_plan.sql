-- ════════════════════════════════════════════════════════════════════════════════════════
-- begin_question_generation and claim_interview_completion found their session with
--   s.session_id = p_session_id or (p_session_id ~* '<uuid pattern>' and s.id = p_session_id::uuid)
-- which only works while Postgres plans that statement for each call's value: a custom plan folds the
-- pattern test away for a `sess_…` id. A generic plan (which plpgsql switches to by itself once it no longer
-- estimates custom plans cheaper, or with plan_cache_mode = force_generic_plan) turns the cast into an index
-- condition and casts the `sess_…` id to uuid: 22P02 instead of the session. The lookup tests the id's form
-- first, in plpgsql, as find_own_session does.
-- ════════════════════════════════════════════════════════════════════════════════════════

create function private.session_by_any_id(p_session_id text)
returns public.interview_sessions
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
begin
  if p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select * into v_session from public.interview_sessions s
    where s.session_id = p_session_id or s.id = p_session_id::uuid
    limit 1;
  else
    select * into v_session from public.interview_sessions s where s.session_id = p_session_id;
  end if;
  return v_session;
end;
$$;
revoke execute on function private.session_by_any_id(text) from public;

create or replace function private.begin_question_generation(p_user_id uuid, p_session_id text, p_rate_max integer, p_rate_window_seconds integer)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_session public.interview_sessions;
  v_questions jsonb;
  v_slot bigint;
begin
  perform private.assert_account_active(p_user_id);
  v_session := private.session_by_any_id(p_session_id);
  if v_session.id is null or v_session.user_id is distinct from p_user_id then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists in your account.',
      detail = 'not_found';
  end if;
  v_questions := private.interview_questions_json(v_session.id);
  if jsonb_array_length(v_questions) > 0 then
    return jsonb_build_object('state', 'existing', 'session', to_jsonb(v_session), 'questions', v_questions);
  end if;
  if v_session.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'PT409',
      message = format('This interview is %s; questions can no longer be generated.', v_session.status),
      detail = 'session_closed';
  end if;
  if p_rate_max is not null then
    v_slot := private.take_ai_call_slot(p_user_id, 'generate_questions', p_rate_max, p_rate_window_seconds);
  end if;
  return jsonb_build_object('state', 'generate', 'session', to_jsonb(v_session), 'slot_id', v_slot,
    'bank_revision', (select r.revision from private.question_bank_revision r where r.singleton));
end;
$$;

create or replace function private.claim_interview_completion(p_user_id uuid, p_session_id text, p_rate_max integer, p_rate_window_seconds integer)
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
  v_session := private.session_by_any_id(p_session_id);
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
