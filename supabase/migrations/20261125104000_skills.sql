-- ════════════════════════════════════════════════════════════════════════════════════════
-- Skills: learning_resources (a catalog, seeded by supabase/seeds/learning_resources.sql),
-- skill_gaps (seed 000) and skill_gap_resources (replaces seed 000's learning_resources.skill_gap_id
-- so one resource can serve many gaps). Written by the complete-interview function (service role).
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.learning_resources (
  id uuid primary key default gen_random_uuid(),
  skill text not null,
  resource_type text not null,
  title text not null,
  url text not null,
  description text,
  priority integer not null default 3,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint learning_resources_skill_length check (length(btrim(skill)) between 1 and 100),
  constraint learning_resources_type check (resource_type in ('article', 'video', 'course', 'practice', 'documentation', 'book')),
  constraint learning_resources_title_length check (length(btrim(title)) between 1 and 255),
  constraint learning_resources_url_format check (url ~* '^https?://[^\s]+$'),
  constraint learning_resources_priority check (priority between 1 and 5)
);
create unique index learning_resources_skill_url_key on public.learning_resources (lower(skill), url);
create index learning_resources_skill_idx on public.learning_resources (lower(skill), priority);
create index learning_resources_is_active_idx on public.learning_resources (is_active);
create trigger learning_resources_set_updated_at before update on public.learning_resources
  for each row execute function private.set_updated_at();

revoke all on table public.learning_resources from anon, authenticated;
grant select on table public.learning_resources to authenticated;
alter table public.learning_resources enable row level security;
create policy "Signed-in users can read active learning resources"
  on public.learning_resources for select to authenticated
  using (is_active and (select private.is_active_user()));
create policy "Admins can read all learning resources"
  on public.learning_resources for select to authenticated
  using ((select private.is_admin()));

create table public.skill_gaps (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  interview_id uuid references public.interview_sessions (id) on delete cascade,
  skill_name text not null,
  proficiency_level text not null,
  gap_score numeric(5, 2) not null,
  skill_score numeric(5, 2),
  recommendation text,
  identified_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  constraint skill_gaps_skill_length check (length(btrim(skill_name)) between 1 and 100),
  constraint skill_gaps_proficiency check (proficiency_level in ('weak', 'moderate', 'strong')),
  constraint skill_gaps_gap_score check (gap_score between 0 and 100),
  constraint skill_gaps_skill_score check (skill_score is null or skill_score between 0 and 100)
);
create unique index skill_gaps_interview_skill_key on public.skill_gaps (interview_id, skill_name);
create index skill_gaps_user_idx on public.skill_gaps (user_id, identified_at desc);

revoke all on table public.skill_gaps from anon, authenticated;
grant select on table public.skill_gaps to authenticated;
alter table public.skill_gaps enable row level security;
create policy "Users can read their own skill gaps"
  on public.skill_gaps for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all skill gaps"
  on public.skill_gaps for select to authenticated
  using ((select private.is_admin()));

create table public.skill_gap_resources (
  skill_gap_id uuid not null references public.skill_gaps (id) on delete cascade,
  resource_id uuid not null references public.learning_resources (id) on delete cascade,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  priority integer not null default 3,
  created_at timestamptz not null default now(),
  primary key (skill_gap_id, resource_id),
  constraint skill_gap_resources_priority check (priority between 1 and 5)
);
create index skill_gap_resources_resource_idx on public.skill_gap_resources (resource_id);
create index skill_gap_resources_user_idx on public.skill_gap_resources (user_id);

create function private.skill_gap_resource_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select g.user_id into new.user_id from public.skill_gaps g where g.id = new.skill_gap_id;
  return new;
end;
$$;
revoke execute on function private.skill_gap_resource_defaults() from public;
create trigger skill_gap_resources_defaults before insert on public.skill_gap_resources
  for each row execute function private.skill_gap_resource_defaults();

revoke all on table public.skill_gap_resources from anon, authenticated;
grant select on table public.skill_gap_resources to authenticated;
alter table public.skill_gap_resources enable row level security;
create policy "Users can read the resources linked to their own skill gaps"
  on public.skill_gap_resources for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all skill gap resources"
  on public.skill_gap_resources for select to authenticated
  using ((select private.is_admin()));

-- Links the best active resources of a gap's skill (used by complete-interview; service role).
create function public.link_skill_gap_resources(p_skill_gap_id uuid, p_limit integer default 3)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_count int;
begin
  insert into public.skill_gap_resources (skill_gap_id, resource_id, user_id, priority)
  select g.id, r.id, g.user_id, r.priority
  from public.skill_gaps g
  join lateral (
    select lr.id, lr.priority from public.learning_resources lr
    where lr.is_active and lower(lr.skill) = lower(g.skill_name)
    order by lr.priority, lr.created_at limit greatest(coalesce(p_limit, 3), 0)
  ) r on true
  where g.id = p_skill_gap_id
  on conflict do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
revoke execute on function public.link_skill_gap_resources(uuid, integer) from public, anon, authenticated;
grant execute on function public.link_skill_gap_resources(uuid, integer) to service_role;

-- Skill progress over time (seed 001 analytics.userMetrics.skillProgress).
create view public.user_skill_progress with (security_invoker = true) as
-- skill_scores values are either a plain score or {score, question_count} (what complete-interview writes).
select r.user_id,
       s.key as skill,
       r.interview_id,
       r.generated_at,
       v.score,
       v.score - lag(v.score) over (partition by r.user_id, s.key order by r.generated_at) as improvement
from public.interview_reports r
cross join lateral jsonb_each(r.skill_scores) s
cross join lateral (
  select case jsonb_typeof(s.value)
           when 'number' then (s.value #>> '{}')::numeric
           when 'object' then (s.value ->> 'score')::numeric
         end as score
) v
where v.score is not null;
revoke all on table public.user_skill_progress from anon, authenticated;
grant select on table public.user_skill_progress to authenticated;
