-- ════════════════════════════════════════════════════════════════════════════════════════
-- Two indexes on tables the interview loop writes that no query needs.
--
-- Every insert writes every index of its table, and every new database connection loads each index's catalog
-- entries on its first write there. Checked against every reader of the two tables (the RPCs, the API's reads,
-- the analytics and admin functions, the policies, the archive and account-deletion jobs, the foreign keys'
-- cascades) with their plans on generated data (bench/db-scale, scale 0.1), with and without these indexes:
--
-- * ai_usage_events_provider_created_idx (provider, created_at): no plan used it. The one reader that filters
--   and groups by provider, analytics.ai_provider_stats, filters on created_at first and reads
--   ai_usage_events_created_idx; the last hour's error rate, the recent errors and the archive read
--   ai_usage_events_created_idx and ai_usage_events_errors_idx.
-- * interview_responses_interview_idx (interview_id): interview_responses_interview_submitted_idx
--   (interview_id, submitted_at desc) has the same leading column and serves every lookup by interview
--   (the report and completion reads, the API's read of an interview's answers, the cascade from
--   interview_sessions, the abandonment job).
--
-- Every foreign-key and policy column of both tables keeps an index that it leads.
-- ════════════════════════════════════════════════════════════════════════════════════════

drop index public.ai_usage_events_provider_created_idx;
drop index public.interview_responses_interview_idx;
