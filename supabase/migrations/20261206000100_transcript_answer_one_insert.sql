-- ════════════════════════════════════════════════════════════════════════════════════════
-- The transcript copy of an answer in one insert: the question's message (with the main questions shown
-- before it and skipped) and the answer's message used to be two INSERT statements, and every row ran the
-- defaults trigger: the session's owner read again, the per-interview advisory lock taken again and
-- max(message_index) looked up again. record_answer_in_transcript now takes the lock once, reads the owner
-- and the next index once, and inserts all rows with their indices in one statement.
--
-- Same rows, same indices, same lock: the indices are allocated under the same per-interview advisory lock
-- the defaults trigger takes (held to the end of the transaction), in the same order (questions by
-- order_number, then the answer); a revised answer keeps its message and position (the conflict on its
-- transcript key updates text, speaking time and time sent; its proposed index is never used, and it is
-- the last row, so nothing after it moves).
--
-- The defaults trigger still runs for every other insert. It is skipped only for rows inserted from inside
-- a trigger function with their index already set: at trigger depth 0 (a direct insert by a user, which may
-- not write message_index at all, or by any other client) it always runs and allocates the index itself.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.record_answer_in_transcript()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_question public.interview_questions;
  v_thread uuid; -- the main question the exchange belongs to
  v_user_id uuid;
  v_next integer;
begin
  select * into v_question from public.interview_questions q where q.id = new.question_id;
  v_thread := case when v_question.is_follow_up then v_question.parent_question_id else v_question.id end;

  -- what interview_message_defaults does for each row it allocates, once for all rows of this answer
  perform pg_advisory_xact_lock(hashtextextended(new.interview_id::text, 1));
  select s.user_id,
         (select coalesce(max(m.message_index), -1) + 1 from public.interview_messages m where m.interview_id = s.id)
  into v_user_id, v_next
  from public.interview_sessions s where s.id = new.interview_id;
  if v_user_id is null then
    raise exception using errcode = '23503', message = 'Interview session not found';
  end if;

  insert into public.interview_messages as m (interview_id, user_id, question_id, role, content, is_question,
    is_follow_up, speaking_duration_seconds, sent_at, metadata, message_index)
  select new.interview_id, v_user_id, x.question_id, x.role, x.content, x.is_question, x.is_follow_up,
    x.speaking_duration_seconds, x.sent_at, x.metadata, v_next + (row_number() over (order by x.ord))::integer - 1
  from (
    -- the question (and the main questions shown before it and skipped), in the order they were put
    select q.order_number as ord, q.id as question_id, 'assistant' as role, q.question_text as content,
      true as is_question, false as is_follow_up, null::numeric as speaking_duration_seconds, now() as sent_at,
      jsonb_build_object('transcript_key', 'question:' || q.id, 'order_number', q.order_number) as metadata
    from public.interview_questions q
    where not v_question.is_follow_up
      and q.interview_id = v_question.interview_id and not q.is_follow_up and q.order_number <= v_question.order_number
      and not exists (select 1 from public.interview_messages m
                      where m.interview_id = q.interview_id and m.metadata ->> 'transcript_key' = 'question:' || q.id)
    union all
    -- then the answer
    select null, v_thread, 'user', private.answer_message_text(new), false, v_question.is_follow_up,
      new.speaking_duration_seconds, coalesce(new.submitted_at, now()),
      jsonb_build_object('transcript_key', 'answer:' || v_question.id, 'response_question_id', v_question.id)
  ) x
  on conflict (interview_id, (metadata ->> 'transcript_key')) do update
  set content = excluded.content, speaking_duration_seconds = excluded.speaking_duration_seconds, sent_at = excluded.sent_at
  where excluded.role = 'user'; -- a question already in the transcript stays as it is
  return null;
end;
$$;

create or replace trigger interview_messages_defaults before insert on public.interview_messages
  for each row
  when (pg_trigger_depth() = 0 or new.message_index is null)
  execute function private.interview_message_defaults();
