-- ════════════════════════════════════════════════════════════════════════════════════════
-- Engagement (seed 001 users.stats + analytics.userMetrics): user_daily_activity (streaks,
-- DAU, login count, features used), achievements + user_achievements, and the triggers that
-- keep profile stats current. get_user_stats for the dashboard.
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.user_daily_activity (
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  activity_date date not null,
  logins integer not null default 0,
  interviews_started integer not null default 0,
  interviews_completed integer not null default 0,
  questions_answered integer not null default 0,
  practice_attempts integer not null default 0,
  chat_messages integer not null default 0,
  time_spent_seconds integer not null default 0,
  features_used text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (user_id, activity_date),
  constraint user_daily_activity_counters check (logins >= 0 and interviews_started >= 0 and interviews_completed >= 0
    and questions_answered >= 0 and practice_attempts >= 0 and chat_messages >= 0 and time_spent_seconds >= 0)
);
create index user_daily_activity_date_idx on public.user_daily_activity (activity_date);
create trigger user_daily_activity_set_updated_at before update on public.user_daily_activity
  for each row execute function private.set_updated_at();

revoke all on table public.user_daily_activity from anon, authenticated;
grant select on table public.user_daily_activity to authenticated;
alter table public.user_daily_activity enable row level security;
create policy "Users can read their own daily activity"
  on public.user_daily_activity for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all daily activity"
  on public.user_daily_activity for select to authenticated
  using ((select private.is_admin()));

create table public.achievements (
  key text primary key,
  title text not null,
  description text not null,
  icon text,
  sort_order integer not null default 0,
  constraint achievements_key_format check (key ~ '^[a-z0-9_]{2,60}$')
);
insert into public.achievements (key, title, description, icon, sort_order) values
  ('first_interview', 'First steps', 'Completed your first mock interview.', 'flag', 1),
  ('five_interviews', 'Getting serious', 'Completed 5 mock interviews.', 'target', 2),
  ('ten_interviews', 'Interview veteran', 'Completed 10 mock interviews.', 'medal', 3),
  ('high_score', 'High flyer', 'Scored 90 or more in an interview.', 'star', 4),
  ('perfect_score', 'Flawless', 'Scored 100 in an interview.', 'crown', 5),
  ('streak_3', 'On a roll', 'Practised 3 days in a row.', 'flame', 6),
  ('streak_7', 'Week warrior', 'Practised 7 days in a row.', 'flame', 7),
  ('streak_30', 'Habit formed', 'Practised 30 days in a row.', 'flame', 8),
  ('first_chat', 'Coached', 'Asked the AI coach a question.', 'chat', 9);
revoke all on table public.achievements from anon, authenticated;
grant select on table public.achievements to authenticated;
alter table public.achievements enable row level security;
create policy "Signed-in users can read the achievement catalog"
  on public.achievements for select to authenticated
  using ((select private.is_active_user()));

create table public.user_achievements (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  achievement_key text not null references public.achievements (key) on delete cascade,
  interview_id uuid references public.interview_sessions (id) on delete set null,
  metadata jsonb not null default '{}',
  unlocked_at timestamptz not null default now()
);
create unique index user_achievements_user_key on public.user_achievements (user_id, achievement_key);
create index user_achievements_key_idx on public.user_achievements (achievement_key);
create index user_achievements_interview_idx on public.user_achievements (interview_id);

revoke all on table public.user_achievements from anon, authenticated;
grant select on table public.user_achievements to authenticated;
alter table public.user_achievements enable row level security;
create policy "Users can read their own achievements"
  on public.user_achievements for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all achievements"
  on public.user_achievements for select to authenticated
  using ((select private.is_admin()));

-- ── activity + streaks ──────────────────────────────────────────────────────────────────
create function private.award_achievements(p_user_id uuid, p_interview_id uuid default null)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.user_achievements (user_id, achievement_key, interview_id)
  select p.id, a.key, p_interview_id
  from public.user_profiles p
  cross join lateral (values
    ('first_interview', p.completed_interviews >= 1),
    ('five_interviews', p.completed_interviews >= 5),
    ('ten_interviews', p.completed_interviews >= 10),
    ('high_score', coalesce(p.best_score, 0) >= 90),
    ('perfect_score', coalesce(p.best_score, 0) >= 100),
    ('streak_3', p.longest_streak_days >= 3),
    ('streak_7', p.longest_streak_days >= 7),
    ('streak_30', p.longest_streak_days >= 30),
    ('first_chat', p.total_chat_messages >= 1)) as a(key, earned)
  where p.id = p_user_id and a.earned
  on conflict (user_id, achievement_key) do nothing
$$;
revoke execute on function private.award_achievements(uuid, uuid) from public;

create function private.record_activity(p_user_id uuid, p_feature text, p_logins int default 0,
  p_started int default 0, p_completed int default 0, p_answered int default 0, p_practice int default 0,
  p_chat int default 0, p_seconds int default 0)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_today date := (now() at time zone 'UTC')::date;
  v_new_day boolean;
begin
  insert into public.user_daily_activity as a (user_id, activity_date, logins, interviews_started, interviews_completed,
    questions_answered, practice_attempts, chat_messages, time_spent_seconds, features_used)
  values (p_user_id, v_today, p_logins, p_started, p_completed, p_answered, p_practice, p_chat, p_seconds,
    case when p_feature is null then '{}' else array[p_feature] end)
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

  update public.user_profiles p
  set last_activity_at = now(),
      current_streak_days = case
        when not v_new_day then greatest(p.current_streak_days, 1)
        when exists (select 1 from public.user_daily_activity d where d.user_id = p_user_id and d.activity_date = v_today - 1)
          then p.current_streak_days + 1
        else 1 end,
      longest_streak_days = greatest(p.longest_streak_days, case
        when not v_new_day then greatest(p.current_streak_days, 1)
        when exists (select 1 from public.user_daily_activity d where d.user_id = p_user_id and d.activity_date = v_today - 1)
          then p.current_streak_days + 1
        else 1 end),
      total_chat_messages = p.total_chat_messages + p_chat,
      total_practice_seconds = p.total_practice_seconds + p_seconds
  where p.id = p_user_id;
  if v_new_day then
    perform private.award_achievements(p_user_id);
  end if;
