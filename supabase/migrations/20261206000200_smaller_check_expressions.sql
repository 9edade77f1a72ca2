-- ════════════════════════════════════════════════════════════════════════════════════════
-- The same range rules in smaller CHECK expressions. Postgres reads a table's CHECK constraints back from
-- their stored expression trees and prepares them for every statement that writes the table; a rule written
-- column by column (`(x is null or (x >= 0 and x <= 100)) and (y is null or …)`) is a tree several times
-- larger than `least(x, y, …) >= 0 and greatest(x, y, …) <= 100`. interview_reports_scores was 8.5 kB of
-- stored tree (written twice per completed interview), the profile's and the day's counter checks ~3 kB
-- (written several times per interview).
--
-- Same rows pass and fail: least/greatest skip nulls, so the new expression is false exactly when some
-- non-null column is out of range (the old one too), true when every non-null column is in range, and null
-- (which a CHECK accepts, as the old expression's true) only when every column is null. Same names, so a
-- refused row still reports the same constraint with SQLSTATE 23514.
-- ════════════════════════════════════════════════════════════════════════════════════════

alter table public.interview_reports
  drop constraint interview_reports_scores,
  add constraint interview_reports_scores check (
    least(overall_score, communication_score, technical_score, behavioral_score, consistency, confidence) >= 0
    and greatest(overall_score, communication_score, technical_score, behavioral_score, consistency, confidence) <= 100);

alter table public.user_profiles
  drop constraint user_profiles_scores_range,
  add constraint user_profiles_scores_range check (least(average_score, best_score) >= 0 and greatest(average_score, best_score) <= 100),
  drop constraint user_profiles_counts_non_negative,
  add constraint user_profiles_counts_non_negative check (
    least(login_count, bonus_interviews, total_interviews, completed_interviews, total_practice_seconds, total_chat_messages,
      current_streak_days, longest_streak_days) >= 0);

alter table public.user_daily_activity
  drop constraint user_daily_activity_counters,
  add constraint user_daily_activity_counters check (
    least(logins, interviews_started, interviews_completed, questions_answered, practice_attempts, chat_messages,
      time_spent_seconds) >= 0);
