-- save_response_evaluation answers the stored response only when the claim was lost (the caller then returns
-- the other request's result). After a save the scorer already has everything it answers with, and the row
-- (answer, rubric, feedback: several kilobytes) was serialised by Postgres, passed on by PostgREST and parsed by
-- the function for nothing, on every scored answer.
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
  returning r.id into v_saved;
  if v_saved is null then
    select * into v_row from public.interview_responses r where r.id = p_response_id;
    return jsonb_build_object('state', 'lost', 'response', private.response_json(v_row));
  end if;
  perform private.record_ai_usage(p_usage);
  return jsonb_build_object('state', 'saved');
end;
$$;
