-- ════════════════════════════════════════════════════════════════════════════════════════
-- interview_sessions rows can be updated in place (HOT) again.
--
-- The abandonment job's index was on updated_at, which every update of a session changes (the
-- set_updated_at trigger), so no update of a session was a heap-only tuple update: each one added an
-- entry to all nine indexes of the table, ~6 times per interview (every answer moves questions_answered,
-- the AI usage totals, the start and the completion). The job reads open sessions only, by status, and
-- checks updated_at on the rows: the same partial index keyed by created_at (which never changes) serves
-- it, and an update that changes no indexed column (an answer's count, the AI totals) stays on its page.
-- A little free space per page gives those updates room next to the row.
-- ════════════════════════════════════════════════════════════════════════════════════════

create index interview_sessions_open_created_idx on public.interview_sessions (created_at)
  where status in ('pending', 'in_progress');
drop index public.interview_sessions_open_updated_idx;

alter table public.interview_sessions set (fillfactor = 90);
