-- Archived interviews stay the owner's (seed 001 archiving; docs/operations.md): the lifecycle job moves old
-- finished interviews into `archive.*`, which the API does not expose, so they vanished from history and from
-- "export my data". Two read-only RPCs give the owner — and only the owner — their archived rows:
--   get_my_archived_interviews(): one summary per archived interview, newest first (history lists them);
--   get_my_archived_data(): every archived row of theirs, per table (the export includes it).
-- There is no write path: archived interviews cannot be answered, scored, shared or edited; they go away only
-- with the account (private.purge_archived_user_data). Answer material hidden from users in the live tables
-- (reference answers, key points, sample code, scoring claims) stays hidden here.

create function private.get_my_archived_interviews()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  return coalesce((
    select jsonb_agg(jsonb_build_object(
      'id', s.id, 'session_id', s.session_id, 'title', s.title, 'job_role', s.job_role, 'custom_role', s.custom_role,
      'company', s.company, 'interview_type', s.interview_type, 'difficulty', s.difficulty, 'status', s.status,
      'score', s.score, 'total_questions', s.total_questions, 'questions_answered', s.questions_answered,
      'created_at', s.created_at, 'completed_at', s.completed_at, 'archived_at', s.archived_at)
      order by s.created_at desc)
    from archive.interview_sessions s where s.user_id = v_uid), '[]'::jsonb);
end;
$$;
revoke execute on function private.get_my_archived_interviews() from public, anon, authenticated;
grant execute on function private.get_my_archived_interviews() to authenticated;

create function public.get_my_archived_interviews()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$ select private.get_my_archived_interviews() $$;
comment on function public.get_my_archived_interviews() is 'The caller''s archived interviews (read-only), newest first.';
revoke all on function public.get_my_archived_interviews() from public, anon, authenticated, service_role;
grant execute on function public.get_my_archived_interviews() to authenticated;

create function private.get_my_archived_data()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  return jsonb_build_object(
    'interview_sessions', coalesce((select jsonb_agg(to_jsonb(s) order by s.created_at)
      from archive.interview_sessions s where s.user_id = v_uid), '[]'::jsonb),
    'interview_questions', coalesce((select jsonb_agg(to_jsonb(q) - 'expected_answer' - 'key_points' - 'sample_code'
      order by q.interview_id, q.order_number) from archive.interview_questions q where q.user_id = v_uid), '[]'::jsonb),
    'interview_responses', coalesce((select jsonb_agg(to_jsonb(r) - 'scoring_started_at' order by r.interview_id, r.submitted_at)
      from archive.interview_responses r where r.user_id = v_uid), '[]'::jsonb),
    'interview_messages', coalesce((select jsonb_agg(to_jsonb(m) order by m.interview_id, m.message_index)
      from archive.interview_messages m where m.user_id = v_uid), '[]'::jsonb),
    'interview_reports', coalesce((select jsonb_agg(to_jsonb(r) order by r.interview_id, r.report_type)
      from archive.interview_reports r where r.user_id = v_uid), '[]'::jsonb),
    'skill_gaps', coalesce((select jsonb_agg(to_jsonb(g) order by g.identified_at)
      from archive.skill_gaps g where g.user_id = v_uid), '[]'::jsonb),
    'skill_gap_resources', coalesce((select jsonb_agg(to_jsonb(l))
      from archive.skill_gap_resources l where l.user_id = v_uid), '[]'::jsonb),
    'chat_sessions', coalesce((select jsonb_agg(to_jsonb(c) order by c.created_at)
      from archive.chat_sessions c where c.user_id = v_uid), '[]'::jsonb),
    'chat_messages', coalesce((select jsonb_agg(to_jsonb(m) order by m.chat_session_id, m.created_at)
      from archive.chat_messages m where m.user_id = v_uid), '[]'::jsonb));
end;
$$;
revoke execute on function private.get_my_archived_data() from public, anon, authenticated;
grant execute on function private.get_my_archived_data() to authenticated;

create function public.get_my_archived_data()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$ select private.get_my_archived_data() $$;
comment on function public.get_my_archived_data() is 'Every archived row of the caller''s, per table (read-only; part of the data export).';
revoke all on function public.get_my_archived_data() from public, anon, authenticated, service_role;
grant execute on function public.get_my_archived_data() to authenticated;
