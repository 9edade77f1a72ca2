-- ════════════════════════════════════════════════════════════════════════════════════════
-- Voice answers' recordings live in the owner's folder of the voice-answers bucket, one sub-folder per
-- interview: "<user id>/<interview id>/<file name>" (the SPA uploads "<question id>.<ext>" there, so the
-- recordings of one interview sit together and an answer cannot point at another interview's file).
-- 20261205151000_owned_references.sql allowed exactly one file name directly in the owner's folder; the
-- check and the two policies now require the interview's sub-folder instead (the file name keeps that
-- rule: letters, digits, dot, dash, underscore, not starting with a dot; no "..", "/" or "").
-- submit_response refuses any other path with the machine code `audio_path_not_owned` in `detail`
-- (SQLSTATE 22023 as before, which had no code); its body is otherwise that of
-- 20261205176000_refusal_codes.sql, replaced in place (`create or replace` keeps owner and grants).
-- ════════════════════════════════════════════════════════════════════════════════════════

-- NOT VALID: rows written before are left as they are; every insert and update is checked from now on.
alter table public.interview_responses drop constraint interview_responses_audio_path;
alter table public.interview_responses add constraint interview_responses_audio_path
  check (audio_path is null
    or audio_path ~ ('^' || user_id::text || '/' || interview_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')) not valid;

drop policy "Users can answer questions of their own running interviews" on public.interview_responses;
create policy "Users can answer questions of their own running interviews"
  on public.interview_responses for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user())
    and private.owns_running_interview(interview_id) and score is null and evaluated_at is null
    and (audio_path is null
      or audio_path ~ ('^' || (select auth.uid())::text || '/' || interview_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')));
drop policy "Users can revise their own unscored answers" on public.interview_responses;
create policy "Users can revise their own unscored answers"
  on public.interview_responses for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()) and evaluated_at is null
    and private.owns_running_interview(interview_id))
  with check (user_id = (select auth.uid()) and evaluated_at is null
    and (audio_path is null
      or audio_path ~ ('^' || (select auth.uid())::text || '/' || interview_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$')));

create or replace function private.submit_response(
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
    raise exception using errcode = 'PT404', message = 'This interview question does not exist.',
      detail = 'question_not_found', hint = 'Reload the interview to get its current questions.';
  end if;
  if v_question.user_id <> v_uid then
    raise exception using errcode = '42501', message = 'This question belongs to another user''s interview';
  end if;
  -- Refused here with its code, before the table's check would refuse it without one.
  if p_audio_path is not null
     and p_audio_path !~ ('^' || v_uid::text || '/' || v_question.interview_id::text || '/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$') then
    raise exception using errcode = '22023', message = 'The recording must be stored in your own folder for this interview.',
      detail = 'audio_path_not_owned', hint = format('Upload to %s/%s/… in the voice-answers bucket.', v_uid, v_question.interview_id);
  end if;
  -- no key update: inserts of answers and questions (foreign keys) are not blocked by this lock
  select * into v_session from public.interview_sessions where id = v_question.interview_id for no key update;
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
  if p_speaking_duration_seconds is not null and p_speaking_duration_seconds not between 0 and 7200 then
    raise exception using errcode = '22023', message = 'p_speaking_duration_seconds must be between 0 and 7200';
  end if;
  if p_time_taken_seconds is not null and p_time_taken_seconds not between 0 and 86400 then
    raise exception using errcode = '22023', message = 'p_time_taken_seconds must be between 0 and 86400';
  end if;
  select * into v_existing from public.interview_responses where question_id = p_question_id for update;
  if v_existing.evaluated_at is not null then
    raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed',
      detail = 'already_scored';
  end if;
  if private.scoring_claim_live(v_existing.scoring_started_at) then
    raise exception using errcode = 'PT409', message = 'This answer is being scored right now and cannot be changed.',
      detail = 'scoring_in_progress',
      hint = format('retry_after_seconds=%s', private.retry_after_seconds(v_existing.scoring_started_at + private.claim_lease()));
  end if;

  -- A new version of the answer voids an expired claim: a scorer that comes back late finds its claim gone
  -- and cannot store the score of the old text.
  insert into public.interview_responses (question_id, interview_id, user_id, answer_text, code_answer, code_language,
    transcript, audio_path, speaking_duration_seconds, time_taken_seconds, client_test_results, submitted_at)
  values (p_question_id, v_question.interview_id, v_uid, p_answer_text, p_code_answer, p_code_language,
    p_transcript, p_audio_path, p_speaking_duration_seconds, p_time_taken_seconds, p_client_test_results, now())
  on conflict (question_id) do update
  set answer_text = excluded.answer_text, code_answer = excluded.code_answer, code_language = excluded.code_language,
      transcript = excluded.transcript, audio_path = excluded.audio_path,
      speaking_duration_seconds = excluded.speaking_duration_seconds, time_taken_seconds = excluded.time_taken_seconds,
      client_test_results = excluded.client_test_results, submitted_at = now(),
      scoring_started_at = null
  returning * into v_row;

  select count(*) into v_count from public.interview_responses r
  join public.interview_questions q on q.id = r.question_id
  where r.interview_id = v_session.id and not q.is_follow_up;
  if v_session.status <> 'in_progress'
     or v_session.questions_answered < least(v_count, v_session.total_questions) then
    update public.interview_sessions
    set status = 'in_progress',
        questions_answered = greatest(questions_answered, least(v_count, total_questions))
    where id = v_session.id;
  end if;
  v_row.scoring_started_at := null; -- service-side bookkeeping, not readable by users (column grants)
  return v_row;
end;
$$;

