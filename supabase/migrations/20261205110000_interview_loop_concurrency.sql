-- ════════════════════════════════════════════════════════════════════════════════════════
-- The interview loop under many concurrent users.
--
-- * question_bank.times_used is no longer bumped per inserted question (an AFTER INSERT trigger locked
--   the bank rows of every generated interview in selection order: two interviews sharing questions
--   deadlocked, and every popular question was a hot row). It is recounted from interview_questions by
--   private.refresh_question_bank_usage(), run by analytics.refresh().
-- * Per-user AI rate limits are exact under parallel calls: a slot is taken (and counted) under a
--   per-user-and-operation advisory lock before any AI work, and given back when the work fails.
-- * Scoring and completion claims are short leases (15 s), renewed while the function works: a claim left
--   by a crashed process is taken over within seconds, and an answer cannot change while it is being scored.
-- * The edge functions do each step in one RPC (service role only; the definer bodies live in private).
--
-- Errors the API must turn into a specific HTTP status use PostgREST's PTxxx SQLSTATEs (PT404 → 404,
-- PT409 → 409, PT429 → 429) with the machine code in `detail` and, where it applies, the seconds to
-- wait in `hint` as 'retry_after_seconds=N'.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── bank usage: counted, not incremented ─────────────────────────────────────────────────
drop trigger interview_questions_bank_usage on public.interview_questions;
drop function private.bank_question_used();

create function private.refresh_question_bank_usage()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_changed integer;
begin
  with counted as (
    select b.id, coalesce(u.n, 0) as n
    from public.question_bank b
    left join (select q.bank_question_id, count(*)::integer as n
               from public.interview_questions q
               where q.bank_question_id is not null
               group by q.bank_question_id) u on u.bank_question_id = b.id
  )
  update public.question_bank b set times_used = c.n
  from counted c
  where b.id = c.id and b.times_used is distinct from c.n;
  get diagnostics v_changed = row_count;
  return v_changed;
end;
$$;
revoke execute on function private.refresh_question_bank_usage() from public;

create or replace function analytics.refresh()
returns timestamptz
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from pg_matviews where schemaname = 'analytics' and matviewname = 'daily_metrics' and ispopulated) then
    refresh materialized view concurrently analytics.daily_metrics;
  else
    refresh materialized view analytics.daily_metrics;
  end if;
  perform private.refresh_question_bank_usage();
  return now();
end;
$$;

-- ── exact per-user AI rate limits ────────────────────────────────────────────────────────
create table private.ai_call_slots (
  id bigint generated always as identity primary key,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  operation text not null,
  created_at timestamptz not null default now()
);
revoke all on table private.ai_call_slots from public, anon, authenticated, service_role;
alter table private.ai_call_slots enable row level security;
create index ai_call_slots_user_operation_idx on private.ai_call_slots (user_id, operation, created_at);

-- Takes one of p_max slots per rolling window, or raises PT429. The advisory lock serialises only the
-- same user's calls of the same operation, so the count cannot be raced and nothing else waits.
create function private.take_ai_call_slot(p_user_id uuid, p_operation text, p_max integer, p_window_seconds integer)
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

-- A failed AI call does not count against the limit.
create function private.release_ai_call_slot(p_slot_id bigint)
returns void
language sql
security definer
set search_path = ''
as $$
  delete from private.ai_call_slots where id = p_slot_id
$$;

