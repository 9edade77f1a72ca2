-- ════════════════════════════════════════════════════════════════════════════════════════
-- Report sharing: a read-only link to the report of one finished interview, for a mentor, a
-- friend or a recruiter. The owner decides whether the link shows their answers or only scores
-- and feedback, when it expires, and can turn it off at any time. Anyone with the link reads the
-- report through one definer function; nothing else about the owner (name, e-mail, resume, job
-- description, other interviews) is reachable through it.
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.report_shares (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  interview_id uuid not null references public.interview_sessions (id) on delete cascade,
  -- 192 random bits, URL-safe: the link is the only credential.
  token text not null default translate(encode(extensions.gen_random_bytes(24), 'base64'), '+/', '-_'),
  include_answers boolean not null default false,
  expires_at timestamptz,
  revoked_at timestamptz,
  view_count integer not null default 0,
  last_viewed_at timestamptz,
  created_at timestamptz not null default now(),
  constraint report_shares_token_format check (token ~ '^[A-Za-z0-9_-]{32}$'),
  constraint report_shares_expiry check (
    expires_at is null or (expires_at > created_at and expires_at <= created_at + interval '366 days')),
  constraint report_shares_view_count check (view_count >= 0)
);
create unique index report_shares_token_key on public.report_shares (token);
create index report_shares_user_idx on public.report_shares (user_id, created_at desc);
create index report_shares_interview_idx on public.report_shares (interview_id);

revoke all on table public.report_shares from anon, authenticated;
grant select (id, user_id, interview_id, token, include_answers, expires_at, revoked_at, view_count, last_viewed_at, created_at)
  on table public.report_shares to authenticated;
grant insert (interview_id, include_answers, expires_at) on table public.report_shares to authenticated;
grant update (revoked_at) on table public.report_shares to authenticated;
grant delete on table public.report_shares to authenticated;
alter table public.report_shares enable row level security;

create policy "Users can read their own report links"
  on public.report_shares for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all report links"
  on public.report_shares for select to authenticated
  using ((select private.is_admin()));
create policy "Users can share the reports of their own finished interviews"
  on public.report_shares for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (select private.is_active_user())
    and exists (
      select 1 from public.interview_sessions s
      where s.id = interview_id and s.user_id = (select auth.uid()) and s.status = 'completed'));
create policy "Users can turn off their own report links"
  on public.report_shares for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()))
  with check (user_id = (select auth.uid()));
create policy "Users can delete their own report links"
  on public.report_shares for delete to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));

-- Turning a link off is final and happens now (a future revoked_at would be a second expiry).
create function private.report_share_revocation()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
    raise exception using errcode = 'P0001', message = 'This link is already turned off; create a new one instead.';
  end if;
  if old.revoked_at is null and new.revoked_at is not null then
    new.revoked_at := now();
  end if;
  return new;
end;
$$;
revoke execute on function private.report_share_revocation() from public;
create trigger report_shares_revocation before update of revoked_at on public.report_shares
  for each row execute function private.report_share_revocation();

-- A handful of live links per report is plenty; more is a leak waiting to happen.
create function private.report_share_limit()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform pg_advisory_xact_lock(hashtextextended('report_shares:' || new.interview_id::text, 0));
  if (select count(*) from public.report_shares
      where interview_id = new.interview_id and revoked_at is null and (expires_at is null or expires_at > now())) >= 10 then
    raise exception using errcode = 'P0001', message = 'This report already has 10 active links. Turn one off to create another.';
  end if;
  return new;
end;
$$;
revoke execute on function private.report_share_limit() from public;
create trigger report_shares_limit before insert on public.report_shares
  for each row execute function private.report_share_limit();

-- ── reading a shared report ─────────────────────────────────────────────────────────────────
-- The rubric quotes the answer as evidence for key points and STAR parts: without answers, the
-- quotes go too.
create function private.rubric_without_quotes(p_rubric jsonb)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select case when p_rubric is null or jsonb_typeof(p_rubric) <> 'object' then p_rubric else
    (p_rubric
      || case when jsonb_typeof(p_rubric -> 'key_points') = 'array' then jsonb_build_object('key_points',
           coalesce((select jsonb_agg(kp - 'evidence' order by n) from jsonb_array_elements(p_rubric -> 'key_points') with ordinality as k(kp, n)), '[]'::jsonb))
         else '{}'::jsonb end
      || case when jsonb_typeof(p_rubric -> 'star') = 'object' then jsonb_build_object('star',
           (select jsonb_object_agg(part, case when jsonb_typeof(value) = 'object' then value - 'evidence' else value end)
              from jsonb_each(p_rubric -> 'star') as s(part, value)))
         else '{}'::jsonb end) - 'improved_answer'
  end
$$;
revoke execute on function private.rubric_without_quotes(jsonb) from public;

-- The report behind a link, in the shape the report page renders; null when the link is unknown,
-- expired or turned off, the interview is no longer there, or its owner's account is not active.
create function public.get_shared_report(p_token text)
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
        'summary', r.summary, 'strengths', r.strengths, 'weaknesses', r.weaknesses, 'recommendations', r.recommendations,
        'overall_score', r.overall_score, 'communication_score', r.communication_score, 'technical_score', r.technical_score,
        'behavioral_score', r.behavioral_score, 'skill_scores', r.skill_scores, 'statistics', r.statistics,
        'average_response_time_seconds', r.average_response_time_seconds, 'consistency', r.consistency,
        'confidence', r.confidence, 'generated_at', r.generated_at)
      from public.interview_reports r
      where r.interview_id = v_session.id
      order by r.generated_at desc
      limit 1),
    'questions', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', q.id, 'order_number', q.order_number, 'question_text', q.question_text, 'question_type', q.question_type,
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
        'client_test_results', null, 'submitted_at', r.submitted_at, 'score', r.score, 'ai_feedback', r.ai_feedback,
        'strengths', r.strengths, 'weaknesses', r.weaknesses, 'missed_key_points', r.missed_key_points,
        'improved_answer', case when v_answers then r.improved_answer end,
        'rubric', case when v_answers then r.rubric else private.rubric_without_quotes(r.rubric) end,
        'evaluated_at', r.evaluated_at))
      from public.interview_responses r
      where r.interview_id = v_session.id), '[]'::jsonb),
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
        'skill_score', g.skill_score, 'recommendation', g.recommendation,
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
revoke execute on function public.get_shared_report(text) from public, anon, authenticated;
grant execute on function public.get_shared_report(text) to anon, authenticated;
