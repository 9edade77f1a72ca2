-- ════════════════════════════════════════════════════════════════════════════════════════
-- AI coach (seed 001 chatSessions): chat_sessions + chat_messages. The coach-chat function
-- (service role) writes assistant messages with provider/model/tokens/cost/latency; users may
-- create/rename/close their sessions, add their own messages and rate assistant replies.
-- Coach chat is a plan feature (plans.features.coach_chat).
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.chat_sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  title text not null default 'New conversation',
  provider text,
  model text,
  is_active boolean not null default true,
  message_count integer not null default 0,
  last_message_at timestamptz,
  total_tokens integer not null default 0,
  total_cost_usd numeric(12, 6) not null default 0,
  average_response_time_ms numeric(10, 2),
  user_satisfaction numeric(3, 2),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint chat_sessions_title_length check (length(btrim(title)) between 1 and 200),
  constraint chat_sessions_counters check (message_count >= 0 and total_tokens >= 0 and total_cost_usd >= 0),
  constraint chat_sessions_satisfaction check (user_satisfaction is null or user_satisfaction between 1 and 5)
);
create index chat_sessions_user_active_idx on public.chat_sessions (user_id, is_active);
create index chat_sessions_user_last_message_idx on public.chat_sessions (user_id, last_message_at desc);
create index chat_sessions_provider_idx on public.chat_sessions (provider, created_at desc);
create index chat_sessions_created_idx on public.chat_sessions (created_at);
create trigger chat_sessions_set_updated_at before update on public.chat_sessions
  for each row execute function private.set_updated_at();

revoke all on table public.chat_sessions from anon, authenticated;
grant select, delete on table public.chat_sessions to authenticated;
grant insert (title) on table public.chat_sessions to authenticated;
grant update (title, is_active) on table public.chat_sessions to authenticated;
alter table public.chat_sessions enable row level security;

create policy "Users can read their own chat sessions"
  on public.chat_sessions for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all chat sessions"
  on public.chat_sessions for select to authenticated
  using ((select private.is_admin()));
create policy "Users with the coach feature can start chat sessions"
  on public.chat_sessions for insert to authenticated
  with check (user_id = (select auth.uid()) and (select private.is_active_user())
    and (select private.can_use_feature('coach_chat')));
create policy "Users can rename or close their own chat sessions"
  on public.chat_sessions for update to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()))
  with check (user_id = (select auth.uid()));
create policy "Users can delete their own chat sessions"
  on public.chat_sessions for delete to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));

create table public.chat_messages (
  id uuid primary key default gen_random_uuid(),
  chat_session_id uuid not null references public.chat_sessions (id) on delete cascade,
  user_id uuid not null default auth.uid() references public.user_profiles (id) on delete cascade,
  role text not null default 'user',
  content text not null,
  provider text,
  model text,
  input_tokens integer,
  output_tokens integer,
  total_tokens integer generated always as (coalesce(input_tokens, 0) + coalesce(output_tokens, 0)) stored,
  cost_usd numeric(12, 6),
  response_time_ms integer,
  attachments jsonb not null default '[]',
  rating smallint,
  helpful boolean,
  feedback_comment text,
  feedback_submitted_at timestamptz,
  created_at timestamptz not null default now(),
  constraint chat_messages_role check (role in ('user', 'assistant', 'system')),
  constraint chat_messages_content_length check (length(content) between 1 and 32000),
  constraint chat_messages_tokens check ((input_tokens is null or input_tokens >= 0) and (output_tokens is null or output_tokens >= 0)),
  constraint chat_messages_cost check (cost_usd is null or cost_usd >= 0),
  constraint chat_messages_response_time check (response_time_ms is null or response_time_ms >= 0),
  constraint chat_messages_rating check (rating is null or rating between 1 and 5),
  constraint chat_messages_feedback_length check (feedback_comment is null or length(feedback_comment) <= 2000),
  constraint chat_messages_attachments check (jsonb_typeof(attachments) = 'array' and jsonb_array_length(attachments) <= 10)
);
create index chat_messages_session_idx on public.chat_messages (chat_session_id, created_at);
create index chat_messages_user_idx on public.chat_messages (user_id, created_at desc);

create function private.chat_message_defaults()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    select c.user_id into new.user_id from public.chat_sessions c where c.id = new.chat_session_id;
  else
    if (new.rating is distinct from old.rating or new.helpful is distinct from old.helpful
        or new.feedback_comment is distinct from old.feedback_comment) then
      new.feedback_submitted_at := now();
    end if;
  end if;
  return new;
end;
$$;
revoke execute on function private.chat_message_defaults() from public;
create trigger chat_messages_defaults before insert or update on public.chat_messages
  for each row execute function private.chat_message_defaults();

-- Session analytics (seed 001 chatSessions.analytics) kept current by the database.
create function private.chat_session_stats()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_id uuid := coalesce(new.chat_session_id, old.chat_session_id);
begin
  update public.chat_sessions c
  set message_count = agg.n,
      last_message_at = agg.last_at,
      total_tokens = agg.tokens,
      total_cost_usd = agg.cost,
      average_response_time_ms = agg.avg_rt,
      user_satisfaction = agg.rating,
      provider = coalesce(c.provider, agg.provider),
      model = coalesce(c.model, agg.model)
  from (
    select count(*)::int as n, max(m.created_at) as last_at, coalesce(sum(m.total_tokens), 0)::int as tokens,
           coalesce(sum(m.cost_usd), 0) as cost, round(avg(m.response_time_ms), 2) as avg_rt,
           round(avg(m.rating), 2) as rating,
           (array_agg(m.provider order by m.created_at desc) filter (where m.provider is not null))[1] as provider,
           (array_agg(m.model order by m.created_at desc) filter (where m.model is not null))[1] as model
    from public.chat_messages m where m.chat_session_id = v_id
  ) agg
  where c.id = v_id;
  return null;
end;
$$;
revoke execute on function private.chat_session_stats() from public;
create trigger chat_messages_session_stats after insert or delete or update of rating, cost_usd, input_tokens, output_tokens
  on public.chat_messages for each row execute function private.chat_session_stats();

revoke all on table public.chat_messages from anon, authenticated;
grant select on table public.chat_messages to authenticated;
grant insert (chat_session_id, content, attachments) on table public.chat_messages to authenticated;
grant update (rating, helpful, feedback_comment) on table public.chat_messages to authenticated;
alter table public.chat_messages enable row level security;

create function private.owns_chat_session(p_chat_session_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.chat_sessions c where c.id = p_chat_session_id and c.user_id = (select auth.uid()))
$$;
revoke execute on function private.owns_chat_session(uuid) from public;
grant execute on function private.owns_chat_session(uuid) to authenticated;

create policy "Users can read the messages of their own chat sessions"
  on public.chat_messages for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all chat messages"
  on public.chat_messages for select to authenticated
  using ((select private.is_admin()));
create policy "Users with the coach feature can write in their own chat sessions"
  on public.chat_messages for insert to authenticated
  with check (user_id = (select auth.uid()) and role = 'user' and (select private.is_active_user())
    and private.owns_chat_session(chat_session_id) and (select private.can_use_feature('coach_chat')));
create policy "Users can rate assistant replies in their own chat sessions"
  on public.chat_messages for update to authenticated
  using (user_id = (select auth.uid()) and role = 'assistant' and (select private.is_active_user()))
  with check (user_id = (select auth.uid()) and role = 'assistant');
