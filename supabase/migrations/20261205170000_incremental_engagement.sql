-- ════════════════════════════════════════════════════════════════════════════════════════
-- Engagement and bank statistics without per-answer re-aggregation or hot rows.
--
-- * Profile statistics: a new session adds one to total_interviews; completed_interviews, average_score
--   and best_score are re-aggregated only when a session's completion or score changes (once per interview,
--   at completion) instead of on every status change (create, start, complete).
-- * record_activity: an event on a day that already has activity and that changes no profile counter only
--   moves last_activity_at, at most once a minute (the daily row still counts every event exactly).
-- * Bank scoring statistics: a scored answer appends its delta to private.question_bank_score_deltas
--   (insert-only: no shared row is locked while an answer is saved); analytics.refresh() folds the deltas
--   into question_bank in one batch, exactly (a re-scored answer's delta takes the old score back out).
-- * private.ai_call_slots rows older than a day are pruned by analytics.refresh(), in bounded batches.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── profile statistics ─────────────────────────────────────────────────────────────────
create or replace function private.interview_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.status = 'completed' then
      perform private.refresh_profile_stats(new.user_id);
    else
      update public.user_profiles set total_interviews = total_interviews + 1 where id = new.user_id;
    end if;
    perform private.record_activity(new.user_id, 'interviews', p_started => 1);
  elsif (new.status = 'completed') <> (old.status = 'completed')
     or (new.status = 'completed' and new.score is distinct from old.score) then
    perform private.refresh_profile_stats(new.user_id);
    if new.status = 'completed' then
      perform private.record_activity(new.user_id, 'interviews', p_completed => 1, p_seconds => new.duration_seconds);
      perform private.award_achievements(new.user_id, new.id);
    end if;
  end if;
  return null;
end;
$$;

-- Same contract as before; the profile row is only rewritten when something in it changes (or a minute
-- has passed since last_activity_at), so answering several questions in a row does not rewrite the
-- profile (and its indexes) per answer.
create or replace function private.record_activity(p_user_id uuid, p_feature text, p_logins int default 0,
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

  if v_new_day then
    update public.user_profiles p
    set last_activity_at = now(),
        current_streak_days = case
          when exists (select 1 from public.user_daily_activity d where d.user_id = p_user_id and d.activity_date = v_today - 1)
            then p.current_streak_days + 1
          else 1 end,
        longest_streak_days = greatest(p.longest_streak_days, case
          when exists (select 1 from public.user_daily_activity d where d.user_id = p_user_id and d.activity_date = v_today - 1)
            then p.current_streak_days + 1
          else 1 end),
        total_chat_messages = p.total_chat_messages + p_chat,
        total_practice_seconds = p.total_practice_seconds + p_seconds
    where p.id = p_user_id;
    perform private.award_achievements(p_user_id);
  else
    update public.user_profiles p
    set last_activity_at = now(),
        current_streak_days = greatest(p.current_streak_days, 1),
        longest_streak_days = greatest(p.longest_streak_days, p.current_streak_days, 1),
        total_chat_messages = p.total_chat_messages + p_chat,
        total_practice_seconds = p.total_practice_seconds + p_seconds
    where p.id = p_user_id
      and (p_chat <> 0 or p_seconds <> 0 or p.current_streak_days < 1 or p.longest_streak_days < 1
           or p.last_activity_at is null or p.last_activity_at < now() - interval '1 minute');
  end if;
end;
$$;

-- ── bank scoring statistics: deltas, folded by analytics.refresh() ──────────────────────
create table private.question_bank_score_deltas (
  id bigint generated always as identity primary key,
  bank_question_id uuid not null references public.question_bank (id) on delete cascade,
  d_count integer not null,
  d_sum numeric not null,
  d_success integer not null,
  d_timed integer not null,
  d_time numeric not null,
  created_at timestamptz not null default now()
);
revoke all on table private.question_bank_score_deltas from public, anon, authenticated, service_role;
create index question_bank_score_deltas_bank_idx on private.question_bank_score_deltas (bank_question_id);

create or replace function private.bank_question_scored()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_bank uuid;
  d_count int := 0; d_sum numeric := 0; d_success int := 0; d_timed int := 0; d_time numeric := 0;
begin
  select q.bank_question_id into v_bank from public.interview_questions q where q.id = new.question_id;
  if v_bank is null then
    return null;
  end if;
  if tg_op = 'UPDATE' and old.score is not null then
    d_count := d_count - 1; d_sum := d_sum - old.score; d_success := d_success - (old.score >= 70)::int;
    if old.time_taken_seconds is not null then d_timed := d_timed - 1; d_time := d_time - old.time_taken_seconds; end if;
  end if;
  if new.score is not null then
    d_count := d_count + 1; d_sum := d_sum + new.score; d_success := d_success + (new.score >= 70)::int;
    if new.time_taken_seconds is not null then d_timed := d_timed + 1; d_time := d_time + new.time_taken_seconds; end if;
  end if;
  insert into private.question_bank_score_deltas (bank_question_id, d_count, d_sum, d_success, d_timed, d_time)
  values (v_bank, d_count, d_sum, d_success, d_timed, d_time);
  return null;
end;
$$;

-- Folds every pending delta into question_bank (bank rows locked in id order); returns the rows changed.
create function private.fold_question_bank_score_deltas()
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_changed integer;
begin
  with taken as (
    delete from private.question_bank_score_deltas returning *
  ), summed as (
    select t.bank_question_id as id, sum(t.d_count)::integer as d_count, sum(t.d_sum) as d_sum,
           sum(t.d_success)::integer as d_success, sum(t.d_timed)::integer as d_timed, sum(t.d_time) as d_time
    from taken t group by t.bank_question_id
  ), locked as (
    select b.id from public.question_bank b join summed s on s.id = b.id order by b.id for no key update of b
  )
  update public.question_bank b
  set times_answered = b.times_answered + s.d_count,
      score_sum = b.score_sum + s.d_sum,
      success_count = b.success_count + s.d_success,
      timed_answers = b.timed_answers + s.d_timed,
      time_sum = b.time_sum + s.d_time,
      average_score = round((b.score_sum + s.d_sum) / nullif(b.times_answered + s.d_count, 0), 2),
      success_rate = round(100.0 * (b.success_count + s.d_success) / nullif(b.times_answered + s.d_count, 0), 2),
      average_time_seconds = round((b.time_sum + s.d_time) / nullif(b.timed_answers + s.d_timed, 0), 2)
  from summed s
  where b.id = s.id and b.id in (select id from locked);
  get diagnostics v_changed = row_count;
  return v_changed;
end;
$$;
revoke execute on function private.fold_question_bank_score_deltas() from public, anon, authenticated;


-- ── AI rate-limit slots: old rows pruned ────────────────────────────────────────────────
-- take_ai_call_slot only deletes expired slots of the user and operation it counts, so a user who never
-- calls again leaves rows behind. Every limit window is at most a day; older slots are removed in bounded
-- batches (oldest first) by analytics.refresh().
create function private.prune_ai_call_slots(p_older_than interval default interval '1 day', p_max_rows integer default 10000)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_deleted integer;
begin
  delete from private.ai_call_slots s
  where s.id in (select o.id from private.ai_call_slots o
                 where o.created_at < clock_timestamp() - p_older_than
                 order by o.created_at limit greatest(p_max_rows, 0));
  get diagnostics v_deleted = row_count;
  return v_deleted;
end;
$$;
revoke execute on function private.prune_ai_call_slots(interval, integer) from public, anon, authenticated;
create index ai_call_slots_created_at_idx on private.ai_call_slots (created_at);

create or replace function analytics.refresh()
returns timestamptz
language plpgsql
set search_path = ''
as $$
begin
  if exists (select 1 from pg_matviews where schemaname = 'analytics' and matviewname = 'daily_metrics' and ispopulated) then
    refresh materialized view concurrently analytics.daily_metrics;
  else
    refresh materialized view analytics.daily_metrics;
  end if;
  perform private.refresh_question_bank_usage();
  perform private.fold_question_bank_score_deltas();
  perform private.prune_ai_call_slots();
  return now();
end;
$$;
