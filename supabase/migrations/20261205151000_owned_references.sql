-- ════════════════════════════════════════════════════════════════════════════════════════
-- Every reference a user writes must point at something they may use. Audit of the columns
-- `authenticated` may insert or update that refer to other rows:
--   interview_sessions.title, chat_sessions.*, user_profiles.*: no references.
--   interview_responses.question_id: the guard trigger takes interview and owner from the
--     question, and the policies require that owner to be the caller; fine.
--   interview_responses.audio_path: was only checked to start with "<user id>/", so
--     "<user id>/../<other user>/x" passed. Now one safe file name inside the owner's folder.
--   interview_messages.interview_id: the defaults trigger copies the owner from the session and
--     the policy requires the caller; fine. interview_messages.question_id: was not checked at
--     all: a message could point at another user's question. It must belong to the same interview.
--   chat_messages.chat_session_id: checked by private.owns_chat_session; fine.
--   report_shares.interview_id: the policy requires the caller's finished interview; fine.
--   practice_attempts.bank_question_id: bank questions are shared, but only active ones are
--     visible to users; an attempt on a hidden (inactive) question is now refused too.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── audio_path: "<owner id>/<file name>" ────────────────────────────────────────────────
-- One path segment: letters, digits, dot, dash, underscore, not starting with a dot (so no
-- "..", no "/", no "\" and no leading slash).
alter table public.interview_responses drop constraint interview_responses_audio_path;
-- NOT VALID: rows written before this check are left for an operator to review instead of
-- failing the deploy; every insert and update is checked from now on.
alter table public.interview_responses add constraint interview_responses_audio_path
  check (audio_path is null or audio_path ~ ('^' || user_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')) not valid;

drop policy "Users can answer questions of their own running interviews" on public.interview_responses;
create policy "Users can answer questions of their own running interviews"
  on public.interview_responses for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user())
    and private.owns_running_interview(interview_id) and score is null and evaluated_at is null
    and (audio_path is null or audio_path ~ ('^' || (select auth.uid())::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')));
drop policy "Users can revise their own unscored answers" on public.interview_responses;
create policy "Users can revise their own unscored answers"
  on public.interview_responses for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()) and evaluated_at is null
    and private.owns_running_interview(interview_id))
  with check (user_id = (select auth.uid()) and evaluated_at is null
    and (audio_path is null or audio_path ~ ('^' || (select auth.uid())::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')));

-- ── interview_messages.question_id: a question of the same interview ────────────────────
create function private.question_belongs_to_interview(p_question_id uuid, p_interview_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.interview_questions q where q.id = p_question_id and q.interview_id = p_interview_id)
$$;
revoke execute on function private.question_belongs_to_interview(uuid, uuid) from public;
grant execute on function private.question_belongs_to_interview(uuid, uuid) to authenticated;

drop policy "Users can add their own messages to their running interviews" on public.interview_messages;
create policy "Users can add their own messages to their running interviews"
  on public.interview_messages for insert to authenticated
  with check (user_id = (select auth.uid()) and role = 'user' and (select private.is_active_user())
    and private.owns_running_interview(interview_id)
    and (question_id is null or private.question_belongs_to_interview(question_id, interview_id)));

-- ── practice_attempts.bank_question_id: an active bank question ─────────────────────────
create function private.is_active_bank_question(p_bank_question_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.question_bank q where q.id = p_bank_question_id and q.is_active)
$$;
revoke execute on function private.is_active_bank_question(uuid) from public;
grant execute on function private.is_active_bank_question(uuid) to authenticated;

drop policy "Users can record their own practice attempts" on public.practice_attempts;
create policy "Users can record their own practice attempts"
  on public.practice_attempts for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user())
    and private.is_active_bank_question(bank_question_id));
