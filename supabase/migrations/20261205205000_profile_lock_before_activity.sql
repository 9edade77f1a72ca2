-- ════════════════════════════════════════════════════════════════════════════════════════
-- Profile statistics exact when one user's events commit together, and one lock order for the profile
-- and the day's activity row.
--
-- * A completion re-aggregates the profile's statistics from the user's sessions in one UPDATE. Under READ
--   COMMITTED that statement's snapshot is taken before it waits for the profile row; when another
--   transaction of the same user updated the profile meanwhile, the UPDATE re-checks the newer profile row
--   but keeps the aggregate it computed from the old snapshot, so a completion committed in between is
--   missing from the statistics. The day's activity row serialises two completions of the same UTC day,
--   but not two whose transactions started on different days (around midnight), nor any future writer
--   that re-aggregates without touching the day's row. Now every event locks the profile row first: the
--   aggregate is read by a later statement, whose snapshot includes whatever the previous holder committed.
-- * Lock order: create_interview_session locked the profile (quota) and then, in the insert trigger, the
--   day's row; a completion, an answer, a practice attempt, a chat message or a sign-in of the same user
--   locked the day's row and then the profile, so a new interview and a completion of the same user could
--   deadlock. Every path now takes the profile row before the day's row: a session of the user (if any) →
--   the profile → the day's row.
-- ════════════════════════════════════════════════════════════════════════════════════════

create or replace function private.bump_daily_activity(p_user_id uuid, p_feature text, p_logins int, p_started int,
  p_completed int, p_answered int, p_practice int, p_chat int, p_seconds int)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_new_day boolean;
begin
  -- the profile before the day's row (see the header); the callers update the profile next
  perform 1 from public.user_profiles p where p.id = p_user_id for no key update;
  insert into public.user_daily_activity as a (user_id, activity_date, logins, interviews_started, interviews_completed,
    questions_answered, practice_attempts, chat_messages, time_spent_seconds, features_used)
  values (p_user_id, (now() at time zone 'UTC')::date, p_logins, p_started, p_completed, p_answered, p_practice, p_chat,
    p_seconds, case when p_feature is null then '{}' else array[p_feature] end)
  on conflict (user_id, activity_date) do update
  set logins = a.logins + excluded.logins,
      interviews_started = a.interviews_started + excluded.interviews_started,
      interviews_completed = a.interviews_completed + excluded.interviews_completed,
      questions_answered = a.questions_answered + excluded.questions_answered,
      practice_attempts = a.practice_attempts + excluded.practice_attempts,
      chat_messages = a.chat_messages + excluded.chat_messages,
      time_spent_seconds = a.time_spent_seconds + excluded.time_spent_seconds,
      features_used = case when p_feature is null or p_feature = any (a.features_used) then a.features_used
                           else a.features_used || p_feature end
  returning (xmax = 0) into v_new_day;
  return v_new_day;
end;
$$;

create or replace function private.refresh_profile_stats(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- locked first, so that the aggregate below is read after any other writer of this profile committed
  perform 1 from public.user_profiles p where p.id = p_user_id for no key update;
  update public.user_profiles p
  set total_interviews = agg.total,
      completed_interviews = agg.completed,
      average_score = agg.avg_score,
      best_score = agg.best
  from (
    select count(*)::int as total,
           count(*) filter (where s.status = 'completed')::int as completed,
           round(avg(s.score) filter (where s.status = 'completed'), 2) as avg_score,
           max(s.score) filter (where s.status = 'completed') as best
    from public.interview_sessions s where s.user_id = p_user_id
  ) agg
  where p.id = p_user_id;
end;
$$;
