-- A `language sql` function with `set search_path` can neither be inlined nor keep its plan in Postgres 17: each
-- call from a new statement parses and plans its body again, while plpgsql keeps its plans per connection.
-- These are the last such functions the interview loop and a sign-up reach (tests/db/plan-cache.test.ts walks
-- the loop's call graph). Same signatures, bodies, volatility and owner; create or replace keeps the privileges.

-- Answers every completion (finish_interview_completion) and every repeated claim of a completed interview:
-- 0.78 ms of backend CPU per call as sql against 0.12 ms as plpgsql (2 000 calls, each its own statement, on one
-- connection).
create or replace function private.completed_interview_json(p_interview_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return (
    select jsonb_build_object(
      'report', (select to_jsonb(r) from public.interview_reports r
                 where r.interview_id = p_interview_id and r.report_type = 'detailed'),
      'skill_gaps', coalesce((
        select jsonb_agg(jsonb_build_object(
            'id', g.id, 'skill_name', g.skill_name, 'proficiency_level', g.proficiency_level, 'gap_score', g.gap_score,
            'skill_score', g.skill_score, 'recommendation', g.recommendation,
            'skill_gap_resources', coalesce((
              select jsonb_agg(jsonb_build_object('resource_id', l.resource_id, 'priority', l.priority,
                  'learning_resources', jsonb_build_object('title', lr.title, 'url', lr.url, 'resource_type', lr.resource_type))
                order by l.priority, lr.title)
              from public.skill_gap_resources l
              join public.learning_resources lr on lr.id = l.resource_id
              where l.skill_gap_id = g.id), '[]'))
          order by g.gap_score desc, g.skill_name)
        from public.skill_gaps g
        where g.interview_id = p_interview_id), '[]')));
end;
$$;

-- The username check of the profile's field rules (insert and username changes).
create or replace function private.username_in_use(p_username text, p_profile_id uuid)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.user_profiles p where p.username = p_username and p.id <> p_profile_id);
end;
$$;

-- Sign-up (the auth.users trigger): the profile's username and its referral code default.
create or replace function private.username_base(p_source text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  b text := left(coalesce(nullif(regexp_replace(lower(coalesce(p_source, '')), '[^a-z0-9_.-]+', '', 'g'), ''), 'user'), 30);
begin
  return case when length(b) < 3 then rpad(b, 3, '0') else b end;
end;
$$;

create or replace function private.generate_referral_code()
returns text
language plpgsql
set search_path = ''
as $$
begin
  -- 10 chars of Crockford-ish base32 (no 0/O/1/I confusion).
  return (select string_agg(substr('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', (get_byte(b, i) % 32) + 1, 1), '' order by i)
          from extensions.gen_random_bytes(10) as b, generate_series(0, 9) as i);
end;
$$;
