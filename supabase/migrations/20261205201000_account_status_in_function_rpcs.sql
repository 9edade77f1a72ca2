-- The first RPC an edge function calls now refuses an account that may not act, so the functions no longer
-- read user_profiles.status in a REST request of their own before it (one round trip less per call).
--
-- private.assert_account_active raises PT403 (PostgREST answers 403) with the machine code in `detail`:
-- account_blocked, account_pending or profile_missing, the codes and messages the functions answered before.
-- It runs before anything else in begin_question_generation, claim_response_scoring and
-- claim_interview_completion: a blocked account learns that it is blocked (not that a row is missing), and
-- gets no rate-limit slot, no claim and no AI call.

create function private.assert_account_active(p_user_id uuid)
returns void
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_status text;
begin
  select p.status into v_status from public.user_profiles p where p.id = p_user_id;
  if v_status = 'active' then
    return;
  end if;
  if v_status = 'blocked' then
    raise exception using errcode = 'PT403',
      message = 'Your account is blocked. Contact support if you think this is a mistake.', detail = 'account_blocked';
  end if;
  if v_status = 'pending' then
    raise exception using errcode = 'PT403',
      message = 'Your account is not active yet. Contact support if you think this is a mistake.', detail = 'account_pending';
  end if;
  raise exception using errcode = 'PT403', message = 'Your profile is not ready yet. Try again in a moment.',
    detail = 'profile_missing';
end;
$$;
revoke execute on function private.assert_account_active(uuid) from public, anon, authenticated;
grant execute on function private.assert_account_active(uuid) to service_role;

-- For the functions that call none of the RPCs below (practice scoring, follow-ups, the coach): the same check
-- as one RPC instead of a table read, so that the codes and messages come from one place.
create function public.assert_account_active(p_user_id uuid)
returns void
language sql
stable
security invoker
set search_path = ''
as $$ select private.assert_account_active(p_user_id) $$;
revoke execute on function public.assert_account_active(uuid) from public, anon, authenticated;
grant execute on function public.assert_account_active(uuid) to service_role;

create or replace function private.begin_question_generation(
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
  v_questions jsonb;
  v_slot bigint;
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

create or replace function private.claim_response_scoring(
  p_user_id uuid,
  p_response_id uuid,
  p_rate_max integer,
  p_rate_window_seconds integer
)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_responses;
  v_question public.interview_questions;
  v_slot bigint;
begin
  perform private.assert_account_active(p_user_id);
  select * into v_row from public.interview_responses r where r.id = p_response_id;
  if v_row.id is null or v_row.user_id is distinct from p_user_id then
    raise exception using errcode = 'PT404', message = 'No response with this id exists in your interviews.',
      detail = 'not_found';
  end if;
  if v_row.evaluated_at is not null then
    return jsonb_build_object('state', 'scored', 'response', private.response_json(v_row));
  end if;
  if private.scoring_claim_live(v_row.scoring_started_at) then
    return jsonb_build_object('state', 'busy', 'retry_after_seconds',
      private.retry_after_seconds(v_row.scoring_started_at + private.claim_lease()));
  end if;
  if p_rate_max is not null then
    v_slot := private.take_ai_call_slot(p_user_id, 'score_answer', p_rate_max, p_rate_window_seconds);
  end if;
  update public.interview_responses r
  set scoring_started_at = clock_timestamp()
  where r.id = p_response_id and r.evaluated_at is null and not private.scoring_claim_live(r.scoring_started_at)
  returning * into v_row;
  if v_row.id is null then
    -- another request claimed it between our read and our update
    if v_slot is not null then
      delete from private.ai_call_slots where id = v_slot;
    end if;
    return jsonb_build_object('state', 'busy', 'retry_after_seconds', extract(epoch from private.claim_lease())::integer);
  end if;
  select * into v_question from public.interview_questions q where q.id = v_row.question_id;
  return jsonb_build_object('state', 'claimed', 'claimed_at', v_row.scoring_started_at,
    'lease_seconds', extract(epoch from private.claim_lease())::integer, 'slot_id', v_slot,
    'response', private.response_json(v_row), 'question', to_jsonb(v_question));
end;
$$;
