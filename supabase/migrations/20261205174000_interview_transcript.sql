-- One ordered transcript per interview (seed 004 conversations) and both report types (seed 004 reports).
--
-- Transcript: every question put to the candidate, every answer, every follow-up and its answer is a row of
-- interview_messages, in the order it happened (message_index). The rows are written by the database
-- itself, in the same transaction as the write they describe, so every server path that stores an answer
-- (submit_response, or a direct insert the policies allow) records it exactly once:
--   * an answer (insert or revision of an interview_responses row): the question's message first if it is not
--     in the transcript yet (with the main questions before it that were skipped), then the answer; a revised
--     answer updates its message in place (same position, new text and speaking time);
--   * a follow-up question: the follow-up function appends it; its answer is recorded under the parent
--     question with is_follow_up, like the question.
-- Each such message carries metadata.transcript_key ('question:<id>' / 'answer:<id>'), unique per interview,
-- which makes "exactly once" a constraint rather than a hope. message_index stays allocated by the defaults
-- trigger under a per-interview advisory lock, so concurrent writers never share or skip an index.
--
-- Reports: complete-interview stores the `detailed` report; a trigger derives the `summary` one from it in
-- the same transaction, and both carry the transcript's message counts in their statistics. Readers that
-- expect one report per interview (shared reports) read the detailed one.

-- ── exactly once: a unique key per described event ──────────────────────────────────────
create unique index interview_messages_transcript_key on public.interview_messages (interview_id, (metadata ->> 'transcript_key'));

create or replace function private.interview_message_defaults()
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
  -- The follow-up function names the follow-up's own question; that makes it the event "question asked".
  if new.role = 'assistant' and new.is_follow_up and new.metadata ? 'follow_up_question_id'
     and not new.metadata ? 'transcript_key' then
    new.metadata := new.metadata || jsonb_build_object('transcript_key', 'question:' || (new.metadata ->> 'follow_up_question_id'));
  end if;
  perform pg_advisory_xact_lock(hashtextextended(new.interview_id::text, 1));
  select coalesce(max(m.message_index), -1) + 1 into new.message_index
  from public.interview_messages m where m.interview_id = new.interview_id;
  return new;
end;
$$;
revoke execute on function private.interview_message_defaults() from public;

-- What the candidate said, as one message: the spoken transcript or typed text, then any code.
create function private.answer_message_text(p_row public.interview_responses)
returns text
language sql
immutable
set search_path = ''
as $$
  select left(coalesce(
    nullif(concat_ws(E'\n\n',
      nullif(btrim(coalesce(nullif(btrim(p_row.transcript), ''), p_row.answer_text)), ''),
      nullif(btrim(p_row.code_answer), '')), ''),
    case when p_row.audio_path is not null then '(recorded answer)' else '(no answer)' end), 20000)
$$;
revoke execute on function private.answer_message_text(public.interview_responses) from public;

create function private.record_answer_in_transcript()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_question public.interview_questions;
  v_thread uuid; -- the main question the exchange belongs to
begin
  select * into v_question from public.interview_questions q where q.id = new.question_id;
  if v_question.is_follow_up then
    v_thread := v_question.parent_question_id;
  else
    v_thread := v_question.id;
    -- the question (and the main questions shown before it and skipped), in the order they were put
    insert into public.interview_messages (interview_id, question_id, role, content, is_question, metadata)
    select q.interview_id, q.id, 'assistant', q.question_text, true,
      jsonb_build_object('transcript_key', 'question:' || q.id, 'order_number', q.order_number)
    from public.interview_questions q
    where q.interview_id = v_question.interview_id and not q.is_follow_up and q.order_number <= v_question.order_number
      and not exists (select 1 from public.interview_messages m
                      where m.interview_id = q.interview_id and m.metadata ->> 'transcript_key' = 'question:' || q.id)
    order by q.order_number
    on conflict (interview_id, (metadata ->> 'transcript_key')) do nothing;
  end if;

  insert into public.interview_messages (interview_id, question_id, role, content, is_follow_up,
    speaking_duration_seconds, sent_at, metadata)
  values (new.interview_id, v_thread, 'user', private.answer_message_text(new), v_question.is_follow_up,
    new.speaking_duration_seconds, coalesce(new.submitted_at, now()),
    jsonb_build_object('transcript_key', 'answer:' || v_question.id, 'response_question_id', v_question.id))
  on conflict (interview_id, (metadata ->> 'transcript_key')) do update
  set content = excluded.content, speaking_duration_seconds = excluded.speaking_duration_seconds, sent_at = excluded.sent_at;
  return null;
end;
$$;
revoke execute on function private.record_answer_in_transcript() from public;
create trigger interview_responses_transcript
  after insert or update of answer_text, code_answer, transcript, audio_path, speaking_duration_seconds
  on public.interview_responses
  for each row execute function private.record_answer_in_transcript();

-- ── reports: message counts, and the summary derived from the detailed report ───────────
create function private.report_message_counts()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.report_type in ('detailed', 'summary') then
    new.statistics := new.statistics || (
      select jsonb_build_object(
        'total_messages', count(*),
        'user_messages', count(*) filter (where m.role = 'user'),
        'interviewer_messages', count(*) filter (where m.role = 'assistant'))
      from public.interview_messages m where m.interview_id = new.interview_id);
  end if;
  return new;
end;
$$;
revoke execute on function private.report_message_counts() from public;
create trigger interview_reports_message_counts before insert or update on public.interview_reports
  for each row execute function private.report_message_counts();

-- The summary: the same scores and the three most important strengths, weaknesses and recommendations;
-- statistics without the per-question breakdown.
create function private.derive_summary_report()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.interview_reports (interview_id, user_id, report_type, summary, strengths, weaknesses,
    recommendations, overall_score, communication_score, technical_score, behavioral_score, statistics,
    average_response_time_seconds, consistency, confidence, generated_at)
  values (new.interview_id, new.user_id, 'summary', new.summary, new.strengths[1:3], new.weaknesses[1:3],
    new.recommendations[1:3], new.overall_score, new.communication_score, new.technical_score, new.behavioral_score,
    new.statistics - 'questions' - 'job_description_coverage', new.average_response_time_seconds, new.consistency,
    new.confidence, new.generated_at)
  on conflict (interview_id, report_type) do update
  set summary = excluded.summary, strengths = excluded.strengths, weaknesses = excluded.weaknesses,
      recommendations = excluded.recommendations, overall_score = excluded.overall_score,
      communication_score = excluded.communication_score, technical_score = excluded.technical_score,
      behavioral_score = excluded.behavioral_score, statistics = excluded.statistics,
      average_response_time_seconds = excluded.average_response_time_seconds, consistency = excluded.consistency,
      confidence = excluded.confidence, generated_at = excluded.generated_at;
  return null;
end;
$$;
revoke execute on function private.derive_summary_report() from public;
create trigger interview_reports_summary after insert or update on public.interview_reports
  for each row when (new.report_type = 'detailed') execute function private.derive_summary_report();
