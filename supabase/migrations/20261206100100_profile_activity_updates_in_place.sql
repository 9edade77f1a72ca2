-- ════════════════════════════════════════════════════════════════════════════════════════
-- Profile activity updates in place (heap-only): no index on user_profiles.last_activity_at.
--
-- The engagement triggers move last_activity_at on a user's first activity of a day and then at most once
-- a minute (an interview's creation after a pause, a sign-in). An update that changes an indexed column
-- cannot be a heap-only update: it writes a new entry into every index of the table (seven on
-- user_profiles), and vacuum has to remove the old ones. No query of the project filters or sorts profiles
-- by last_activity_at (the admin list orders by created_at), so the index only cost those writes.
-- ════════════════════════════════════════════════════════════════════════════════════════

drop index public.user_profiles_last_activity_idx;
