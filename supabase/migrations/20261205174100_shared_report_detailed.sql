-- An interview now has two reports (detailed and summary); a shared report shows the detailed one. Same
-- function as before otherwise (it lives in `private` behind the public invoker wrapper).
create or replace function private.get_shared_report(p_token text)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_share public.report_shares;
  v_session public.interview_sessions;
  v_answers boolean;
  v_fp jsonb;
begin
  if p_token is null or p_token !~ '^[A-Za-z0-9_-]{32}$' then
    return null;
  end if;
  select * into v_share from public.report_shares
  where token = p_token and revoked_at is null and (expires_at is null or expires_at > now());
  if not found then
    return null;
  end if;
  select s.* into v_session from public.interview_sessions s
  join public.user_profiles p on p.id = s.user_id and p.status = 'active'
  where s.id = v_share.interview_id and s.status = 'completed';
  if not found then
    return null;
  end if;
  v_answers := v_share.include_answers;
  if not v_answers then
    v_fp := private.answer_fingerprint(v_session.id);
  end if;

  begin
    update public.report_shares set view_count = view_count + 1, last_viewed_at = now() where id = v_share.id;
  exception when read_only_sql_transaction then
    null; -- called with GET (PostgREST runs it read-only): the report is still returned, the view is not counted
  end;

  return jsonb_build_object(
    'include_answers', v_answers,
    'expires_at', v_share.expires_at,
    'session', jsonb_build_object(
      'id', v_session.id, 'session_id', v_session.session_id, 'title', v_session.title,
      'job_role', v_session.job_role, 'custom_role', v_session.custom_role, 'company', v_session.company,
      'interview_type', v_session.interview_type, 'difficulty', v_session.difficulty, 'tech_stack', v_session.tech_stack,
      'interaction_mode', v_session.interaction_mode, 'status', v_session.status,
      'total_questions', v_session.total_questions, 'questions_answered', v_session.questions_answered,
      'resume_filename', null, 'job_description_filename', null,
      'duration_seconds', v_session.duration_seconds, 'score', v_session.score,
      'started_at', v_session.started_at, 'completed_at', v_session.completed_at, 'created_at', v_session.created_at),
    'report', (
      select jsonb_build_object(
        'summary', case when v_answers then r.summary else private.text_without_answers(r.summary, v_fp) end,
        'strengths', case when v_answers then to_jsonb(r.strengths) else private.texts_without_answers(r.strengths, v_fp) end,
        'weaknesses', case when v_answers then to_jsonb(r.weaknesses) else private.texts_without_answers(r.weaknesses, v_fp) end,
        'recommendations', case when v_answers then to_jsonb(r.recommendations)
          else private.texts_without_answers(r.recommendations, v_fp) end,
        'overall_score', r.overall_score, 'communication_score', r.communication_score, 'technical_score', r.technical_score,
        'behavioral_score', r.behavioral_score, 'skill_scores', r.skill_scores,
        'statistics', case when v_answers then r.statistics else private.statistics_without_answers(r.statistics, v_fp) end,
        'average_response_time_seconds', r.average_response_time_seconds, 'consistency', r.consistency,
        'confidence', r.confidence, 'generated_at', r.generated_at)
      from public.interview_reports r
      where r.interview_id = v_session.id and r.report_type = 'detailed'
      order by r.generated_at desc
      limit 1),
    'questions', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', q.id, 'order_number', q.order_number,
        -- a follow-up's text is written from the answer it follows
        'question_text', case when v_answers or not q.is_follow_up then q.question_text
          else coalesce(private.text_without_answers(q.question_text, v_fp), 'Follow-up question') end,
        'question_type', q.question_type,
        'difficulty', q.difficulty, 'skill_category', q.skill_category, 'skills', q.skills,
        'time_limit_seconds', q.time_limit_seconds, 'is_follow_up', q.is_follow_up, 'parent_question_id', q.parent_question_id,
        'starter_code', null, 'function_name', q.function_name, 'test_cases', '[]'::jsonb, 'bank_question_id', null)
        order by q.order_number)
      from public.interview_questions q
      where q.interview_id = v_session.id), '[]'::jsonb),
    'responses', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', r.id, 'question_id', r.question_id,
        'answer_text', case when v_answers then r.answer_text end,
        'code_answer', case when v_answers then r.code_answer end,
        'transcript', case when v_answers then r.transcript end,
        'speaking_duration_seconds', r.speaking_duration_seconds, 'time_taken_seconds', r.time_taken_seconds,
        'client_test_results', null, 'submitted_at', r.submitted_at, 'score', r.score,
        'ai_feedback', case when v_answers then r.ai_feedback else private.text_without_answers(r.ai_feedback, v_fp) end,
        'strengths', case when v_answers then to_jsonb(r.strengths) else private.texts_without_answers(r.strengths, v_fp) end,
        'weaknesses', case when v_answers then to_jsonb(r.weaknesses) else private.texts_without_answers(r.weaknesses, v_fp) end,
        'missed_key_points', case when v_answers then to_jsonb(r.missed_key_points)
          else private.texts_without_answers(r.missed_key_points, v_fp) end,
        'improved_answer', case when v_answers then r.improved_answer end,
        'rubric', case when v_answers then r.rubric else private.rubric_without_answers(r.rubric, v_fp) end,
        'evaluated_at', r.evaluated_at))
      from public.interview_responses r
      where r.interview_id = v_session.id), '[]'::jsonb),
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
        'skill_score', g.skill_score,
        'recommendation', case when v_answers then g.recommendation else private.text_without_answers(g.recommendation, v_fp) end,
        'skill_gap_resources', coalesce((
          select jsonb_agg(jsonb_build_object(
            'priority', sgr.priority,
            'learning_resources', jsonb_build_object('title', lr.title, 'url', lr.url, 'resource_type', lr.resource_type, 'description', lr.description))
            order by sgr.priority)
          from public.skill_gap_resources sgr
          join public.learning_resources lr on lr.id = sgr.resource_id
          where sgr.skill_gap_id = g.id), '[]'::jsonb))
        order by g.gap_score desc)
      from public.skill_gaps g
      where g.interview_id = v_session.id), '[]'::jsonb));
end;
$$;
