-- ════════════════════════════════════════════════════════════════════════════════════════
-- Interviews: interview_sessions (seed 003 table 5 + seed 000 interviews + seed 001 interview
-- config/results/aiProcessing + seed 004 sessions), interview_questions, interview_responses,
-- interview_messages, interview_reports, their triggers and the interview RPCs.
-- Users never write scores: scoring columns are granted to nobody but the service role.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── interview_sessions ──────────────────────────────────────────────────────────────────
create table public.interview_sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  email text not null,
  session_id text not null default ('sess_' || encode(extensions.gen_random_bytes(12), 'hex')),
  title text not null,
  job_role text not null,
  custom_role text,
  company text,
  interview_type text not null default 'mixed',
  difficulty text not null default 'medium',
  tech_stack text[] not null default '{}',
  interaction_mode text not null default 'text',
  resume_filename text,
  resume_text text,
  job_description_filename text,
  job_description_text text,
  status text not null default 'pending',
  total_questions integer not null default 5,
  questions_answered integer not null default 0,
  duration_seconds integer not null default 0,
  duration_minutes integer generated always as ((duration_seconds + 30) / 60) stored,
  score numeric(5, 2),
  feedback jsonb,
  statistics jsonb not null default '{}',
  ai_provider text,
  ai_fallback_used boolean not null default false,
  ai_processing_ms integer not null default 0,
  ai_cost_usd numeric(12, 6) not null default 0,
  used_bonus_interview boolean not null default false,
  started_at timestamptz,
  completed_at timestamptz,
  ended_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint interview_sessions_session_id_format check (session_id ~ '^[A-Za-z0-9_-]{8,100}$'),
  constraint interview_sessions_email_lowercase check (email = lower(email)),
  constraint interview_sessions_title_length check (length(btrim(title)) between 1 and 200),
  constraint interview_sessions_job_role_length check (length(btrim(job_role)) between 1 and 120),
  constraint interview_sessions_interview_type check (interview_type in ('technical', 'behavioral', 'coding', 'system_design', 'mixed')),
  constraint interview_sessions_difficulty check (difficulty in ('easy', 'medium', 'hard')),
  constraint interview_sessions_interaction_mode check (interaction_mode in ('text', 'speech')),
  constraint interview_sessions_status check (status in ('pending', 'in_progress', 'completed', 'cancelled', 'abandoned')),
  constraint interview_sessions_total_questions check (total_questions between 1 and 50),
  constraint interview_sessions_questions_answered check (questions_answered between 0 and total_questions),
  constraint interview_sessions_duration check (duration_seconds between 0 and 86400),
  constraint interview_sessions_score_range check (score is null or score between 0 and 100),
  constraint interview_sessions_feedback_object check (feedback is null or jsonb_typeof(feedback) = 'object'),
  constraint interview_sessions_statistics_object check (jsonb_typeof(statistics) = 'object'),
  constraint interview_sessions_ai_non_negative check (ai_processing_ms >= 0 and ai_cost_usd >= 0),
  constraint interview_sessions_text_lengths check (coalesce(length(resume_text), 0) <= 100000 and coalesce(length(job_description_text), 0) <= 50000)
);
create unique index interview_sessions_session_id_key on public.interview_sessions (session_id);
create index interview_sessions_user_created_idx on public.interview_sessions (user_id, created_at desc);
-- covering (bench/db-scale): the history's total and the per-user analytics are index-only scans
create index interview_sessions_user_status_idx on public.interview_sessions (user_id, status, created_at desc)
  include (score, duration_minutes);
create index interview_sessions_status_created_idx on public.interview_sessions (status, created_at desc);
-- covering: per-day / date-range analytics (interviews_per_day, completion_rate, score by role) read only the index
create index interview_sessions_created_idx on public.interview_sessions (created_at)
  include (status, score, job_role, difficulty);
create index interview_sessions_role_difficulty_idx on public.interview_sessions (job_role, difficulty);
create index interview_sessions_score_idx on public.interview_sessions (score desc) where score is not null;

create trigger interview_sessions_set_updated_at before update on public.interview_sessions
  for each row execute function private.set_updated_at();

-- Status only moves forward; completed_at exactly as seed 003 (set on → completed, cleared
-- when the status is anything else); started_at / ended_at follow the status.
create function private.interview_session_status()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.status is distinct from old.status then
    if not (
      (old.status = 'pending' and new.status in ('in_progress', 'cancelled', 'abandoned'))
      or (old.status = 'in_progress' and new.status in ('completed', 'cancelled', 'abandoned'))
    ) then
      raise exception using errcode = 'P0001',
        message = format('Invalid interview status transition: %s → %s', old.status, new.status),
        detail = 'Status moves only forward: pending → in_progress → completed | cancelled | abandoned.',
        hint = case when old.status in ('completed', 'cancelled', 'abandoned')
                    then 'This interview has already ended; start a new one.'
                    else 'Start the interview (in_progress) before completing it.' end;
    end if;
  end if;
  if tg_op = 'INSERT' and new.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'P0001', message = format('A new interview cannot start as %s', new.status);
  end if;

  if new.status = 'completed' and (tg_op = 'INSERT' or old.status is distinct from 'completed') then
    new.completed_at := now();
  elsif new.status <> 'completed' then
    new.completed_at := null;
  end if;
  if new.status <> 'pending' and new.started_at is null then
    new.started_at := now();
  end if;
  if new.status in ('completed', 'cancelled', 'abandoned') and (tg_op = 'INSERT' or old.status is distinct from new.status) then
    new.ended_at := now();
  end if;
  return new;
end;
$$;
revoke execute on function private.interview_session_status() from public;
create trigger interview_sessions_status
  before insert or update of status, completed_at, started_at, ended_at on public.interview_sessions
  for each row execute function private.interview_session_status();

revoke all on table public.interview_sessions from anon, authenticated;
grant select on table public.interview_sessions to authenticated;
grant update (title) on table public.interview_sessions to authenticated;
alter table public.interview_sessions enable row level security;

