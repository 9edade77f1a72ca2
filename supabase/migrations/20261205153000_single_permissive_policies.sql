-- ════════════════════════════════════════════════════════════════════════════════════════
-- One permissive policy per table, role and action. Twenty-one tables had an owner policy and
-- an admin policy for SELECT side by side; Postgres ORs permissive policies but evaluates each
-- of them on every row, and the database linter flags every such pair. Each pair becomes one
-- policy with the same meaning: (owner condition) or (select private.is_admin()).
-- ════════════════════════════════════════════════════════════════════════════════════════

drop policy "Users can read their own AI usage" on public.ai_usage_events;
drop policy "Admins can read all AI usage" on public.ai_usage_events;
create policy "Owners and admins can read AI usage"
  on public.ai_usage_events for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own billing information" on public.billing_information;
drop policy "Admins can read all billing information" on public.billing_information;
create policy "Owners and admins can read billing information"
  on public.billing_information for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the messages of their own chat sessions" on public.chat_messages;
drop policy "Admins can read all chat messages" on public.chat_messages;
create policy "Owners and admins can read chat messages"
  on public.chat_messages for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own chat sessions" on public.chat_sessions;
drop policy "Admins can read all chat sessions" on public.chat_sessions;
create policy "Owners and admins can read chat sessions"
  on public.chat_sessions for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the transcript of their own interviews" on public.interview_messages;
drop policy "Admins can read all interview transcripts" on public.interview_messages;
create policy "Owners and admins can read interview transcripts"
  on public.interview_messages for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the questions of their own interviews" on public.interview_questions;
drop policy "Admins can read all interview questions" on public.interview_questions;
create policy "Owners and admins can read interview questions"
  on public.interview_questions for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the reports of their own interviews" on public.interview_reports;
drop policy "Admins can read all interview reports" on public.interview_reports;
create policy "Owners and admins can read interview reports"
  on public.interview_reports for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own interview responses" on public.interview_responses;
drop policy "Admins can read all interview responses" on public.interview_responses;
create policy "Owners and admins can read interview responses"
  on public.interview_responses for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own interview sessions" on public.interview_sessions;
drop policy "Admins can read all interview sessions" on public.interview_sessions;
create policy "Owners and admins can read interview sessions"
  on public.interview_sessions for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Signed-in users can read active learning resources" on public.learning_resources;
drop policy "Admins can read all learning resources" on public.learning_resources;
create policy "Admins and signed-in users can read learning resources"
  on public.learning_resources for select to authenticated
  using ((is_active and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own payment history" on public.payment_history;
drop policy "Admins can read all payment history" on public.payment_history;
create policy "Owners and admins can read payment history"
  on public.payment_history for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own practice attempts" on public.practice_attempts;
drop policy "Admins can read all practice attempts" on public.practice_attempts;
create policy "Owners and admins can read practice attempts"
  on public.practice_attempts for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Signed-in users can read active bank questions" on public.question_bank;
drop policy "Admins can read all bank questions" on public.question_bank;
create policy "Admins and signed-in users can read bank questions"
  on public.question_bank for select to authenticated
  using ((is_active and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the referrals they made" on public.referrals;
drop policy "Admins can read all referrals" on public.referrals;
create policy "Owners and admins can read referrals"
  on public.referrals for select to authenticated
  using ((referrer_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own report links" on public.report_shares;
drop policy "Admins can read all report links" on public.report_shares;
create policy "Owners and admins can read report links"
  on public.report_shares for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read the resources linked to their own skill gaps" on public.skill_gap_resources;
drop policy "Admins can read all skill gap resources" on public.skill_gap_resources;
create policy "Owners and admins can read skill gap resources"
  on public.skill_gap_resources for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own skill gaps" on public.skill_gaps;
drop policy "Admins can read all skill gaps" on public.skill_gaps;
create policy "Owners and admins can read skill gaps"
  on public.skill_gaps for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own subscriptions" on public.subscriptions;
drop policy "Admins can read all subscriptions" on public.subscriptions;
create policy "Owners and admins can read subscriptions"
  on public.subscriptions for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own achievements" on public.user_achievements;
drop policy "Admins can read all achievements" on public.user_achievements;
create policy "Owners and admins can read achievements"
  on public.user_achievements for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own daily activity" on public.user_daily_activity;
drop policy "Admins can read all daily activity" on public.user_daily_activity;
create policy "Owners and admins can read daily activity"
  on public.user_daily_activity for select to authenticated
  using ((user_id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));

drop policy "Users can read their own profile" on public.user_profiles;
drop policy "Admins can read all profiles" on public.user_profiles;
create policy "Owners and admins can read profiles"
  on public.user_profiles for select to authenticated
  using ((id = (select auth.uid()) and (select private.is_active_user())) or (select private.is_admin()));
