-- ════════════════════════════════════════════════════════════════════════════════════════
-- Question bank (seed 001 questions collection): readable by signed-in users EXCEPT the answer
-- columns (expected_answer, key_points, sample_code), which only the service role, admin RPCs
-- and the reveal RPCs return. Usage statistics are maintained by triggers (interviews migration).
-- Also practice_attempts: answers to bank questions outside an interview (seed 001
-- featureUsage.practiceQuestions), which unlock the practice reveal.
-- ════════════════════════════════════════════════════════════════════════════════════════

create function private.is_valid_evaluation_criteria(p jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select p is null
    or (jsonb_typeof(p) = 'array'
      and (jsonb_array_length(p) = 0
        or (
          not exists (
            select 1 from jsonb_array_elements(p) e
            where jsonb_typeof(e) <> 'object'
              or jsonb_typeof(e -> 'criterion') is distinct from 'string'
              or jsonb_typeof(e -> 'weight') is distinct from 'number'
              or (e ->> 'weight')::numeric < 0 or (e ->> 'weight')::numeric > 100)
          and (select sum((e ->> 'weight')::numeric) from jsonb_array_elements(p) e) = 100)))
$$;

create function private.is_valid_test_cases(p jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select p is null
    or (jsonb_typeof(p) = 'array'
      and not exists (
        select 1 from jsonb_array_elements(p) e
        where jsonb_typeof(e) <> 'object' or not (e ? 'input') or not (e ? 'expectedOutput')))
$$;

create function private.is_valid_variants(p jsonb)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select p is null
    or (jsonb_typeof(p) = 'array'
      and not exists (
        select 1 from jsonb_array_elements(p) e
        where jsonb_typeof(e) <> 'object' or jsonb_typeof(e -> 'question') is distinct from 'string'
          or (e ? 'difficulty' and e ->> 'difficulty' not in ('easy', 'medium', 'hard'))))
$$;

revoke execute on function private.is_valid_evaluation_criteria(jsonb), private.is_valid_test_cases(jsonb),
  private.is_valid_variants(jsonb) from public;
grant execute on function private.is_valid_evaluation_criteria(jsonb), private.is_valid_test_cases(jsonb),
  private.is_valid_variants(jsonb) to authenticated, service_role;

create table public.question_bank (
  id uuid primary key default gen_random_uuid(),
  question text not null,
  type text not null,
  category text not null default 'general',
  difficulty text not null,
  roles text[] default '{}',
  tech_stack text[] default '{}',
  skills text[] default '{}',
  time_limit_seconds integer,
  variants jsonb default '[]',
  expected_answer text,
  key_points text[] default '{}',
  sample_code text,
  starter_code text,
  function_name text,
  test_cases jsonb default '[]',
  evaluation_criteria jsonb default '[]',
  tags text[] default '{}',
  is_active boolean not null default true,
  created_by uuid references public.user_profiles (id) on delete set null,
  -- usage statistics (maintained by triggers on interview_questions / interview_responses)
  times_used integer not null default 0,
  times_answered integer not null default 0,
  average_score numeric(5, 2),
  average_time_seconds numeric(10, 2),
  success_rate numeric(5, 2),
  score_sum numeric not null default 0,
  time_sum numeric not null default 0,
  timed_answers integer not null default 0,
  success_count integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint question_bank_question_length check (length(btrim(question)) between 10 and 4000),
  constraint question_bank_type check (type in ('technical', 'behavioral', 'coding', 'system_design')),
  constraint question_bank_category check (category in ('frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general')),
  constraint question_bank_difficulty check (difficulty in ('easy', 'medium', 'hard')),
  constraint question_bank_time_limit check (time_limit_seconds is null or time_limit_seconds between 15 and 7200),
  constraint question_bank_variants_valid check (private.is_valid_variants(variants)),
  constraint question_bank_test_cases_valid check (private.is_valid_test_cases(test_cases)),
  constraint question_bank_evaluation_criteria_valid check (private.is_valid_evaluation_criteria(evaluation_criteria)),
  constraint question_bank_usage_non_negative check (times_used >= 0 and times_answered >= 0 and success_count >= 0 and timed_answers >= 0),
  constraint question_bank_average_score_range check (average_score is null or average_score between 0 and 100),
  constraint question_bank_success_rate_range check (success_rate is null or success_rate between 0 and 100)
);
comment on column public.question_bank.expected_answer is 'Answer material: not selectable by authenticated (column privileges).';
comment on column public.question_bank.success_rate is 'Percentage of scored answers with score >= 70.';

-- One row per question text: re-applying the seed is a no-op (its inserts say on conflict do nothing).
create unique index question_bank_question_key on public.question_bank (md5(lower(question)));
create index question_bank_type_category_difficulty_idx on public.question_bank (type, category, difficulty) where is_active;
create index question_bank_tech_stack_idx on public.question_bank using gin (tech_stack);
create index question_bank_skills_idx on public.question_bank using gin (skills);
create index question_bank_roles_idx on public.question_bank using gin (roles);
create index question_bank_tags_idx on public.question_bank using gin (tags);
create index question_bank_is_active_idx on public.question_bank (is_active);
create index question_bank_average_score_idx on public.question_bank (average_score desc nulls last);
create index question_bank_created_by_idx on public.question_bank (created_by);
create trigger question_bank_set_updated_at before update on public.question_bank
  for each row execute function private.set_updated_at();

revoke all on table public.question_bank from anon, authenticated;
grant select (id, question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds,
  variants, starter_code, function_name, test_cases, evaluation_criteria, tags, is_active, created_by,
  times_used, times_answered, average_score, average_time_seconds, success_rate, created_at, updated_at)
  on table public.question_bank to authenticated;
alter table public.question_bank enable row level security;

create policy "Signed-in users can read active bank questions"
  on public.question_bank for select to authenticated
  using (is_active and (select private.is_active_user()));
create policy "Admins can read all bank questions"
  on public.question_bank for select to authenticated
  using ((select private.is_admin()));

-- ── practice_attempts ───────────────────────────────────────────────────────────────────
create table public.practice_attempts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  bank_question_id uuid not null references public.question_bank (id) on delete cascade,
  answer_text text,
  code_answer text,
  time_taken_seconds integer,
  -- scoring (service role only)
  score numeric(5, 2),
  evaluation jsonb,
  ai_provider text,
  evaluated_at timestamptz,
  created_at timestamptz not null default now(),
  constraint practice_attempts_has_answer check (coalesce(length(btrim(answer_text)), 0) > 0 or coalesce(length(btrim(code_answer)), 0) > 0),
  constraint practice_attempts_answer_length check (coalesce(length(answer_text), 0) <= 20000 and coalesce(length(code_answer), 0) <= 50000),
  constraint practice_attempts_time check (time_taken_seconds is null or time_taken_seconds between 0 and 86400),
  constraint practice_attempts_score_range check (score is null or score between 0 and 100)
);
create index practice_attempts_user_idx on public.practice_attempts (user_id, created_at desc);
create index practice_attempts_question_idx on public.practice_attempts (bank_question_id, user_id);

revoke all on table public.practice_attempts from anon, authenticated;
grant select on table public.practice_attempts to authenticated;
grant insert (bank_question_id, answer_text, code_answer, time_taken_seconds) on table public.practice_attempts to authenticated;
alter table public.practice_attempts enable row level security;

create policy "Users can read their own practice attempts"
  on public.practice_attempts for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all practice attempts"
  on public.practice_attempts for select to authenticated
  using ((select private.is_admin()));
create policy "Users can record their own practice attempts"
  on public.practice_attempts for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user()));

-- Answer material for a bank question, once the caller has a practice attempt for it.
create function public.get_bank_question_reveal(p_bank_question_id uuid)
returns table (bank_question_id uuid, expected_answer text, key_points text[], sample_code text,
  evaluation_criteria jsonb, test_cases jsonb)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
begin
  if p_bank_question_id is null then
    raise exception using errcode = '22023', message = 'p_bank_question_id is required';
  end if;
  if not exists (select 1 from public.question_bank q where q.id = p_bank_question_id and q.is_active) then
    raise exception using errcode = 'P0002', message = 'Question not found';
  end if;
  if not exists (select 1 from public.practice_attempts a where a.bank_question_id = p_bank_question_id and a.user_id = v_uid) then
    raise exception using errcode = 'P0001', message = 'Answer this question before revealing the model answer',
      hint = 'Insert a practice_attempts row for the question first.';
  end if;
  return query
    select q.id, q.expected_answer, q.key_points, q.sample_code, q.evaluation_criteria, q.test_cases
    from public.question_bank q where q.id = p_bank_question_id;
end;
$$;
revoke execute on function public.get_bank_question_reveal(uuid) from public, anon, authenticated;
grant execute on function public.get_bank_question_reveal(uuid) to authenticated;