create policy "Users can read their own interview sessions"
  on public.interview_sessions for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all interview sessions"
  on public.interview_sessions for select to authenticated
  using ((select private.is_admin()));
create policy "Users can rename their own interview sessions"
  on public.interview_sessions for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()))
  with check (user_id = (select auth.uid()));

-- ── interview_questions ─────────────────────────────────────────────────────────────────
create table public.interview_questions (
  id uuid primary key default gen_random_uuid(),
  interview_id uuid not null references public.interview_sessions (id) on delete cascade,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  bank_question_id uuid references public.question_bank (id) on delete set null,
  parent_question_id uuid references public.interview_questions (id) on delete cascade,
  order_number integer not null,
  question_text text not null,
  question_type text not null,
  difficulty text not null,
  skill_category text not null default 'general',
  skills text[] not null default '{}',
  time_limit_seconds integer,
  is_follow_up boolean not null default false,
  starter_code text,
  function_name text,
  test_cases jsonb not null default '[]',
  -- answer material (not selectable by authenticated; get_question_reveal)
  expected_answer text,
  key_points text[] not null default '{}',
  sample_code text,
  evaluation_criteria jsonb not null default '[]',
  source text not null default 'bank',
  asked_at timestamptz,
  created_at timestamptz not null default now(),
  constraint interview_questions_order check (order_number >= 1),
  constraint interview_questions_text_length check (length(btrim(question_text)) between 1 and 4000),
  constraint interview_questions_type check (question_type in ('technical', 'behavioral', 'coding', 'system_design')),
  constraint interview_questions_difficulty check (difficulty in ('easy', 'medium', 'hard')),
  constraint interview_questions_time_limit check (time_limit_seconds is null or time_limit_seconds between 15 and 7200),
  constraint interview_questions_test_cases_valid check (private.is_valid_test_cases(test_cases)),
  constraint interview_questions_criteria_valid check (private.is_valid_evaluation_criteria(evaluation_criteria)),
  constraint interview_questions_source check (source in ('bank', 'llm', 'local', 'follow_up', 'custom')),
  constraint interview_questions_follow_up_parent check (not is_follow_up or parent_question_id is not null)
);
create unique index interview_questions_order_key on public.interview_questions (interview_id, order_number);
create index interview_questions_user_idx on public.interview_questions (user_id);
create index interview_questions_bank_idx on public.interview_questions (bank_question_id);
create index interview_questions_parent_idx on public.interview_questions (parent_question_id);
-- at most one follow-up per question (the follow-up function relies on it when two requests race)
create unique index interview_questions_one_follow_up_key on public.interview_questions (parent_question_id) where is_follow_up;

create function private.interview_question_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select s.user_id into new.user_id from public.interview_sessions s where s.id = new.interview_id;
  if new.user_id is null then
    raise exception using errcode = '23503', message = 'Interview session not found';
  end if;
  if new.order_number is null then
    perform pg_advisory_xact_lock(hashtextextended(new.interview_id::text, 0));
    select coalesce(max(q.order_number), 0) + 1 into new.order_number
    from public.interview_questions q where q.interview_id = new.interview_id;
  end if;
  return new;
end;
$$;
revoke execute on function private.interview_question_defaults() from public;
create trigger interview_questions_defaults before insert on public.interview_questions
  for each row execute function private.interview_question_defaults();

create function private.bank_question_used()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.question_bank set times_used = times_used + 1 where id = new.bank_question_id;
  return null;
end;
$$;
revoke execute on function private.bank_question_used() from public;
create trigger interview_questions_bank_usage after insert on public.interview_questions
  for each row when (new.bank_question_id is not null) execute function private.bank_question_used();

revoke all on table public.interview_questions from anon, authenticated;
grant select (id, interview_id, user_id, bank_question_id, parent_question_id, order_number, question_text,
  question_type, difficulty, skill_category, skills, time_limit_seconds, is_follow_up, starter_code,
  function_name, test_cases, evaluation_criteria, source, asked_at, created_at)
  on table public.interview_questions to authenticated;
alter table public.interview_questions enable row level security;

create policy "Users can read the questions of their own interviews"
  on public.interview_questions for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all interview questions"
  on public.interview_questions for select to authenticated
  using ((select private.is_admin()));

