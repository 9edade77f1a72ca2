-- ════════════════════════════════════════════════════════════════════════════════════════
-- Two indexes on tables the interview loop writes that no query needs.
--
-- Every insert writes every index of its table, and every new database connection loads each index's catalog
-- entries on its first write there. Checked against every reader of the two tables (the RPCs, the API's reads,
-- the analytics and admin functions, the policies, the archive and account-deletion jobs, the foreign keys'
-- cascades) with their plans on generated data (bench/db-scale, scale 0.1), with and without these indexes:
--
-- * ai_usage_events_provider_created_idx (provider, created_at): only analytics.ai_provider_stats' generic plan
--   read it. Without it that plan reads ai_usage_events_created_idx and sorts by provider: faster for the
--   windows it is called with (1 day 2.0 against 4.8 ms, 7 days 38 against 55 ms at scale 0.1), slower for a
--   whole year (103 against 76 ms). The last hour's error rate, the recent errors and the archive read
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
