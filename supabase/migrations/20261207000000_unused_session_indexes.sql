-- ════════════════════════════════════════════════════════════════════════════════════════
-- Three indexes of interview_sessions that no query uses.
--
-- Every new interview inserts into every index of the table, every update that moves an indexed column
-- (status, score) adds an entry to each, and every new database connection loads each index's catalog
-- entries on its first create. Checked with the plans of every query that reads the table (the history, the
-- dashboard and plan-usage RPCs, the API's list, every analytics function, the daily-metrics refresh, the
-- abandonment and archive jobs) on 100 000 generated sessions, with and without these indexes:
--
-- * interview_sessions_role_difficulty_idx (job_role, difficulty) and interview_sessions_score_idx (score):
--   no plan used them. The analytics that group by role and difficulty or read scores filter on created_at
--   and read the covering interview_sessions_created_idx.
-- * interview_sessions_status_created_idx (status, created_at desc): only the abandonment job chose it; without
--   it the job reads interview_sessions_open_created_idx, the partial index of open sessions made for it, as
--   fast or faster. Status filters of a user's sessions use interview_sessions_user_status_idx.
--
-- The policy and foreign-key column (user_id) keeps its indexes (user_created, user_status).
-- ════════════════════════════════════════════════════════════════════════════════════════

drop index public.interview_sessions_role_difficulty_idx;
drop index public.interview_sessions_score_idx;
drop index public.interview_sessions_status_created_idx;