-- ── interview_responses ─────────────────────────────────────────────────────────────────
create table public.interview_responses (
  id uuid primary key default gen_random_uuid(),
  question_id uuid not null references public.interview_questions (id) on delete cascade,
  interview_id uuid not null references public.interview_sessions (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  -- answer (user-writable while the interview runs and the answer is unscored)
  answer_text text,
  code_answer text,
  code_language text,
  transcript text,
  audio_path text,
  speaking_duration_seconds numeric(8, 2),
  time_taken_seconds integer,
  client_test_results jsonb,
  submitted_at timestamptz not null default now(),
  -- scoring (service role only)
  score numeric(5, 2),
  ai_feedback text,
  strengths text[] not null default '{}',
  weaknesses text[] not null default '{}',
  missed_key_points text[] not null default '{}',
  improved_answer text,
  rubric jsonb,
  dimension_scores jsonb,
  delivery_metrics jsonb,
  test_results jsonb,
  ai_provider text,
  ai_model text,
  evaluated_at timestamptz,
  -- scoring claim (service role only): set by score-answer before any AI provider is called, so two
  -- concurrent requests never both score (and bill) the same answer; a claim older than 2 minutes
  -- is considered abandoned and may be taken over; cleared when the provider call fails.
  scoring_started_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint interview_responses_has_answer check (
    coalesce(length(btrim(answer_text)), 0) > 0 or coalesce(length(btrim(code_answer)), 0) > 0
    or coalesce(length(btrim(transcript)), 0) > 0 or audio_path is not null),
  constraint interview_responses_lengths check (
    coalesce(length(answer_text), 0) <= 20000 and coalesce(length(code_answer), 0) <= 50000
    and coalesce(length(transcript), 0) <= 50000),
  constraint interview_responses_audio_path check (audio_path is null or audio_path like user_id::text || '/%'),
  constraint interview_responses_durations check (
    (speaking_duration_seconds is null or speaking_duration_seconds between 0 and 7200)
    and (time_taken_seconds is null or time_taken_seconds between 0 and 86400)),
  constraint interview_responses_score_range check (score is null or score between 0 and 100),
  constraint interview_responses_scored_consistency check ((score is null) = (evaluated_at is null))
);
create unique index interview_responses_question_key on public.interview_responses (question_id);
create index interview_responses_interview_idx on public.interview_responses (interview_id);
create index interview_responses_user_idx on public.interview_responses (user_id, submitted_at desc);

create trigger interview_responses_set_updated_at before update on public.interview_responses
  for each row execute function private.set_updated_at();

create function private.interview_response_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_question record;
begin
  select q.interview_id, q.user_id into v_question from public.interview_questions q where q.id = new.question_id;
  if v_question.interview_id is null then
    raise exception using errcode = '23503', message = 'Interview question not found';
  end if;
  new.interview_id := v_question.interview_id;
  new.user_id := v_question.user_id;
  if tg_op = 'UPDATE' then
    if old.evaluated_at is not null and (
      new.answer_text is distinct from old.answer_text or new.code_answer is distinct from old.code_answer
      or new.transcript is distinct from old.transcript or new.audio_path is distinct from old.audio_path
      or new.code_language is distinct from old.code_language
      or new.client_test_results is distinct from old.client_test_results
      or new.speaking_duration_seconds is distinct from old.speaking_duration_seconds
      or new.time_taken_seconds is distinct from old.time_taken_seconds) then
      raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed';
    end if;
    if new.question_id is distinct from old.question_id then
      raise exception using errcode = 'P0001', message = 'A response cannot move to another question';
    end if;
  end if;
  return new;
end;
$$;
revoke execute on function private.interview_response_guard() from public;
create trigger interview_responses_guard before insert or update on public.interview_responses
  for each row execute function private.interview_response_guard();

-- Bank usage statistics, kept incrementally so scoring stays O(1) per response.
create function private.bank_question_scored()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_bank uuid;
  d_count int := 0; d_sum numeric := 0; d_success int := 0; d_timed int := 0; d_time numeric := 0;
begin
  select q.bank_question_id into v_bank from public.interview_questions q where q.id = new.question_id;
  if v_bank is null then
    return null;
  end if;
  if tg_op = 'UPDATE' and old.score is not null then
    d_count := d_count - 1; d_sum := d_sum - old.score; d_success := d_success - (old.score >= 70)::int;
    if old.time_taken_seconds is not null then d_timed := d_timed - 1; d_time := d_time - old.time_taken_seconds; end if;
  end if;
  if new.score is not null then
    d_count := d_count + 1; d_sum := d_sum + new.score; d_success := d_success + (new.score >= 70)::int;
    if new.time_taken_seconds is not null then d_timed := d_timed + 1; d_time := d_time + new.time_taken_seconds; end if;
  end if;
  update public.question_bank b
  set times_answered = b.times_answered + d_count,
      score_sum = b.score_sum + d_sum,
      success_count = b.success_count + d_success,
      timed_answers = b.timed_answers + d_timed,
      time_sum = b.time_sum + d_time,
      average_score = round((b.score_sum + d_sum) / nullif(b.times_answered + d_count, 0), 2),
      success_rate = round(100.0 * (b.success_count + d_success) / nullif(b.times_answered + d_count, 0), 2),
      average_time_seconds = round((b.time_sum + d_time) / nullif(b.timed_answers + d_timed, 0), 2)
  where b.id = v_bank;
  return null;
end;
$$;
revoke execute on function private.bank_question_scored() from public;
create trigger interview_responses_bank_stats_insert after insert on public.interview_responses
  for each row when (new.score is not null) execute function private.bank_question_scored();
create trigger interview_responses_bank_stats_update after update of score, time_taken_seconds on public.interview_responses
  for each row when (new.score is distinct from old.score
    or (new.score is not null and new.time_taken_seconds is distinct from old.time_taken_seconds))
  execute function private.bank_question_scored();

revoke all on table public.interview_responses from anon, authenticated;
-- every column but the service-only scoring claim (scoring_started_at)
grant select (id, question_id, interview_id, user_id, answer_text, code_answer, code_language, transcript, audio_path,
  speaking_duration_seconds, time_taken_seconds, client_test_results, submitted_at, score, ai_feedback, strengths,
  weaknesses, missed_key_points, improved_answer, rubric, dimension_scores, delivery_metrics, test_results,
  ai_provider, ai_model, evaluated_at, created_at, updated_at)
  on table public.interview_responses to authenticated;
grant insert (question_id, answer_text, code_answer, code_language, transcript, audio_path,
  speaking_duration_seconds, time_taken_seconds, client_test_results)
  on table public.interview_responses to authenticated;
grant update (answer_text, code_answer, code_language, transcript, audio_path,
  speaking_duration_seconds, time_taken_seconds, client_test_results)
  on table public.interview_responses to authenticated;
alter table public.interview_responses enable row level security;

create function private.owns_running_interview(p_interview_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.interview_sessions s
    where s.id = p_interview_id and s.user_id = (select auth.uid()) and s.status in ('pending', 'in_progress'))
$$;
revoke execute on function private.owns_running_interview(uuid) from public;
grant execute on function private.owns_running_interview(uuid) to authenticated;

create policy "Users can read their own interview responses"
  on public.interview_responses for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all interview responses"
  on public.interview_responses for select to authenticated
  using ((select private.is_admin()));
create policy "Users can answer questions of their own running interviews"
  on public.interview_responses for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user())
    and private.owns_running_interview(interview_id) and score is null and evaluated_at is null);
create policy "Users can revise their own unscored answers"
  on public.interview_responses for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()) and evaluated_at is null
    and private.owns_running_interview(interview_id))
  with check (user_id = (select auth.uid()) and evaluated_at is null);

