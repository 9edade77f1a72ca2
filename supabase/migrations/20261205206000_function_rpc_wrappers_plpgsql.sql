-- The public wrappers of the RPCs the edge functions call were `language sql` with `set search_path`.
-- Postgres 17 cannot inline such a function and re-parses and re-plans its body on every call (~0.2 ms
-- here), while plpgsql keeps the plan per connection. Same signatures, volatility and grants (create or
-- replace keeps the privileges); only the body's language changes.

create or replace function public.take_ai_call_slot(p_user_id uuid, p_operation text, p_max integer, p_window_seconds integer)
returns bigint language plpgsql security invoker set search_path = ''
as $$ begin return private.take_ai_call_slot(p_user_id, p_operation, p_max, p_window_seconds); end $$;

create or replace function public.release_ai_call_slot(p_slot_id bigint)
returns void language plpgsql security invoker set search_path = ''
as $$ begin perform private.release_ai_call_slot(p_slot_id); end $$;

create or replace function public.record_ai_usage(p_events jsonb)
returns integer language plpgsql security invoker set search_path = ''
as $$ begin return private.record_ai_usage(p_events); end $$;

create or replace function public.claim_response_scoring(p_user_id uuid, p_response_id uuid,
  p_rate_max integer default null, p_rate_window_seconds integer default null)
returns jsonb language plpgsql security invoker set search_path = ''
as $$ begin return private.claim_response_scoring(p_user_id, p_response_id, p_rate_max, p_rate_window_seconds); end $$;

create or replace function public.renew_scoring_claim(p_response_id uuid, p_claimed_at timestamptz)
returns timestamptz language plpgsql security invoker set search_path = ''
as $$ begin return private.renew_scoring_claim(p_response_id, p_claimed_at); end $$;

create or replace function public.release_response_scoring(p_response_id uuid, p_claimed_at timestamptz, p_slot_id bigint default null)
returns void language plpgsql security invoker set search_path = ''
as $$ begin perform private.release_response_scoring(p_response_id, p_claimed_at, p_slot_id); end $$;

create or replace function public.save_response_evaluation(p_response_id uuid, p_claimed_at timestamptz, p_result jsonb,
  p_usage jsonb default '[]')
returns jsonb language plpgsql security invoker set search_path = ''
as $$ begin return private.save_response_evaluation(p_response_id, p_claimed_at, p_result, p_usage); end $$;

create or replace function public.claim_interview_completion(p_user_id uuid, p_session_id text,
  p_rate_max integer default null, p_rate_window_seconds integer default null)
returns jsonb language plpgsql security invoker set search_path = ''
as $$ begin return private.claim_interview_completion(p_user_id, p_session_id, p_rate_max, p_rate_window_seconds); end $$;

create or replace function public.renew_completion_claim(p_interview_id uuid, p_claimed_at timestamptz)
returns timestamptz language plpgsql security invoker set search_path = ''
as $$ begin return private.renew_completion_claim(p_interview_id, p_claimed_at); end $$;

create or replace function public.release_interview_completion(p_interview_id uuid, p_claimed_at timestamptz, p_slot_id bigint default null)
returns void language plpgsql security invoker set search_path = ''
as $$ begin perform private.release_interview_completion(p_interview_id, p_claimed_at, p_slot_id); end $$;

create or replace function public.begin_question_generation(p_user_id uuid, p_session_id text, p_rate_max integer default null,
  p_rate_window_seconds integer default null)
returns jsonb language plpgsql security invoker set search_path = ''
as $$ begin return private.begin_question_generation(p_user_id, p_session_id, p_rate_max, p_rate_window_seconds); end $$;

create or replace function public.save_generated_questions(p_interview_id uuid, p_questions jsonb, p_usage jsonb default '[]',
  p_slot_id bigint default null)
returns jsonb language plpgsql security invoker set search_path = ''
as $$ begin return private.save_generated_questions(p_interview_id, p_questions, p_usage, p_slot_id); end $$;

create or replace function public.assert_account_active(p_user_id uuid)
returns void language plpgsql stable security invoker set search_path = ''
as $$ begin perform private.assert_account_active(p_user_id); end $$;

create or replace function public.finish_interview_completion(
  p_interview_id uuid,
  p_score numeric,
  p_feedback jsonb default null,
  p_report jsonb default null,
  p_statistics jsonb default null,
  p_duration_seconds integer default null,
  p_skill_gaps jsonb default '[]',
  p_usage jsonb default '[]'
)
returns jsonb language plpgsql security invoker set search_path = ''
as $$
begin
  return private.finish_interview_completion(p_interview_id, p_score, p_feedback, p_report, p_statistics,
    p_duration_seconds, p_skill_gaps, p_usage);
end
$$;