-- Inserts ai_usage_events rows given as a JSON array of objects with the table's column names.
create function private.record_ai_usage(p_events jsonb)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_count integer;
begin
  if p_events is null or jsonb_typeof(p_events) <> 'array' or jsonb_array_length(p_events) = 0 then
    return 0;
  end if;
  insert into public.ai_usage_events (user_id, interview_id, response_id, chat_session_id, operation, provider, model,
    input_tokens, output_tokens, latency_ms, cost_usd, success, error_type, error_message, fallback_used, fallback_from,
    attempt, metadata)
  select e.user_id, e.interview_id, e.response_id, e.chat_session_id, e.operation, e.provider, e.model,
    coalesce(e.input_tokens, 0), coalesce(e.output_tokens, 0), coalesce(e.latency_ms, 0), coalesce(e.cost_usd, 0),
    coalesce(e.success, true), e.error_type, e.error_message, coalesce(e.fallback_used, false), e.fallback_from,
    coalesce(e.attempt, 1), coalesce(e.metadata, '{}')
  from jsonb_to_recordset(p_events) as e(user_id uuid, interview_id uuid, response_id uuid, chat_session_id uuid,
    operation text, provider text, model text, input_tokens integer, output_tokens integer, latency_ms integer,
    cost_usd numeric, success boolean, error_type text, error_message text, fallback_used boolean, fallback_from text,
    attempt integer, metadata jsonb);
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;

-- ── scoring claims: a renewed lease ──────────────────────────────────────────────────────
-- scoring_started_at is the claim's heartbeat: set when a scorer claims the answer and moved forward while it
-- works (no new column: the archive copies interview_responses column by column). The claim is live for
-- private.claim_lease() after it; the value the scorer last wrote is its claim token.
comment on column public.interview_responses.scoring_started_at is
  'Service only: the scoring claim''s heartbeat (claimed, then renewed while scoring); live for private.claim_lease() after it.';

create function private.claim_lease()
returns interval
language sql
immutable
set search_path = ''
as $$
  select interval '15 seconds'
$$;

create function private.scoring_claim_live(p_heartbeat timestamptz)
returns boolean
language sql
stable
set search_path = ''
as $$
  select p_heartbeat is not null and p_heartbeat + private.claim_lease() > clock_timestamp()
$$;

create function private.response_json(p_row public.interview_responses)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select to_jsonb(p_row) - 'scoring_started_at'
$$;

create function private.retry_after_seconds(p_until timestamptz)
returns integer
language sql
stable
set search_path = ''
as $$
  select greatest(1, ceil(extract(epoch from coalesce(p_until, clock_timestamp()) - clock_timestamp())))::integer
$$;

-- The edge functions pass the user id of the verified JWT; a suspended account gets nothing (as RLS would).
create function private.user_is_active(p_user_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.user_profiles p where p.id = p_user_id and p.status = 'active')
$$;
revoke execute on function private.user_is_active(uuid) from public, anon, authenticated;

