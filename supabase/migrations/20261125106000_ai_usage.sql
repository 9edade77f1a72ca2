-- ════════════════════════════════════════════════════════════════════════════════════════
-- AI usage: one row per AI call (seed 001 aiProcessing, providerMetrics, aiProviderStats).
-- Written by the edge functions with the service role; a trigger folds each call into the
-- interview's AI-processing summary (provider, fallback used, processing time, cost).
-- ════════════════════════════════════════════════════════════════════════════════════════

create table public.ai_usage_events (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references public.user_profiles (id) on delete set null,
  interview_id uuid references public.interview_sessions (id) on delete set null,
  response_id uuid references public.interview_responses (id) on delete set null,
  chat_session_id uuid references public.chat_sessions (id) on delete set null,
  operation text not null,
  provider text not null,
  model text,
  input_tokens integer not null default 0,
  output_tokens integer not null default 0,
  total_tokens integer generated always as (input_tokens + output_tokens) stored,
  latency_ms integer not null default 0,
  cost_usd numeric(12, 6) not null default 0,
  success boolean not null default true,
  error_type text,
  error_message text,
  fallback_used boolean not null default false,
  fallback_from text,
  attempt integer not null default 1,
  metadata jsonb not null default '{}',
  created_at timestamptz not null default now(),
  constraint ai_usage_events_operation check (operation in
    ('generate_questions', 'score_answer', 'practice_score', 'complete_interview', 'follow_up', 'coach_chat', 'extract_keywords', 'other')),
  constraint ai_usage_events_provider_format check (provider ~ '^[a-z0-9_.-]{1,40}$'),
  constraint ai_usage_events_non_negative check (input_tokens >= 0 and output_tokens >= 0 and latency_ms >= 0 and cost_usd >= 0 and attempt >= 1),
  constraint ai_usage_events_error_type check (error_type is null or error_type in
    ('timeout', 'http_error', 'rate_limited', 'invalid_output', 'network', 'auth', 'refused', 'other')),
  constraint ai_usage_events_error_when_failed check (success or error_type is not null),
  constraint ai_usage_events_metadata_object check (jsonb_typeof(metadata) = 'object')
);
create index ai_usage_events_created_idx on public.ai_usage_events (created_at);
create index ai_usage_events_provider_created_idx on public.ai_usage_events (provider, created_at);
create index ai_usage_events_errors_idx on public.ai_usage_events (created_at desc) where not success;
create index ai_usage_events_user_idx on public.ai_usage_events (user_id, created_at desc);
create index ai_usage_events_interview_idx on public.ai_usage_events (interview_id);
create index ai_usage_events_response_idx on public.ai_usage_events (response_id);
create index ai_usage_events_chat_session_idx on public.ai_usage_events (chat_session_id);

create function private.ai_usage_to_session()
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
  where s.id = new.interview_id;
  return null;
end;
$$;
revoke execute on function private.ai_usage_to_session() from public;
create trigger ai_usage_events_to_session after insert on public.ai_usage_events
  for each row when (new.interview_id is not null) execute function private.ai_usage_to_session();

revoke all on table public.ai_usage_events from anon, authenticated;
grant select on table public.ai_usage_events to authenticated;
alter table public.ai_usage_events enable row level security;
create policy "Users can read their own AI usage"
  on public.ai_usage_events for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all AI usage"
  on public.ai_usage_events for select to authenticated
  using ((select private.is_admin()));
