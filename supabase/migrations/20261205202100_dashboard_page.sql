-- The dashboard's data in one round trip: its statistics, plan usage, latest interviews and skill gaps were
-- four requests (each with a CORS preflight) fired at once, which a phone's HTTP/1.1 connection limit
-- turned into two rounds before the page settled. get_dashboard() answers all four, as the caller: it only
-- calls the functions and reads the rows the separate requests did (same grants, same RLS, same answers),
-- so it adds no access of its own.

create function public.get_dashboard()
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'stats', public.get_user_stats(),
    'plan_usage', public.get_plan_usage(),
    'recent_interviews', coalesce((
      select jsonb_agg(to_jsonb(h)) from public.get_user_interview_history(p_limit => 5) h), '[]'::jsonb),
    -- newest first, as the dashboard keeps the latest gap per skill
    'skill_gaps', coalesce((
      select jsonb_agg(jsonb_build_object(
        'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
        'skill_score', g.skill_score, 'interview_id', g.interview_id, 'identified_at', g.identified_at)
        order by g.identified_at desc)
      from (
        select g.skill_name, g.proficiency_level, g.gap_score, g.skill_score, g.interview_id, g.identified_at
        from public.skill_gaps g
        where g.user_id = (select auth.uid())
        order by g.identified_at desc
        limit 100) g), '[]'::jsonb))
$$;
comment on function public.get_dashboard() is
  'The caller''s dashboard in one answer: get_user_stats, get_plan_usage, the 5 latest interviews and the latest 100 skill gaps.';
revoke all on function public.get_dashboard() from public, anon, authenticated, service_role;
grant execute on function public.get_dashboard() to authenticated;