-- Returns {state: 'scored', response} | {state: 'busy', retry_after_seconds} |
-- {state: 'claimed', claimed_at, lease_seconds, slot_id, response, question}. The response must belong to p_user_id (PT404
-- otherwise: another user's id is indistinguishable from a missing one). The rate-limit slot is taken only
-- when this call is going to score.
create function private.claim_response_scoring(
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
  select * into v_row from public.interview_responses r where r.id = p_response_id;
  if v_row.id is null or v_row.user_id is distinct from p_user_id or not private.user_is_active(p_user_id) then
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

-- Moves the heartbeat forward; returns the new claim token, or null when the claim is no longer ours.
create function private.renew_scoring_claim(p_response_id uuid, p_claimed_at timestamptz)
returns timestamptz
language sql
security definer
set search_path = ''
as $$
  update public.interview_responses r
  set scoring_started_at = clock_timestamp()
  where r.id = p_response_id and r.scoring_started_at = p_claimed_at and r.evaluated_at is null
  returning r.scoring_started_at
$$;

-- Gives the claim back (the scorer failed) so that a retry proceeds at once; the slot does not count.
create function private.release_response_scoring(p_response_id uuid, p_claimed_at timestamptz, p_slot_id bigint)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.interview_responses r
  set scoring_started_at = null
  where r.id = p_response_id and r.scoring_started_at = p_claimed_at and r.evaluated_at is null;
  if p_slot_id is not null then
    delete from private.ai_call_slots where id = p_slot_id;
  end if;
end;
$$;

-- Stores the evaluation of the answer version the claim read, and its usage events, in one transaction.
-- Returns {state: 'saved', response} or {state: 'lost', response} when the claim is no longer ours (it
-- expired and another request took over, or the answer was resubmitted after the claim expired).
-- Lock order as submit_response: the session row first, then the response.
create function private.save_response_evaluation(
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
begin
  perform 1 from public.interview_sessions s
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
  returning * into v_row;
  if v_row.id is null then
    select * into v_row from public.interview_responses r where r.id = p_response_id;
    return jsonb_build_object('state', 'lost', 'response', private.response_json(v_row));
  end if;
  perform private.record_ai_usage(p_usage);
  return jsonb_build_object('state', 'saved', 'response', private.response_json(v_row));
end;
$$;

-- ── submit_response: 404 for an unknown question; refused while the answer is being scored ──
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
    raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed';
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

-- ── completion claims ────────────────────────────────────────────────────────────────────
create table private.interview_completion_claims (
  interview_id uuid primary key references public.interview_sessions (id) on delete cascade,
  claimed_at timestamptz not null,
  lease_expires_at timestamptz not null
);
revoke all on table private.interview_completion_claims from public, anon, authenticated, service_role;
alter table private.interview_completion_claims enable row level security;

-- Returns {state: 'completed', session} | {state: 'busy', retry_after_seconds} |
-- {state: 'claimed', claimed_at, lease_seconds, slot_id, session}; PT404 for a session that is not the user's, PT409
-- not_started / session_closed for one that cannot be completed.
create function private.claim_interview_completion(
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
  select * into v_session from public.interview_sessions s
  where s.session_id = p_session_id
     or (p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and s.id = p_session_id::uuid)
  limit 1;
  if v_session.id is null or v_session.user_id is distinct from p_user_id or not private.user_is_active(p_user_id) then
    raise exception using errcode = 'PT404', message = 'No interview session with this id exists in your account.',
      detail = 'not_found';
  end if;
  if v_session.status = 'completed' then
    return jsonb_build_object('state', 'completed', 'session', to_jsonb(v_session));
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
    'lease_seconds', extract(epoch from private.claim_lease())::integer, 'slot_id', v_slot, 'session', to_jsonb(v_session));
end;
$$;

-- Returns the claim token (unchanged), or null when the claim is no longer ours.
create function private.renew_completion_claim(p_interview_id uuid, p_claimed_at timestamptz)
returns timestamptz
language sql
security definer
set search_path = ''
as $$
  update private.interview_completion_claims c
  set lease_expires_at = clock_timestamp() + private.claim_lease()
  where c.interview_id = p_interview_id and c.claimed_at = p_claimed_at
  returning c.claimed_at
$$;

-- Ends the claim: after a failure (the slot does not count) or after the completion was stored.
create function private.release_interview_completion(p_interview_id uuid, p_claimed_at timestamptz, p_slot_id bigint)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from private.interview_completion_claims c where c.interview_id = p_interview_id and c.claimed_at = p_claimed_at;
  if p_slot_id is not null then
    delete from private.ai_call_slots where id = p_slot_id;
  end if;
end;
$$;

-- ── question generation in two round trips ───────────────────────────────────────────────
create function private.interview_questions_json(p_interview_id uuid)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
    'id', q.id, 'order_number', q.order_number, 'question_text', q.question_text, 'question_type', q.question_type,
    'difficulty', q.difficulty, 'skill_category', q.skill_category, 'skills', q.skills,
    'time_limit_seconds', q.time_limit_seconds, 'source', q.source, 'starter_code', q.starter_code,
    'function_name', q.function_name, 'test_cases', q.test_cases, 'bank_question_id', q.bank_question_id)
    order by q.order_number), '[]')
  from public.interview_questions q
  where q.interview_id = p_interview_id and not q.is_follow_up
$$;

