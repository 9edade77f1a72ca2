-- ════════════════════════════════════════════════════════════════════════════════════════
-- Feature adoption for operators: how many people used each part of the product in a time
-- window (voice interviews, resumes, job descriptions, follow-ups, practice, coach, report
-- links) and how often. Read-only over the product tables; admins call the public wrapper.
-- ════════════════════════════════════════════════════════════════════════════════════════

create function analytics.feature_usage(p_from timestamptz default null, p_to timestamptz default null)
returns table (feature text, users bigint, uses bigint)
language sql
stable
set search_path = ''
as $$
  with bounds as (
    select coalesce(p_from, now() - interval '30 days') as lo, coalesce(p_to, now()) as hi
  ),
  sessions as (
    select s.user_id, s.interaction_mode, s.resume_text is not null as has_resume,
           s.job_description_text is not null as has_job_description
    from public.interview_sessions s, bounds b
    where s.created_at >= b.lo and s.created_at < b.hi
  )
  select 'Interviews', count(distinct user_id), count(*) from sessions
  union all
  select 'Voice interviews', count(distinct user_id) filter (where interaction_mode = 'speech'),
         count(*) filter (where interaction_mode = 'speech') from sessions
  union all
  select 'Interviews with a resume', count(distinct user_id) filter (where has_resume), count(*) filter (where has_resume) from sessions
  union all
  select 'Interviews with a job description', count(distinct user_id) filter (where has_job_description),
         count(*) filter (where has_job_description) from sessions
  union all
  select 'Follow-ups answered', count(distinct r.user_id), count(*)
  from public.interview_responses r
  join public.interview_questions q on q.id = r.question_id and q.is_follow_up, bounds b
  where r.submitted_at >= b.lo and r.submitted_at < b.hi
  union all
  select 'Practice attempts', count(distinct a.user_id), count(*)
  from public.practice_attempts a, bounds b
  where a.created_at >= b.lo and a.created_at < b.hi
  union all
  select 'Coach messages', count(distinct m.user_id), count(*)
  from public.chat_messages m, bounds b
  where m.role = 'user' and m.created_at >= b.lo and m.created_at < b.hi
  union all
  select 'Report links created', count(distinct l.user_id), count(*)
  from public.report_shares l, bounds b
  where l.created_at >= b.lo and l.created_at < b.hi
  union all
  -- views of links last opened in the window (the link keeps a total, not one row per view)
  select 'Shared report views', count(distinct l.user_id), coalesce(sum(l.view_count), 0)::bigint
  from public.report_shares l, bounds b
  where l.last_viewed_at >= b.lo and l.last_viewed_at < b.hi
$$;
revoke execute on function analytics.feature_usage(timestamptz, timestamptz) from public;

create function public.admin_analytics_feature_usage(p_from timestamptz default null, p_to timestamptz default null)
returns table (feature text, users bigint, uses bigint)
language plpgsql stable security definer set search_path = ''
as $$ begin perform private.require_admin(); return query select * from analytics.feature_usage(p_from, p_to); end; $$;
revoke execute on function public.admin_analytics_feature_usage(timestamptz, timestamptz) from public, anon, authenticated;
grant execute on function public.admin_analytics_feature_usage(timestamptz, timestamptz) to authenticated;

create index practice_attempts_created_idx on public.practice_attempts (created_at);
create index report_shares_created_idx on public.report_shares (created_at);
create index report_shares_last_viewed_idx on public.report_shares (last_viewed_at) where last_viewed_at is not null;
-- windows over answers and coach messages (the existing indexes lead with the user)
create index interview_responses_submitted_idx on public.interview_responses (submitted_at) include (question_id, user_id);
create index chat_messages_created_idx on public.chat_messages (created_at) where role = 'user';