-- ── interview_messages (seed 004 conversations) ─────────────────────────────────────────
create table public.interview_messages (
  id uuid primary key default gen_random_uuid(),
  interview_id uuid not null references public.interview_sessions (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  question_id uuid references public.interview_questions (id) on delete set null,
  role text not null default 'user',
  content text not null,
  message_index integer not null,
  is_question boolean not null default false,
  is_follow_up boolean not null default false,
  speaking_duration_seconds numeric(8, 2),
  metadata jsonb not null default '{}',
  sent_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  constraint interview_messages_role check (role in ('user', 'assistant', 'system')),
  constraint interview_messages_content_length check (length(content) between 1 and 20000),
  constraint interview_messages_index check (message_index >= 0),
  constraint interview_messages_speaking check (speaking_duration_seconds is null or speaking_duration_seconds between 0 and 7200),
  constraint interview_messages_metadata_object check (jsonb_typeof(metadata) = 'object')
);
create unique index interview_messages_order_key on public.interview_messages (interview_id, message_index);
create index interview_messages_user_idx on public.interview_messages (user_id);
create index interview_messages_question_idx on public.interview_messages (question_id);

create function private.interview_message_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select s.user_id into new.user_id from public.interview_sessions s where s.id = new.interview_id;
  if new.user_id is null then
    raise exception using errcode = '23503', message = 'Interview session not found';
  end if;
  perform pg_advisory_xact_lock(hashtextextended(new.interview_id::text, 1));
  select coalesce(max(m.message_index), -1) + 1 into new.message_index
  from public.interview_messages m where m.interview_id = new.interview_id;
  return new;
end;
$$;
revoke execute on function private.interview_message_defaults() from public;
create trigger interview_messages_defaults before insert on public.interview_messages
  for each row execute function private.interview_message_defaults();

revoke all on table public.interview_messages from anon, authenticated;
grant select on table public.interview_messages to authenticated;
grant insert (interview_id, question_id, content, speaking_duration_seconds, sent_at) on table public.interview_messages to authenticated;
alter table public.interview_messages enable row level security;

create policy "Users can read the transcript of their own interviews"
  on public.interview_messages for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all interview transcripts"
  on public.interview_messages for select to authenticated
  using ((select private.is_admin()));
create policy "Users can add their own messages to their running interviews"
  on public.interview_messages for insert to authenticated
  with check (user_id = (select auth.uid()) and role = 'user' and (select private.is_active_user())
    and private.owns_running_interview(interview_id));

-- ── interview_reports (seed 004 reports, seed 001 results) ──────────────────────────────
create table public.interview_reports (
  id uuid primary key default gen_random_uuid(),
  interview_id uuid not null references public.interview_sessions (id) on delete cascade,
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  report_type text not null default 'detailed',
  summary text,
  strengths text[] not null default '{}',
  weaknesses text[] not null default '{}',
  recommendations text[] not null default '{}',
  overall_score numeric(5, 2),
  communication_score numeric(5, 2),
  technical_score numeric(5, 2),
  behavioral_score numeric(5, 2),
  skill_scores jsonb not null default '{}',
  statistics jsonb not null default '{}',
  average_response_time_seconds numeric(10, 2),
  consistency numeric(5, 2),
  confidence numeric(5, 2),
  generated_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint interview_reports_type check (report_type in ('summary', 'detailed', 'feedback')),
  constraint interview_reports_scores check (
    (overall_score is null or overall_score between 0 and 100)
    and (communication_score is null or communication_score between 0 and 100)
    and (technical_score is null or technical_score between 0 and 100)
    and (behavioral_score is null or behavioral_score between 0 and 100)
    and (consistency is null or consistency between 0 and 100)
    and (confidence is null or confidence between 0 and 100)),
  constraint interview_reports_skill_scores_object check (jsonb_typeof(skill_scores) = 'object'),
  constraint interview_reports_statistics_object check (jsonb_typeof(statistics) = 'object')
);
create unique index interview_reports_interview_type_key on public.interview_reports (interview_id, report_type);
create index interview_reports_user_idx on public.interview_reports (user_id, generated_at desc);
create trigger interview_reports_set_updated_at before update on public.interview_reports
  for each row execute function private.set_updated_at();

create function private.interview_report_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  select s.user_id into new.user_id from public.interview_sessions s where s.id = new.interview_id;
  return new;
end;
$$;
revoke execute on function private.interview_report_defaults() from public;
create trigger interview_reports_defaults before insert or update of interview_id on public.interview_reports
  for each row execute function private.interview_report_defaults();

revoke all on table public.interview_reports from anon, authenticated;
grant select on table public.interview_reports to authenticated;
alter table public.interview_reports enable row level security;
create policy "Users can read the reports of their own interviews"
  on public.interview_reports for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all interview reports"
  on public.interview_reports for select to authenticated
  using ((select private.is_admin()));

-- ════════════════════════════════════════════════════════════════════════════════════════
-- Quota helpers and RPCs
-- ════════════════════════════════════════════════════════════════════════════════════════
create function private.month_start()
returns timestamptz
language sql
stable
set search_path = ''
as $$
  select date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'
$$;

create function private.interviews_used_this_month(p_user_id uuid)
returns integer
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::int from public.interview_sessions
  where user_id = p_user_id and created_at >= private.month_start() and not used_bonus_interview
$$;
revoke execute on function private.month_start(), private.interviews_used_this_month(uuid) from public;

-- Finds the caller's session by its text session_id (seed 003) or its uuid.
create function private.find_own_session(p_session_id text, p_uid uuid, p_lock boolean default true)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_sessions;
begin
  if p_session_id is null or btrim(p_session_id) = '' then
    raise exception using errcode = '22023', message = 'p_session_id is required';
  end if;
  select * into v_row from public.interview_sessions s
  where s.session_id = p_session_id
     or (p_session_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' and s.id = p_session_id::uuid)
  limit 1
  for update;
  if v_row.id is null then
    raise exception using errcode = 'P0002', message = format('Interview session %s not found', p_session_id);
  end if;
  if p_uid is not null and v_row.user_id <> p_uid then
    raise exception using errcode = '42501', message = 'This interview session belongs to another user';
  end if;
  return v_row;
end;
$$;
revoke execute on function private.find_own_session(text, uuid, boolean) from public;

create function private.normalise_difficulty(p text)
returns text
language sql
immutable
set search_path = ''
as $$
  select case lower(btrim(p))
    when 'easy' then 'easy' when 'beginner' then 'easy' when 'junior' then 'easy'
    when 'medium' then 'medium' when 'mid' then 'medium' when 'intermediate' then 'medium'
    when 'hard' then 'hard' when 'advanced' then 'hard' when 'senior' then 'hard'
  end
$$;
revoke execute on function private.normalise_difficulty(text) from public;

-- ── create_interview_session ────────────────────────────────────────────────────────────
create function public.create_interview_session(
  p_title text default null,
  p_job_role text default null,
  p_custom_role text default null,
  p_company text default null,
  p_interview_type text default 'mixed',
  p_difficulty text default 'medium',
  p_tech_stack text[] default '{}',
  p_interaction_mode text default 'text',
  p_total_questions integer default 5,
  p_resume_filename text default null,
  p_resume_text text default null,
  p_job_description_filename text default null,
  p_job_description_text text default null,
  p_session_id text default null,
  p_user_id uuid default null,
  p_email text default null
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.assert_caller(p_user_id);
  v_profile public.user_profiles;
  v_plan public.plans;
  v_used int;
  v_use_bonus boolean := false;
  v_difficulty text := private.normalise_difficulty(coalesce(p_difficulty, 'medium'));
  v_role text := nullif(btrim(coalesce(p_job_role, '')), '');
  v_row public.interview_sessions;
begin
  -- Serialise concurrent creates of the same user so the quota cannot be raced.
  select * into v_profile from public.user_profiles where id = v_uid for update;
  if p_email is not null and lower(p_email) <> v_profile.email then
    raise exception using errcode = '42501', message = 'p_email does not match the signed-in user';
  end if;

  if v_role is null and nullif(btrim(coalesce(p_custom_role, '')), '') is null then
    raise exception using errcode = '22023', message = 'A job role is required',
      hint = 'Pass p_job_role (e.g. ''Frontend Developer'') or p_custom_role.';
  end if;
  v_role := coalesce(v_role, btrim(p_custom_role));
  if length(v_role) > 120 then
    raise exception using errcode = '22023', message = 'p_job_role is too long (max 120 characters)';
  end if;
  if coalesce(p_interview_type, 'mixed') not in ('technical', 'behavioral', 'coding', 'system_design', 'mixed') then
    raise exception using errcode = '22023', message = format('Unknown interview type: %s', p_interview_type),
      hint = 'Use technical, behavioral, coding, system_design or mixed.';
  end if;
  if v_difficulty is null then
    raise exception using errcode = '22023', message = format('Unknown difficulty: %s', p_difficulty),
      hint = 'Use easy, medium or hard.';
  end if;
  if coalesce(p_interaction_mode, 'text') not in ('text', 'speech') then
    raise exception using errcode = '22023', message = format('Unknown interaction mode: %s', p_interaction_mode),
      hint = 'Use text or speech.';
  end if;
  if coalesce(p_total_questions, 5) not between 1 and 50 then
    raise exception using errcode = '22023', message = 'p_total_questions must be between 1 and 50';
  end if;
  if p_session_id is not null and p_session_id !~ '^[A-Za-z0-9_-]{8,100}$' then
    raise exception using errcode = '22023', message = 'p_session_id must be 8–100 characters of A–Z, a–z, 0–9, _ or -';
  end if;
  if coalesce(array_length(p_tech_stack, 1), 0) > 30 then
    raise exception using errcode = '22023', message = 'p_tech_stack can hold at most 30 entries';
  end if;

  select * into v_plan from public.plans where id = private.current_plan_id(v_uid);
  if coalesce(p_interaction_mode, 'text') = 'speech' and not coalesce((v_plan.features ->> 'voice')::boolean, false) then
    raise exception using errcode = 'P0001',
      message = format('Voice mode is not included in your %s plan', v_plan.name),
      hint = 'Upgrade to Pro to answer by voice, or choose text mode.';
  end if;

  if v_plan.interviews_per_month is not null then
    v_used := private.interviews_used_this_month(v_uid);
    if v_used >= v_plan.interviews_per_month then
      if v_profile.bonus_interviews > 0 then
        v_use_bonus := true;
      else
        raise exception using errcode = 'P0001',
          message = format('Monthly interview limit reached: your %s plan includes %s interviews per month and you have used %s.',
            v_plan.name, v_plan.interviews_per_month, v_used),
          detail = format('The limit resets on %s (UTC).', to_char(private.month_start() + interval '1 month', 'YYYY-MM-DD')),
          hint = 'Upgrade to Pro for unlimited interviews.';
      end if;
    end if;
  end if;

  insert into public.interview_sessions (
    user_id, email, session_id, title, job_role, custom_role, company, interview_type, difficulty,
    tech_stack, interaction_mode, total_questions, resume_filename, resume_text,
    job_description_filename, job_description_text, used_bonus_interview)
  values (
    v_uid, v_profile.email,
    coalesce(p_session_id, 'sess_' || encode(extensions.gen_random_bytes(12), 'hex')),
    coalesce(nullif(btrim(coalesce(p_title, '')), ''), left(v_role || ' interview', 200)),
    v_role, nullif(btrim(coalesce(p_custom_role, '')), ''), nullif(btrim(coalesce(p_company, '')), ''),
    coalesce(p_interview_type, 'mixed'), v_difficulty,
    coalesce((select array_agg(distinct btrim(t)) from unnest(p_tech_stack) t where btrim(t) <> ''), '{}'),
    coalesce(p_interaction_mode, 'text'), coalesce(p_total_questions, 5),
    p_resume_filename, p_resume_text, p_job_description_filename, p_job_description_text, v_use_bonus)
  returning * into v_row;

  if v_use_bonus then
    update public.user_profiles set bonus_interviews = bonus_interviews - 1 where id = v_uid;
  end if;
  return v_row;
end;
$$;
revoke execute on function public.create_interview_session(text, text, text, text, text, text, text[], text, integer,
  text, text, text, text, text, uuid, text) from public, anon, authenticated;
grant execute on function public.create_interview_session(text, text, text, text, text, text, text[], text, integer,
  text, text, text, text, text, uuid, text) to authenticated;

-- ── update_interview_progress ───────────────────────────────────────────────────────────
create function public.update_interview_progress(
  p_session_id text,
  p_questions_answered integer default null,
  p_duration_minutes integer default null,
  p_duration_seconds integer default null
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_row public.interview_sessions := private.find_own_session(p_session_id, v_uid);
begin
  if v_row.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'P0001', message = format('This interview is %s and can no longer be updated', v_row.status);
  end if;
  if p_questions_answered is not null and p_questions_answered not between 0 and v_row.total_questions then
    raise exception using errcode = '22023',
      message = format('p_questions_answered must be between 0 and %s', v_row.total_questions);
  end if;
  if p_duration_minutes is not null and p_duration_minutes not between 0 and 1440 then
    raise exception using errcode = '22023', message = 'p_duration_minutes must be between 0 and 1440';
  end if;
  if p_duration_seconds is not null and p_duration_seconds not between 0 and 86400 then
    raise exception using errcode = '22023', message = 'p_duration_seconds must be between 0 and 86400';
  end if;
  update public.interview_sessions
  set status = 'in_progress',
      questions_answered = coalesce(p_questions_answered, questions_answered),
      duration_seconds = coalesce(p_duration_seconds, p_duration_minutes * 60, duration_seconds)
  where id = v_row.id
  returning * into v_row;
  return v_row;
end;
$$;
revoke execute on function public.update_interview_progress(text, integer, integer, integer) from public, anon, authenticated;
grant execute on function public.update_interview_progress(text, integer, integer, integer) to authenticated;

-- ── cancel_interview / abandon_interview (users end a session without a score) ─────────
create function private.end_interview(p_session_id text, p_status text)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_row public.interview_sessions := private.find_own_session(p_session_id, v_uid);
begin
  if v_row.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'P0001', message = format('This interview is already %s', v_row.status);
  end if;
  update public.interview_sessions set status = p_status where id = v_row.id returning * into v_row;
  return v_row;
end;
$$;
revoke execute on function private.end_interview(text, text) from public;

create function public.cancel_interview(p_session_id text)
returns public.interview_sessions
language sql
security definer
set search_path = ''
as $$
  select * from private.end_interview(p_session_id, 'cancelled')
$$;
create function public.abandon_interview(p_session_id text)
returns public.interview_sessions
language sql
security definer
set search_path = ''
as $$
  select * from private.end_interview(p_session_id, 'abandoned')
$$;
revoke execute on function public.cancel_interview(text), public.abandon_interview(text) from public, anon, authenticated;
grant execute on function public.cancel_interview(text), public.abandon_interview(text) to authenticated;

-- ── complete_interview (service role only: the AI complete-interview function) ──────────
create function public.complete_interview(
  p_session_id text,
  p_score numeric,
  p_feedback jsonb default null,
  p_report jsonb default null,
  p_statistics jsonb default null,
  p_duration_seconds integer default null
)
returns public.interview_sessions
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.interview_sessions := private.find_own_session(p_session_id, null);
  v_answered int;
begin
  if p_score is null or p_score < 0 or p_score > 100 then
    raise exception using errcode = '22023', message = 'p_score must be between 0 and 100';
  end if;
  if p_feedback is not null and jsonb_typeof(p_feedback) <> 'object' then
    raise exception using errcode = '22023', message = 'p_feedback must be a JSON object';
  end if;
  if p_report is not null and jsonb_typeof(p_report) <> 'object' then
    raise exception using errcode = '22023', message = 'p_report must be a JSON object';
  end if;
  if p_statistics is not null and jsonb_typeof(p_statistics) <> 'object' then
    raise exception using errcode = '22023', message = 'p_statistics must be a JSON object';
  end if;
  if v_row.status <> 'in_progress' then
    raise exception using errcode = 'P0001',
      message = format('Only an interview in progress can be completed (this one is %s)', v_row.status);
  end if;

  select count(*) into v_answered from public.interview_responses r where r.interview_id = v_row.id;
  update public.interview_sessions
  set status = 'completed',
      score = round(p_score, 2),
      feedback = p_feedback,
      statistics = statistics || coalesce(p_statistics, '{}'),
      questions_answered = greatest(questions_answered, least(v_answered, total_questions)),
      duration_seconds = coalesce(p_duration_seconds, duration_seconds)
  where id = v_row.id
  returning * into v_row;

  if p_report is not null then
    insert into public.interview_reports (interview_id, user_id, report_type, summary, strengths, weaknesses,
      recommendations, overall_score, communication_score, technical_score, behavioral_score, skill_scores,
      statistics, average_response_time_seconds, consistency, confidence)
    values (
      v_row.id, v_row.user_id, coalesce(p_report ->> 'report_type', 'detailed'), p_report ->> 'summary',
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'strengths', '[]'))), '{}'),
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'weaknesses', '[]'))), '{}'),
      coalesce(array(select jsonb_array_elements_text(coalesce(p_report -> 'recommendations', '[]'))), '{}'),
      coalesce((p_report -> 'scores' ->> 'overall')::numeric, round(p_score, 2)),
      (p_report -> 'scores' ->> 'communication')::numeric,
      (p_report -> 'scores' ->> 'technical')::numeric,
      coalesce((p_report -> 'scores' ->> 'behavioral')::numeric, (p_report -> 'scores' ->> 'behavior')::numeric),
      coalesce(p_report -> 'skill_scores', '{}'),
      coalesce(p_report -> 'statistics', '{}'),
      (p_report ->> 'average_response_time_seconds')::numeric,
      (p_report ->> 'consistency')::numeric,
      (p_report ->> 'confidence')::numeric)
    on conflict (interview_id, report_type) do update
    set summary = excluded.summary, strengths = excluded.strengths, weaknesses = excluded.weaknesses,
        recommendations = excluded.recommendations, overall_score = excluded.overall_score,
        communication_score = excluded.communication_score, technical_score = excluded.technical_score,
        behavioral_score = excluded.behavioral_score, skill_scores = excluded.skill_scores,
        statistics = excluded.statistics, average_response_time_seconds = excluded.average_response_time_seconds,
        consistency = excluded.consistency, confidence = excluded.confidence, generated_at = now();
  end if;
  return v_row;