-- Returns {state: 'existing', session, questions} when the session already has its questions, else
-- {state: 'generate', session, slot_id} (the rate-limit slot taken); PT404 / PT409 session_closed.
create function private.begin_question_generation(
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
  select * into v_session from public.interview_sessions s
  where s.session_id = p_session_id
     or (p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and s.id = p_session_id::uuid)
  limit 1;
  if v_session.id is null or v_session.user_id is distinct from p_user_id or not private.user_is_active(p_user_id) then
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
  return jsonb_build_object('state', 'generate', 'session', to_jsonb(v_session), 'slot_id', v_slot);
end;
$$;

-- Inserts the planned questions (unless a concurrent call already did: then its questions stand and this
-- call's usage rows and slot are dropped), starts the session and returns {generated, questions}.
-- Touches only this interview's rows: the session first, then its questions.
create function private.save_generated_questions(
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
  perform private.record_ai_usage(p_usage);
  update public.interview_sessions
  set total_questions = v_count,
      status = case when status = 'pending' then 'in_progress' else status end
  where id = p_interview_id;
  return jsonb_build_object('generated', true, 'questions', private.interview_questions_json(p_interview_id));
end;
$$;

-- ── privileges: definer bodies for the service role only; thin invoker wrappers for PostgREST ──
revoke execute on function
  private.take_ai_call_slot(uuid, text, integer, integer),
  private.release_ai_call_slot(bigint),
  private.record_ai_usage(jsonb),
  private.scoring_claim_live(timestamptz),
  private.response_json(public.interview_responses),
  private.retry_after_seconds(timestamptz),
  private.claim_lease(),
  private.user_is_active(uuid),
  private.claim_response_scoring(uuid, uuid, integer, integer),
  private.renew_scoring_claim(uuid, timestamptz),
  private.release_response_scoring(uuid, timestamptz, bigint),
  private.save_response_evaluation(uuid, timestamptz, jsonb, jsonb),
  private.claim_interview_completion(uuid, text, integer, integer),
  private.renew_completion_claim(uuid, timestamptz),
  private.release_interview_completion(uuid, timestamptz, bigint),
  private.interview_questions_json(uuid),
  private.begin_question_generation(uuid, text, integer, integer),
  private.save_generated_questions(uuid, jsonb, jsonb, bigint)
  from public, anon, authenticated;
grant execute on function
  private.take_ai_call_slot(uuid, text, integer, integer),
  private.release_ai_call_slot(bigint),
  private.record_ai_usage(jsonb),
  private.claim_response_scoring(uuid, uuid, integer, integer),
  private.renew_scoring_claim(uuid, timestamptz),
  private.release_response_scoring(uuid, timestamptz, bigint),
  private.save_response_evaluation(uuid, timestamptz, jsonb, jsonb),
  private.claim_interview_completion(uuid, text, integer, integer),
  private.renew_completion_claim(uuid, timestamptz),
  private.release_interview_completion(uuid, timestamptz, bigint),
  private.begin_question_generation(uuid, text, integer, integer),
  private.save_generated_questions(uuid, jsonb, jsonb, bigint)
  to service_role;

create function public.take_ai_call_slot(p_user_id uuid, p_operation text, p_max integer, p_window_seconds integer)
returns bigint language sql security invoker set search_path = ''
as $$ select private.take_ai_call_slot(p_user_id, p_operation, p_max, p_window_seconds) $$;
create function public.release_ai_call_slot(p_slot_id bigint)
returns void language sql security invoker set search_path = ''
as $$ select private.release_ai_call_slot(p_slot_id) $$;
create function public.record_ai_usage(p_events jsonb)
returns integer language sql security invoker set search_path = ''
as $$ select private.record_ai_usage(p_events) $$;
create function public.claim_response_scoring(p_user_id uuid, p_response_id uuid,
  p_rate_max integer default null, p_rate_window_seconds integer default null)
returns jsonb language sql security invoker set search_path = ''
as $$ select private.claim_response_scoring(p_user_id, p_response_id, p_rate_max, p_rate_window_seconds) $$;
create function public.renew_scoring_claim(p_response_id uuid, p_claimed_at timestamptz)
returns timestamptz language sql security invoker set search_path = ''
as $$ select private.renew_scoring_claim(p_response_id, p_claimed_at) $$;
create function public.release_response_scoring(p_response_id uuid, p_claimed_at timestamptz, p_slot_id bigint default null)
returns void language sql security invoker set search_path = ''
as $$ select private.release_response_scoring(p_response_id, p_claimed_at, p_slot_id) $$;
create function public.save_response_evaluation(p_response_id uuid, p_claimed_at timestamptz, p_result jsonb,
  p_usage jsonb default '[]')
returns jsonb language sql security invoker set search_path = ''
as $$ select private.save_response_evaluation(p_response_id, p_claimed_at, p_result, p_usage) $$;
create function public.claim_interview_completion(p_user_id uuid, p_session_id text,
  p_rate_max integer default null, p_rate_window_seconds integer default null)
returns jsonb language sql security invoker set search_path = ''
as $$ select private.claim_interview_completion(p_user_id, p_session_id, p_rate_max, p_rate_window_seconds) $$;
create function public.renew_completion_claim(p_interview_id uuid, p_claimed_at timestamptz)
returns timestamptz language sql security invoker set search_path = ''
as $$ select private.renew_completion_claim(p_interview_id, p_claimed_at) $$;
create function public.release_interview_completion(p_interview_id uuid, p_claimed_at timestamptz, p_slot_id bigint default null)
returns void language sql security invoker set search_path = ''
as $$ select private.release_interview_completion(p_interview_id, p_claimed_at, p_slot_id) $$;
create function public.begin_question_generation(p_user_id uuid, p_session_id text, p_rate_max integer default null,
  p_rate_window_seconds integer default null)
returns jsonb language sql security invoker set search_path = ''
as $$ select private.begin_question_generation(p_user_id, p_session_id, p_rate_max, p_rate_window_seconds) $$;
create function public.save_generated_questions(p_interview_id uuid, p_questions jsonb, p_usage jsonb default '[]',
  p_slot_id bigint default null)
returns jsonb language sql security invoker set search_path = ''
as $$ select private.save_generated_questions(p_interview_id, p_questions, p_usage, p_slot_id) $$;

revoke execute on function
  public.take_ai_call_slot(uuid, text, integer, integer),
  public.release_ai_call_slot(bigint),
  public.record_ai_usage(jsonb),
  public.claim_response_scoring(uuid, uuid, integer, integer),
  public.renew_scoring_claim(uuid, timestamptz),
  public.release_response_scoring(uuid, timestamptz, bigint),
  public.save_response_evaluation(uuid, timestamptz, jsonb, jsonb),
  public.claim_interview_completion(uuid, text, integer, integer),
  public.renew_completion_claim(uuid, timestamptz),
  public.release_interview_completion(uuid, timestamptz, bigint),
  public.begin_question_generation(uuid, text, integer, integer),
  public.save_generated_questions(uuid, jsonb, jsonb, bigint)
  from public, anon, authenticated;
grant execute on function
  public.take_ai_call_slot(uuid, text, integer, integer),
  public.release_ai_call_slot(bigint),
  public.record_ai_usage(jsonb),
  public.claim_response_scoring(uuid, uuid, integer, integer),
  public.renew_scoring_claim(uuid, timestamptz),
  public.release_response_scoring(uuid, timestamptz, bigint),
  public.save_response_evaluation(uuid, timestamptz, jsonb, jsonb),
  public.claim_interview_completion(uuid, text, integer, integer),
  public.renew_completion_claim(uuid, timestamptz),
  public.release_interview_completion(uuid, timestamptz, bigint),
  public.begin_question_generation(uuid, text, integer, integer),
  public.save_generated_questions(uuid, jsonb, jsonb, bigint)
  to service_role;