end;
$$;
revoke execute on function private.record_activity(uuid, text, int, int, int, int, int, int, int) from public;

create function private.refresh_profile_stats(p_user_id uuid)
returns void
language sql
security definer
set search_path = ''
as $$
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
  where p.id = p_user_id
$$;
revoke execute on function private.refresh_profile_stats(uuid) from public;

create function private.interview_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    perform private.refresh_profile_stats(new.user_id);
    perform private.record_activity(new.user_id, 'interviews', p_started => 1);
  elsif new.status is distinct from old.status or new.score is distinct from old.score then
    perform private.refresh_profile_stats(new.user_id);
    if new.status = 'completed' and old.status <> 'completed' then
      perform private.record_activity(new.user_id, 'interviews', p_completed => 1, p_seconds => new.duration_seconds);
      perform private.award_achievements(new.user_id, new.id);
    end if;
  end if;
  return null;
end;
$$;
revoke execute on function private.interview_activity() from public;
create trigger interview_sessions_activity after insert or update of status, score on public.interview_sessions
  for each row execute function private.interview_activity();

create function private.response_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.record_activity(new.user_id, 'interviews', p_answered => 1);
  return null;
end;
$$;
revoke execute on function private.response_activity() from public;
create trigger interview_responses_activity after insert on public.interview_responses
  for each row execute function private.response_activity();

create function private.practice_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.record_activity(new.user_id, 'practice', p_practice => 1, p_seconds => coalesce(new.time_taken_seconds, 0));
  return null;
end;
$$;
revoke execute on function private.practice_activity() from public;
create trigger practice_attempts_activity after insert on public.practice_attempts
  for each row execute function private.practice_activity();

create function private.chat_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.record_activity(new.user_id, 'coach_chat', p_chat => 1);
  return null;
end;
$$;
revoke execute on function private.chat_activity() from public;
create trigger chat_messages_activity after insert on public.chat_messages
  for each row when (new.role = 'user') execute function private.chat_activity();

create function private.login_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if exists (select 1 from public.user_profiles where id = new.id) then
    perform private.record_activity(new.id, 'login', p_logins => 1);
  end if;
  return new;
end;
$$;
revoke execute on function private.login_activity() from public;
create trigger on_auth_user_signed_in
  after update of last_sign_in_at on auth.users
  for each row when (new.last_sign_in_at is distinct from old.last_sign_in_at and new.last_sign_in_at is not null)
  execute function private.login_activity();

-- ── get_user_stats ──────────────────────────────────────────────────────────────────────
create function public.get_user_stats(p_user_id uuid default null)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_uid uuid := private.assert_caller(p_user_id);
  v_profile public.user_profiles;
  v_today date := (now() at time zone 'UTC')::date;
  v_last_active date;
begin
  select * into v_profile from public.user_profiles where id = v_uid;
  select max(activity_date) into v_last_active from public.user_daily_activity where user_id = v_uid;
  return jsonb_build_object(
    'total_interviews', v_profile.total_interviews,
    'completed_interviews', v_profile.completed_interviews,
    'cancelled_interviews', (select count(*) from public.interview_sessions s where s.user_id = v_uid and s.status in ('cancelled', 'abandoned')),
    'in_progress_interviews', (select count(*) from public.interview_sessions s where s.user_id = v_uid and s.status in ('pending', 'in_progress')),
    'average_score', v_profile.average_score,
    'best_score', v_profile.best_score,
    'total_time_minutes', (select coalesce(sum(s.duration_minutes), 0) from public.interview_sessions s where s.user_id = v_uid),
    'questions_answered', (select count(*) from public.interview_responses r where r.user_id = v_uid),
    'practice_attempts', (select count(*) from public.practice_attempts a where a.user_id = v_uid),
    'total_chat_messages', v_profile.total_chat_messages,
    'current_streak_days', case when v_last_active >= v_today - 1 then v_profile.current_streak_days else 0 end,
    'longest_streak_days', v_profile.longest_streak_days,
    'last_activity_at', v_profile.last_activity_at,
    'score_trend', coalesce((
      select jsonb_agg(jsonb_build_object('interview_id', t.id, 'date', t.completed_at, 'score', t.score, 'job_role', t.job_role)
                       order by t.completed_at)
      from (select s.id, s.completed_at, s.score, s.job_role from public.interview_sessions s
            where s.user_id = v_uid and s.status = 'completed' and s.score is not null
            order by s.completed_at desc limit 10) t), '[]'),
    'score_by_type', coalesce((
      select jsonb_object_agg(t.interview_type, t.avg_score)
      from (select s.interview_type, round(avg(s.score), 2) as avg_score from public.interview_sessions s
            where s.user_id = v_uid and s.status = 'completed' and s.score is not null group by s.interview_type) t), '{}'),
    'achievements', coalesce((
      select jsonb_agg(jsonb_build_object('key', a.achievement_key, 'unlocked_at', a.unlocked_at) order by a.unlocked_at)
      from public.user_achievements a where a.user_id = v_uid), '[]')
  );
end;
$$;
revoke execute on function public.get_user_stats(uuid) from public, anon, authenticated;
grant execute on function public.get_user_stats(uuid) to authenticated;
