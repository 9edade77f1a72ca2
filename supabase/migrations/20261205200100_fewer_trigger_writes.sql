-- ════════════════════════════════════════════════════════════════════════════════════════
-- Fewer row writes and trigger calls per interview, with the same results.
--
-- * Profile engagement: a new session used to update its owner's profile twice (total_interviews + 1,
--   then the activity fields) and a completion twice (the re-aggregated statistics, then the activity
--   fields); each is now one UPDATE. The activity rules are unchanged (record_activity: streaks on a new
--   day, last_activity_at moved at most once a minute when nothing else changes).
-- * interview_sessions: the engagement trigger fires on update only when the completion or a completed
--   score changes, and the status trigger only when status or one of its timestamps changes (it used to
--   run whenever `status` was in the SET list, e.g. every submitted answer).
-- * ai_usage_events → interview_sessions: an event that changes none of the session's AI totals (no
--   latency, no cost, no new fallback, the same provider: every event of the built-in local engine after
--   the first) no longer rewrites the session row. Such an event always comes with a write of the
--   session by the same step (answer, generation, completion), so the session's updated_at, which the
--   abandonment job reads, still moves.
-- * interview_responses guard: an update that keeps the question takes interview and user from the row
--   itself instead of reading the question again (scoring claims and evaluations update each answer
--   twice).
-- * user_profiles: the preferences CHECK called private.is_valid_preferences on every update of a
--   profile (streaks, counters), although only a change of preferences can break it. The field-rule
--   trigger user_profiles_check_fields already checks it on insert and on every change of preferences,
--   with the `preferences_invalid` code; a cheap CHECK keeps preferences an object as the backstop.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── engagement: the day's row and the profile's activity fields, separately ─────────────
-- Adds the event to the user's row of today (UTC); true when the event opened the day.
create function private.bump_daily_activity(p_user_id uuid, p_feature text, p_logins int, p_started int,
  p_completed int, p_answered int, p_practice int, p_chat int, p_seconds int)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_new_day boolean;
begin
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
revoke execute on function private.bump_daily_activity(uuid, text, int, int, int, int, int, int, int) from public;

-- The profile side of an activity event, in one UPDATE together with the interview statistics that change
-- with it: p_add_interviews is added to total_interviews, or with p_recount_interviews the statistics are
-- re-aggregated from the user's sessions (what refresh_profile_stats does).
-- Activity rules (as record_activity): on a new day the streak grows when yesterday had activity, else
-- restarts at 1; on a day that already had activity, last_activity_at and the streak floors move only when
-- the event changes a profile counter or last_activity_at is more than a minute old.
create function private.apply_profile_activity(p_user_id uuid, p_new_day boolean, p_chat int, p_seconds int,
  p_add_interviews int default 0, p_recount_interviews boolean default false)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_yesterday boolean := false;
