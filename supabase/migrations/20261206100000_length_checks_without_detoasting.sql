-- ════════════════════════════════════════════════════════════════════════════════════════
-- Length rules on long text that no longer read the text on every write of its row.
--
-- Postgres evaluates every CHECK constraint of a table on every row an UPDATE writes, also when the
-- statement does not touch the checked column. length() of a stored long value has to fetch it from the
-- table's TOAST storage (and decompress it) to count its characters, so every update of an interview
-- session (its status, the answered count, the AI totals, the completion: ~5 per interview) read the whole
-- résumé and job description back, ~0.5 ms per update with a 100 kB résumé and a 50 kB description; every
-- update of a profile (activity, streaks, counters) its résumé; every scoring write of an answer its text.
--
-- Each rule now first compares the value's size in bytes, which Postgres knows from the stored value's
-- header without reading it. A character takes at least one byte, so `octet_length(x) <= n` implies
-- `length(x) <= n`; only a value of more than n bytes is counted in characters, as before. The same rows
-- pass and fail (a null passes through the first test as it did through the old coalesce/is null), with
-- the same names and SQLSTATE 23514.
-- ════════════════════════════════════════════════════════════════════════════════════════

alter table public.interview_sessions
  drop constraint interview_sessions_text_lengths,
  add constraint interview_sessions_text_lengths check (
    (coalesce(octet_length(resume_text), 0) <= 100000 or length(resume_text) <= 100000)
    and (coalesce(octet_length(job_description_text), 0) <= 50000 or length(job_description_text) <= 50000));

alter table public.user_profiles
  drop constraint user_profiles_resume_text_length,
  add constraint user_profiles_resume_text_length check (
    coalesce(octet_length(resume_text), 0) <= 100000 or length(resume_text) <= 100000);

alter table public.interview_responses
  drop constraint interview_responses_lengths,
  add constraint interview_responses_lengths check (
    (coalesce(octet_length(answer_text), 0) <= 20000 or length(answer_text) <= 20000)
    and (coalesce(octet_length(code_answer), 0) <= 50000 or length(code_answer) <= 50000)
    and (coalesce(octet_length(transcript), 0) <= 50000 or length(transcript) <= 50000));
