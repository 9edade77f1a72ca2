-- ════════════════════════════════════════════════════════════════════════════════════════
-- A missing row is the caller's mistake, not a server error. PostgREST answers 500 for
-- SQLSTATE P0002 (no_data_found); an error raised with SQLSTATE "PT404" is answered 404 with
-- the message, detail and hint as written. The machine code is in `detail`
-- (interview_not_found, question_not_found, bank_question_not_found); the message is for people.
-- Writes to the read-only view user_skill_progress failed with 55000 (a 500); they now fail
-- with a privilege error (401/403) and, for roles that still hold the privilege, 405.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- Used by update_interview_progress, cancel_interview, abandon_interview, complete_interview
-- and submit_response. Same lookup and lock as before; only the not-found error changes.
create or replace function private.find_own_session(p_session_id text, p_uid uuid, p_lock boolean default true)
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
    raise exception using errcode = 'PT404', message = format('Interview session %s not found', p_session_id),
      detail = 'interview_not_found', hint = 'Check the interview link; the interview may have been deleted.';
  end if;
  if p_uid is not null and v_row.user_id <> p_uid then
    raise exception using errcode = '42501', message = 'This interview session belongs to another user';
  end if;
  return v_row;
end;
$$;

create or replace function public.get_question_reveal(p_question_id uuid)
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
    raise exception using errcode = 'PT404', message = 'Interview question not found',
      detail = 'question_not_found', hint = 'The question may belong to an interview that was deleted.';
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

create or replace function public.get_bank_question_reveal(p_bank_question_id uuid)
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
    raise exception using errcode = 'PT404', message = 'Question not found',
      detail = 'bank_question_not_found', hint = 'The question may have been retired from the question bank.';
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

-- ── user_skill_progress is read-only ────────────────────────────────────────────────────
-- Postgres rejects writes to this (window-function) view before checking privileges, with
-- 55000, which PostgREST answers 500. An INSTEAD OF trigger moves the rejection to the
-- privilege check (no API role may write: 401/403), and the trigger itself answers 405 for
-- anyone who still can. Types stay read-only: generators ignore trigger-updatability.
revoke insert, update, delete, truncate on table public.user_skill_progress from anon, authenticated, service_role;

create function private.reject_view_write()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = 'PT405', message = format('%s is read-only', tg_table_name),
    detail = 'read_only_view';
end;
$$;
revoke execute on function private.reject_view_write() from public;
create trigger user_skill_progress_read_only instead of insert or update or delete on public.user_skill_progress
  for each row execute function private.reject_view_write();
