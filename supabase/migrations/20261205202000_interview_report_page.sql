-- The report page in one round trip. The page used to ask PostgREST seven times (session, detailed report,
-- questions, responses, skill gaps, transcript, share links), and on a phone the HTTP/1.1 connection limit
-- and the CORS preflight of each made that two rounds of requests before its first screen could render.
--
-- get_interview_report_page(p_interview_id) answers all of it at once, plus the summary report (so the
-- summary view needs no second request either), or null when the interview is not the caller's own — the
-- same rule the page applied before (owner only: an admin, who may read every row, still gets null for
-- someone else's interview). It runs as the caller (security invoker), so RLS and the column grants
-- decide exactly as they did for the separate requests; shared reports keep their own RPC
-- (get_shared_report). The columns are the ones the SPA's row schemas read.

create function public.get_interview_report_page(p_interview_id uuid)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_session jsonb;
begin
  select jsonb_build_object(
      'id', s.id, 'session_id', s.session_id, 'title', s.title, 'job_role', s.job_role, 'custom_role', s.custom_role,
      'company', s.company, 'interview_type', s.interview_type, 'difficulty', s.difficulty, 'tech_stack', s.tech_stack,
      'interaction_mode', s.interaction_mode, 'status', s.status, 'total_questions', s.total_questions,
      'questions_answered', s.questions_answered, 'resume_filename', s.resume_filename,
      'job_description_filename', s.job_description_filename, 'duration_seconds', s.duration_seconds, 'score', s.score,
      'started_at', s.started_at, 'completed_at', s.completed_at, 'created_at', s.created_at)
    into v_session
  from public.interview_sessions s
  where s.id = p_interview_id and s.user_id = v_uid;
  if v_session is null then
    return null;
  end if;

  return jsonb_build_object(
    'session', v_session,
    'report', (
      select jsonb_build_object(
        'summary', r.summary, 'strengths', r.strengths, 'weaknesses', r.weaknesses,
        'recommendations', r.recommendations, 'overall_score', r.overall_score,
        'communication_score', r.communication_score, 'technical_score', r.technical_score,
        'behavioral_score', r.behavioral_score, 'skill_scores', r.skill_scores, 'statistics', r.statistics,
        'average_response_time_seconds', r.average_response_time_seconds, 'consistency', r.consistency,
        'confidence', r.confidence, 'generated_at', r.generated_at)
      from public.interview_reports r
      where r.interview_id = p_interview_id and r.report_type = 'detailed'
      order by r.generated_at desc
      limit 1),
    'summary_report', (
      select jsonb_build_object(
        'summary', r.summary, 'strengths', r.strengths, 'weaknesses', r.weaknesses,
        'recommendations', r.recommendations, 'overall_score', r.overall_score,
        'communication_score', r.communication_score, 'technical_score', r.technical_score,
        'behavioral_score', r.behavioral_score, 'statistics', r.statistics, 'generated_at', r.generated_at)
      from public.interview_reports r
      where r.interview_id = p_interview_id and r.user_id = v_uid and r.report_type = 'summary'
      order by r.generated_at desc
      limit 1),
    'questions', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', q.id, 'order_number', q.order_number, 'question_text', q.question_text, 'question_type', q.question_type,
        'difficulty', q.difficulty, 'skill_category', q.skill_category, 'skills', q.skills,
        'time_limit_seconds', q.time_limit_seconds, 'is_follow_up', q.is_follow_up,
        'parent_question_id', q.parent_question_id, 'starter_code', q.starter_code, 'function_name', q.function_name,
        'test_cases', q.test_cases, 'bank_question_id', q.bank_question_id)
        order by q.order_number)
      from public.interview_questions q
      where q.interview_id = p_interview_id), '[]'::jsonb),
    'responses', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', r.id, 'question_id', r.question_id, 'answer_text', r.answer_text, 'code_answer', r.code_answer,
        'transcript', r.transcript, 'audio_path', r.audio_path, 'speaking_duration_seconds', r.speaking_duration_seconds,
        'time_taken_seconds', r.time_taken_seconds, 'client_test_results', r.client_test_results,
        'submitted_at', r.submitted_at, 'score', r.score, 'ai_feedback', r.ai_feedback, 'strengths', r.strengths,
        'weaknesses', r.weaknesses, 'missed_key_points', r.missed_key_points, 'improved_answer', r.improved_answer,
        'rubric', r.rubric, 'evaluated_at', r.evaluated_at)
        order by r.submitted_at, r.id)
      from public.interview_responses r
      where r.interview_id = p_interview_id), '[]'::jsonb),
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
        'skill_score', g.skill_score, 'recommendation', g.recommendation,
        'skill_gap_resources', coalesce((
          select jsonb_agg(jsonb_build_object(
            'priority', sgr.priority,
            -- null when the resource is not readable, as PostgREST's embedding answers
            'learning_resources', (
              select jsonb_build_object('title', lr.title, 'url', lr.url, 'resource_type', lr.resource_type,
                'description', lr.description)
              from public.learning_resources lr
              where lr.id = sgr.resource_id))
            order by sgr.priority)
          from public.skill_gap_resources sgr
          where sgr.skill_gap_id = g.id), '[]'::jsonb))
        order by g.gap_score desc)
      from public.skill_gaps g
      where g.interview_id = p_interview_id), '[]'::jsonb),
    -- The conversation of this interview as its owner had it (admins may read every transcript).
    'transcript', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', m.id, 'message_index', m.message_index, 'role', m.role, 'content', m.content,
        'is_question', m.is_question, 'is_follow_up', m.is_follow_up,
        'speaking_duration_seconds', m.speaking_duration_seconds)
        order by m.message_index)
      from public.interview_messages m
      where m.interview_id = p_interview_id and m.user_id = v_uid), '[]'::jsonb),
    'shares', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', sh.id, 'interview_id', sh.interview_id, 'token', sh.token, 'include_answers', sh.include_answers,
        'expires_at', sh.expires_at, 'revoked_at', sh.revoked_at, 'view_count', sh.view_count,
        'last_viewed_at', sh.last_viewed_at, 'created_at', sh.created_at)
        order by sh.created_at desc)
      from public.report_shares sh
      where sh.interview_id = p_interview_id and sh.user_id = v_uid), '[]'::jsonb));
end;
$$;
comment on function public.get_interview_report_page(uuid) is
  'The caller''s own interview report page (session, reports, questions, responses, skill gaps, transcript, share links) in one answer; null when the interview is not theirs.';
revoke all on function public.get_interview_report_page(uuid) from public, anon, authenticated, service_role;
grant execute on function public.get_interview_report_page(uuid) to authenticated;