begin
  if p_new_day then
    v_yesterday := exists (select 1 from public.user_daily_activity d
                           where d.user_id = p_user_id and d.activity_date = (now() at time zone 'UTC')::date - 1);
  end if;
  if p_recount_interviews then
    update public.user_profiles p
    set total_interviews = agg.total,
        completed_interviews = agg.completed,
        average_score = agg.avg_score,
        best_score = agg.best,
        last_activity_at = case
          when p_new_day or p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute' then now()
          else p.last_activity_at end,
        current_streak_days = case
          when p_new_day then case when v_yesterday then p.current_streak_days + 1 else 1 end
          when p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute'
            then greatest(p.current_streak_days, 1)
          else p.current_streak_days end,
        longest_streak_days = case
          when p_new_day then greatest(p.longest_streak_days, case when v_yesterday then p.current_streak_days + 1 else 1 end)
          when p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute'
            then greatest(p.longest_streak_days, p.current_streak_days, 1)
          else p.longest_streak_days end,
        total_chat_messages = p.total_chat_messages + p_chat,
        total_practice_seconds = p.total_practice_seconds + p_seconds
    from (
      select count(*)::int as total,
             count(*) filter (where s.status = 'completed')::int as completed,
             round(avg(s.score) filter (where s.status = 'completed'), 2) as avg_score,
             max(s.score) filter (where s.status = 'completed') as best
      from public.interview_sessions s where s.user_id = p_user_id
    ) agg
    where p.id = p_user_id;
  else
    update public.user_profiles p
    set total_interviews = p.total_interviews + p_add_interviews,
        last_activity_at = case
          when p_new_day or p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute' then now()
          else p.last_activity_at end,
        current_streak_days = case
          when p_new_day then case when v_yesterday then p.current_streak_days + 1 else 1 end
          when p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute'
            then greatest(p.current_streak_days, 1)
          else p.current_streak_days end,
        longest_streak_days = case
          when p_new_day then greatest(p.longest_streak_days, case when v_yesterday then p.current_streak_days + 1 else 1 end)
          when p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
               or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute'
            then greatest(p.longest_streak_days, p.current_streak_days, 1)
          else p.longest_streak_days end,
        total_chat_messages = p.total_chat_messages + p_chat,
        total_practice_seconds = p.total_practice_seconds + p_seconds
    where p.id = p_user_id
      and (p_new_day or p_add_interviews <> 0 or p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1
           or p.longest_streak_days < 1 or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute');
  end if;
end;
$$;
revoke execute on function private.apply_profile_activity(uuid, boolean, int, int, int, boolean) from public;

-- Same contract as before: the day's row, the profile's activity fields, achievements on a new day.
create or replace function private.record_activity(p_user_id uuid, p_feature text, p_logins int default 0,
  p_started int default 0, p_completed int default 0, p_answered int default 0, p_practice int default 0,
  p_chat int default 0, p_seconds int default 0)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_new_day boolean := private.bump_daily_activity(p_user_id, p_feature, p_logins, p_started, p_completed,
    p_answered, p_practice, p_chat, p_seconds);
begin
  perform private.apply_profile_activity(p_user_id, v_new_day, p_chat, p_seconds);
  if v_new_day then
    perform private.award_achievements(p_user_id);
  end if;
end;
$$;

create or replace function private.refresh_profile_stats(p_user_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
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

-- A new session: the day's row and one profile update (total + 1, or the statistics re-aggregated for a
-- session inserted as completed, plus the activity fields). A completion (or a completed session's new
-- score): the statistics, and for a completed session the day's row and activity fields, in one profile
-- update; achievements once (on a new day they are awarded as by record_activity, without the interview).
create or replace function private.interview_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_new_day boolean;
begin
  if tg_op = 'INSERT' then
    v_new_day := private.bump_daily_activity(new.user_id, 'interviews', 0, 1, 0, 0, 0, 0, 0);
    perform private.apply_profile_activity(new.user_id, v_new_day, 0, 0,
      p_add_interviews => case when new.status = 'completed' then 0 else 1 end,
      p_recount_interviews => new.status = 'completed');
    if v_new_day then
      perform private.award_achievements(new.user_id);
    end if;
  elsif (new.status = 'completed') <> (old.status = 'completed')
     or (new.status = 'completed' and new.score is distinct from old.score) then
    if new.status = 'completed' then
      v_new_day := private.bump_daily_activity(new.user_id, 'interviews', 0, 0, 1, 0, 0, 0, new.duration_seconds);
      perform private.apply_profile_activity(new.user_id, v_new_day, 0, new.duration_seconds,
        p_recount_interviews => true);
      perform private.award_achievements(new.user_id, case when v_new_day then null else new.id end);
    else
      perform private.refresh_profile_stats(new.user_id);
    end if;
  end if;
  return null;
end;
$$;

drop trigger interview_sessions_activity on public.interview_sessions;
create trigger interview_sessions_activity after insert on public.interview_sessions
  for each row execute function private.interview_activity();
create trigger interview_sessions_activity_on_completion after update of status, score on public.interview_sessions
  for each row
  when ((new.status = 'completed') <> (old.status = 'completed')
        or (new.status = 'completed' and new.score is distinct from old.score))
  execute function private.interview_activity();

-- ── status transitions: only when the status or its timestamps change ───────────────────
drop trigger interview_sessions_status on public.interview_sessions;
create trigger interview_sessions_status before insert on public.interview_sessions
  for each row execute function private.interview_session_status();
create trigger interview_sessions_status_on_change
  before update of status, completed_at, started_at, ended_at on public.interview_sessions
  for each row
  when (new.status is distinct from old.status or new.completed_at is distinct from old.completed_at
        or new.started_at is distinct from old.started_at or new.ended_at is distinct from old.ended_at)
  execute function private.interview_session_status();

-- ── AI usage totals: no rewrite of the session for an event that changes nothing ────────
create or replace function private.ai_usage_to_session()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.interview_sessions s
  set ai_provider = case when new.success then new.provider else s.ai_provider end,
      ai_fallback_used = s.ai_fallback_used or new.fallback_used,
      ai_processing_ms = s.ai_processing_ms + new.latency_ms,
      ai_cost_usd = s.ai_cost_usd + new.cost_usd
  where s.id = new.interview_id
    and (new.latency_ms <> 0 or new.cost_usd <> 0 or (new.fallback_used and not s.ai_fallback_used)
         or (new.success and s.ai_provider is distinct from new.provider));
  return null;
end;
$$;

-- ── responses: no second read of the question when it does not change ───────────────────
create or replace function private.interview_response_guard()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_question record;
begin
  if tg_op = 'UPDATE' and new.question_id = old.question_id then
    -- the row's interview and user were set from this question when it was inserted
    new.interview_id := old.interview_id;
    new.user_id := old.user_id;
  else
    select q.interview_id, q.user_id into v_question from public.interview_questions q where q.id = new.question_id;
    if v_question.interview_id is null then
      raise exception using errcode = '23503', message = 'Interview question not found';
    end if;
    new.interview_id := v_question.interview_id;
    new.user_id := v_question.user_id;
  end if;
  if tg_op = 'UPDATE' then
    if old.evaluated_at is not null and (
      new.answer_text is distinct from old.answer_text or new.code_answer is distinct from old.code_answer
      or new.transcript is distinct from old.transcript or new.audio_path is distinct from old.audio_path
      or new.code_language is distinct from old.code_language
      or new.client_test_results is distinct from old.client_test_results
      or new.speaking_duration_seconds is distinct from old.speaking_duration_seconds
      or new.time_taken_seconds is distinct from old.time_taken_seconds) then
      raise exception using errcode = 'P0001', message = 'This answer has already been scored and can no longer be changed',
        detail = 'already_scored';
    end if;
    if new.question_id is distinct from old.question_id then
      raise exception using errcode = 'P0001', message = 'A response cannot move to another question';
    end if;
  end if;
  return new;
end;
$$;

-- ── profiles: preferences validated when they are written, not on every profile update ──
alter table public.user_profiles drop constraint user_profiles_preferences_valid;
alter table public.user_profiles add constraint user_profiles_preferences_object check (jsonb_typeof(preferences) = 'object');