end;
$$;
revoke execute on function public.complete_interview(text, numeric, jsonb, jsonb, jsonb, integer) from public, anon, authenticated;
grant execute on function public.complete_interview(text, numeric, jsonb, jsonb, jsonb, integer) to service_role;

-- ── get_user_interview_history (invoker: RLS applies; index-only count + (user_id, created_at desc) page) ───
create function public.get_user_interview_history(
  p_user_id uuid default null,
  p_status text default null,
  p_limit integer default 20,
  p_offset integer default 0
)
returns table (
  id uuid, session_id text, title text, job_role text, custom_role text, company text,
  interview_type text, difficulty text, interaction_mode text, status text, total_questions integer,
  questions_answered integer, duration_minutes integer, score numeric, resume_filename text,
  job_description_filename text, created_at timestamptz, started_at timestamptz,
  completed_at timestamptz, total_count bigint
)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_total bigint;
begin
  if v_uid is null then
    raise exception using errcode = '42501', message = 'Not signed in';
  end if;
  if p_user_id is not null and p_user_id <> v_uid then
    raise exception using errcode = '42501', message = 'p_user_id does not match the signed-in user',
      hint = 'Omit p_user_id; the history is always the caller''s own.';
  end if;
  if p_status is not null and p_status not in ('pending', 'in_progress', 'completed', 'cancelled', 'abandoned') then
    raise exception using errcode = '22023', message = format('Unknown status filter: %s', p_status);
  end if;
  if coalesce(p_limit, 20) not between 1 and 100 then
    raise exception using errcode = '22023', message = 'p_limit must be between 1 and 100';
  end if;
  if coalesce(p_offset, 0) < 0 then
    raise exception using errcode = '22023', message = 'p_offset must be >= 0';
  end if;
  -- The total comes from an index-only count (interview_sessions_user_status_idx) and the page from the
  -- (user_id, created_at desc) index: a heavy user's thousands of sessions are counted, never fetched
  -- (`count(*) over ()` fetched every row of the user's history for a 20-row page).
  if p_status is null then
    select count(*) into v_total from public.interview_sessions s where s.user_id = v_uid;
    return query
      select s.id, s.session_id, s.title, s.job_role, s.custom_role, s.company, s.interview_type, s.difficulty,
             s.interaction_mode, s.status, s.total_questions, s.questions_answered, s.duration_minutes, s.score,
             s.resume_filename, s.job_description_filename, s.created_at, s.started_at, s.completed_at, v_total
      from public.interview_sessions s
      where s.user_id = v_uid
      order by s.created_at desc
      limit coalesce(p_limit, 20) offset coalesce(p_offset, 0);
  else
    select count(*) into v_total from public.interview_sessions s where s.user_id = v_uid and s.status = p_status;
    return query
      select s.id, s.session_id, s.title, s.job_role, s.custom_role, s.company, s.interview_type, s.difficulty,
             s.interaction_mode, s.status, s.total_questions, s.questions_answered, s.duration_minutes, s.score,
             s.resume_filename, s.job_description_filename, s.created_at, s.started_at, s.completed_at, v_total
      from public.interview_sessions s
      where s.user_id = v_uid and s.status = p_status
      order by s.created_at desc
      limit coalesce(p_limit, 20) offset coalesce(p_offset, 0);
  end if;
end;
$$;
revoke execute on function public.get_user_interview_history(uuid, text, integer, integer) from public, anon, authenticated;
grant execute on function public.get_user_interview_history(uuid, text, integer, integer) to authenticated;

-- ── submit_response (idempotent upsert of the caller's answer) ───────────────────────────
create function public.submit_response(
  p_question_id uuid,
  p_answer_text text default null,
  p_code_answer text default null,
  p_code_language text default null,
  p_transcript text default null,
  p_audio_path text default null,
  p_speaking_duration_seconds numeric default null,
  p_time_taken_seconds integer default null,
  p_client_test_results jsonb default null
)
returns public.interview_responses
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_question public.interview_questions;
  v_session public.interview_sessions;
  v_existing public.interview_responses;
  v_row public.interview_responses;
  v_count int;
begin
  if p_question_id is null then
    raise exception using errcode = '22023', message = 'p_question_id is required';
  end if;
  select * into v_question from public.interview_questions where id = p_question_id;
  if v_question.id is null then
    raise exception using errcode = 'P0002', message = 'Interview question not found';
  end if;
  if v_question.user_id <> v_uid then
    raise exception using errcode = '42501', message = 'This question belongs to another user''s interview';
  end if;
  select * into v_session from public.interview_sessions where id = v_question.interview_id for update;
  if v_session.status not in ('pending', 'in_progress') then
    raise exception using errcode = 'P0001', message = format('This interview is %s; answers can no longer be submitted', v_session.status);
  end if;
  if coalesce(length(btrim(p_answer_text)), 0) = 0 and coalesce(length(btrim(p_code_answer)), 0) = 0
     and coalesce(length(btrim(p_transcript)), 0) = 0 and p_audio_path is null then
    raise exception using errcode = '22023', message = 'An answer is required',
      hint = 'Pass p_answer_text, p_code_answer, p_transcript or p_audio_path.';
  end if;
  if coalesce(length(p_answer_text), 0) > 20000 or coalesce(length(p_code_answer), 0) > 50000 or coalesce(length(p_transcript), 0) > 50000 then
    raise exception using errcode = '22023', message = 'Answer too long (text ≤ 20000, code/transcript ≤ 50000 characters)';
  end if;
  if p_audio_path is not null and p_audio_path not like v_uid::text || '/%' then
    raise exception using errcode = '22023', message = 'p_audio_path must be inside your own storage folder',
      hint = format('Upload to %s/… in the recordings bucket.', v_uid);
  end if;
  if p_speaking_duration_seconds is not null and p_speaking_duration_seconds not between 0 and 7200 then
    raise exception using errcode = '22023', message = 'p_speaking_duration_seconds must be between 0 and 7200';
  end if;
  if p_time_taken_seconds is not null and p_time_taken_seconds not between 0 and 86400 then
    raise exception using errcode = '22023', message = 'p_time_taken_seconds must be between 0 and 86400';
  end if;
  select * into v_existing from public.interview_responses where question_id = p_question_id for update;
  if v_existing.evaluated_at is not null then
    raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed';
  end if;

  insert into public.interview_responses (question_id, interview_id, user_id, answer_text, code_answer, code_language,
    transcript, audio_path, speaking_duration_seconds, time_taken_seconds, client_test_results, submitted_at)
  values (p_question_id, v_question.interview_id, v_uid, p_answer_text, p_code_answer, p_code_language,
    p_transcript, p_audio_path, p_speaking_duration_seconds, p_time_taken_seconds, p_client_test_results, now())
  on conflict (question_id) do update
  set answer_text = excluded.answer_text, code_answer = excluded.code_answer, code_language = excluded.code_language,
      transcript = excluded.transcript, audio_path = excluded.audio_path,
      speaking_duration_seconds = excluded.speaking_duration_seconds, time_taken_seconds = excluded.time_taken_seconds,
      client_test_results = excluded.client_test_results, submitted_at = now()
  returning * into v_row;

  select count(*) into v_count from public.interview_responses r
  join public.interview_questions q on q.id = r.question_id
  where r.interview_id = v_session.id and not q.is_follow_up;
  update public.interview_sessions
  set status = 'in_progress',
      questions_answered = greatest(questions_answered, least(v_count, total_questions))
  where id = v_session.id;
  v_row.scoring_started_at := null; -- service-side bookkeeping, not readable by users (column grants)
  return v_row;
end;
$$;
revoke execute on function public.submit_response(uuid, text, text, text, text, text, numeric, integer, jsonb) from public, anon, authenticated;
grant execute on function public.submit_response(uuid, text, text, text, text, text, numeric, integer, jsonb) to authenticated;

-- ── get_question_reveal (after answering, or once the interview is over) ─────────────────
create function public.get_question_reveal(p_question_id uuid)
returns table (question_id uuid, expected_answer text, key_points text[], sample_code text,
  evaluation_criteria jsonb, test_cases jsonb)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_question public.interview_questions;
  v_status text;
begin
  if p_question_id is null then
    raise exception using errcode = '22023', message = 'p_question_id is required';
  end if;
  select * into v_question from public.interview_questions where id = p_question_id;
  if v_question.id is null then
    raise exception using errcode = 'P0002', message = 'Interview question not found';
  end if;
  if v_question.user_id <> v_uid and not private.is_admin() then
    raise exception using errcode = '42501', message = 'This question belongs to another user''s interview';
  end if;
  select status into v_status from public.interview_sessions where id = v_question.interview_id;
  if v_status in ('pending', 'in_progress')
     and not exists (select 1 from public.interview_responses r where r.question_id = p_question_id)
     and not private.is_admin() then
    raise exception using errcode = 'P0001', message = 'Answer this question before revealing the model answer',
      hint = 'The expected answer unlocks once you submit a response or the interview ends.';
  end if;
  return query select v_question.id, v_question.expected_answer, v_question.key_points, v_question.sample_code,
    v_question.evaluation_criteria, v_question.test_cases;
end;
$$;
revoke execute on function public.get_question_reveal(uuid) from public, anon, authenticated;
grant execute on function public.get_question_reveal(uuid) to authenticated;

-- ── get_plan_usage ──────────────────────────────────────────────────────────────────────
create function public.get_plan_usage()
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.require_active_user();
  v_plan public.plans;
  v_sub public.subscriptions;
  v_used int;
begin
  select * into v_plan from public.plans where id = private.current_plan_id(v_uid);
  select * into v_sub from public.subscriptions where user_id = v_uid
    order by (status in ('active', 'trialing', 'past_due')) desc, created_at desc limit 1;
  v_used := private.interviews_used_this_month(v_uid);
  return jsonb_build_object(
    'plan_id', v_plan.id,
    'plan_name', v_plan.name,
    'features', v_plan.features,
    'interviews_used', v_used,
    'interviews_limit', v_plan.interviews_per_month,
    'interviews_remaining', case when v_plan.interviews_per_month is null then null
                                 else greatest(v_plan.interviews_per_month - v_used, 0) end,
    'bonus_interviews', (select bonus_interviews from public.user_profiles where id = v_uid),
    'period_start', private.month_start(),
    'period_end', private.month_start() + interval '1 month',
    'subscription_id', v_sub.id,
    'subscription_status', v_sub.status,
    'cancel_at_period_end', v_sub.cancel_at_period_end,
    'current_period_end', v_sub.current_period_end,
    'past_due', v_sub.status = 'past_due',
    'grace_until', case when v_sub.status = 'past_due'
                        then coalesce(v_sub.past_due_since, v_sub.updated_at)
                               + make_interval(days => (select p.past_due_grace_days from public.plans p where p.id = v_sub.plan_id)) end
  );
end;
$$;
revoke execute on function public.get_plan_usage() from public, anon, authenticated;
grant execute on function public.get_plan_usage() to authenticated;
