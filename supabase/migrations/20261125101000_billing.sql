-- ════════════════════════════════════════════════════════════════════════════════════════
-- Billing: plans (public), subscriptions, billing_information, payment_history (seed 003
-- tables 2–4), private.stripe_events (webhook dedupe) and the plan/quota helpers.
-- Only the service role (stripe-webhook / checkout functions) writes billing rows.
-- ════════════════════════════════════════════════════════════════════════════════════════

-- ── plans ───────────────────────────────────────────────────────────────────────────────
create table public.plans (
  id text primary key,
  name text not null,
  description text,
  price_cents integer not null default 0,
  currency text not null default 'usd',
  billing_interval text,
  interviews_per_month integer,          -- null = unlimited
  features jsonb not null default '{"voice": false, "coach_chat": false}',
  stripe_price_id text,
  past_due_grace_days integer not null default 7,
  is_active boolean not null default true,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint plans_id_format check (id ~ '^[a-z0-9_]{2,40}$'),
  constraint plans_price_non_negative check (price_cents >= 0),
  constraint plans_currency_format check (currency ~ '^[a-z]{3}$'),
  constraint plans_billing_interval check (billing_interval is null or billing_interval in ('month', 'year')),
  constraint plans_quota_positive check (interviews_per_month is null or interviews_per_month >= 0),
  constraint plans_features_object check (jsonb_typeof(features) = 'object'),
  constraint plans_grace_days check (past_due_grace_days between 0 and 60)
);
create unique index plans_stripe_price_id_key on public.plans (stripe_price_id);
create index plans_is_active_idx on public.plans (is_active, sort_order);
create trigger plans_set_updated_at before update on public.plans
  for each row execute function private.set_updated_at();

insert into public.plans (id, name, description, price_cents, billing_interval, interviews_per_month, features, stripe_price_id, past_due_grace_days, sort_order)
values
  ('free', 'Free', '3 mock interviews per month, text mode, instant AI feedback.', 0, null, 3,
   '{"voice": false, "coach_chat": false}', null, 0, 0),
  ('pro_monthly', 'Pro (monthly)', 'Unlimited interviews, voice mode and the AI coach.', 1900, 'month', null,
   '{"voice": true, "coach_chat": true}', null, 7, 1),
  ('pro_yearly', 'Pro (yearly)', 'Everything in Pro, two months free.', 19000, 'year', null,
   '{"voice": true, "coach_chat": true}', null, 7, 2);

revoke all on table public.plans from anon, authenticated;
grant select on table public.plans to anon, authenticated;
alter table public.plans enable row level security;
create policy "Anyone can read active plans"
  on public.plans for select to anon, authenticated
  using (is_active);

-- ── subscriptions ───────────────────────────────────────────────────────────────────────
create table public.subscriptions (
  id text primary key,                                  -- Stripe subscription id (sub_…)
  user_id uuid not null references public.user_profiles (id) on delete cascade,
  stripe_customer_id text not null,
  plan_id text not null references public.plans (id),
  stripe_price_id text,
  status text not null,
  quantity integer not null default 1,
  cancel_at_period_end boolean not null default false,
  cancel_at timestamptz,
  canceled_at timestamptz,
  ended_at timestamptz,
  current_period_start timestamptz,
  current_period_end timestamptz,
  trial_start timestamptz,
  trial_end timestamptz,
  past_due_since timestamptz,
  metadata jsonb not null default '{}',
  stripe_created_at timestamptz,
  last_event_at timestamptz,                            -- event.created of the last applied event (ordering)
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint subscriptions_id_format check (id ~ '^sub_[A-Za-z0-9_]+$'),
  constraint subscriptions_customer_format check (stripe_customer_id ~ '^cus_[A-Za-z0-9_]+$'),
  constraint subscriptions_status check (status in
    ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')),
  constraint subscriptions_quantity_positive check (quantity > 0)
);
create index subscriptions_user_id_idx on public.subscriptions (user_id, status);
create index subscriptions_customer_idx on public.subscriptions (stripe_customer_id);
create index subscriptions_plan_id_idx on public.subscriptions (plan_id);
create trigger subscriptions_set_updated_at before update on public.subscriptions
  for each row execute function private.set_updated_at();

create function private.track_past_due()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'past_due' then
    if tg_op = 'INSERT' or old.status is distinct from 'past_due' then
      new.past_due_since := coalesce(new.past_due_since, now());
    end if;
  else
    new.past_due_since := null;
  end if;
  return new;
end;
$$;
revoke execute on function private.track_past_due() from public;
create trigger subscriptions_track_past_due before insert or update of status on public.subscriptions
  for each row execute function private.track_past_due();

revoke all on table public.subscriptions from anon, authenticated;
grant select on table public.subscriptions to authenticated;
alter table public.subscriptions enable row level security;
create policy "Users can read their own subscriptions"
  on public.subscriptions for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all subscriptions"
  on public.subscriptions for select to authenticated
  using ((select private.is_admin()));

-- ── billing_information (never card numbers: brand/last4/expiry only) ────────────────────
create table public.billing_information (
  user_id uuid primary key references public.user_profiles (id) on delete cascade,
  stripe_customer_id text not null,
  email text,
  name text,
  phone text,
  default_payment_method_id text,
  card_brand text,
  card_last4 text,
  card_exp_month smallint,
  card_exp_year smallint,
  billing_address jsonb,
  tax_ids jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint billing_information_customer_format check (stripe_customer_id ~ '^cus_[A-Za-z0-9_]+$'),
  constraint billing_information_email_lowercase check (email is null or email = lower(email)),
  constraint billing_information_payment_method_format check (default_payment_method_id is null or default_payment_method_id ~ '^(pm|card|src)_[A-Za-z0-9_]+$'),
  constraint billing_information_last4 check (card_last4 is null or card_last4 ~ '^[0-9]{4}$'),
  constraint billing_information_exp_month check (card_exp_month is null or card_exp_month between 1 and 12),
  constraint billing_information_exp_year check (card_exp_year is null or card_exp_year between 2000 and 2200),
  constraint billing_information_address_object check (billing_address is null or jsonb_typeof(billing_address) = 'object'),
  constraint billing_information_no_card_numbers check (
    not private.contains_card_number(concat_ws(' ', name, phone, card_brand, billing_address::text, tax_ids::text)))
);
create unique index billing_information_customer_key on public.billing_information (stripe_customer_id);
create trigger billing_information_set_updated_at before update on public.billing_information
  for each row execute function private.set_updated_at();

create function private.lowercase_email()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.email := lower(new.email);
  return new;
end;
$$;
revoke execute on function private.lowercase_email() from public;
create trigger billing_information_lowercase_email before insert or update of email on public.billing_information
  for each row execute function private.lowercase_email();

revoke all on table public.billing_information from anon, authenticated;
grant select on table public.billing_information to authenticated;
alter table public.billing_information enable row level security;
create policy "Users can read their own billing information"
  on public.billing_information for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all billing information"
  on public.billing_information for select to authenticated
  using ((select private.is_admin()));

-- ── payment_history (kept, anonymised, when the account is deleted) ─────────────────────
create table public.payment_history (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references public.user_profiles (id) on delete set null,
  stripe_customer_id text,
  stripe_invoice_id text,
  stripe_payment_intent_id text,
  stripe_charge_id text,
  subscription_id text,
  amount_cents integer not null,
  amount_refunded_cents integer not null default 0,
  currency text not null default 'usd',
  status text not null,
  description text,
  invoice_number text,
  invoice_url text,
  invoice_pdf_url text,
  receipt_url text,
  card_brand text,
  card_last4 text,
  failure_code text,
  failure_message text,
  period_start timestamptz,
  period_end timestamptz,
  paid_at timestamptz,
  stripe_created_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint payment_history_amounts check (amount_cents >= 0 and amount_refunded_cents between 0 and amount_cents),
  constraint payment_history_currency check (currency ~ '^[a-z]{3}$'),
  constraint payment_history_status check (status in
    ('paid', 'open', 'failed', 'refunded', 'partially_refunded', 'void', 'uncollectible', 'pending')),
  constraint payment_history_last4 check (card_last4 is null or card_last4 ~ '^[0-9]{4}$'),
  constraint payment_history_has_stripe_id check (stripe_invoice_id is not null or stripe_payment_intent_id is not null),
  constraint payment_history_no_card_numbers check (
    not private.contains_card_number(concat_ws(' ', description, failure_message, card_brand)))
);
create unique index payment_history_invoice_key on public.payment_history (stripe_invoice_id);
create unique index payment_history_payment_intent_key on public.payment_history (stripe_payment_intent_id);
create index payment_history_user_id_idx on public.payment_history (user_id, created_at desc);
create index payment_history_subscription_idx on public.payment_history (subscription_id);
create index payment_history_customer_idx on public.payment_history (stripe_customer_id);
create trigger payment_history_set_updated_at before update on public.payment_history
  for each row execute function private.set_updated_at();

revoke all on table public.payment_history from anon, authenticated;
grant select on table public.payment_history to authenticated;
alter table public.payment_history enable row level security;
create policy "Users can read their own payment history"
  on public.payment_history for select to authenticated
  using (user_id = (select auth.uid()) and (select private.is_active_user()));
create policy "Admins can read all payment history"
  on public.payment_history for select to authenticated
  using ((select private.is_admin()));

-- ── private.stripe_events: webhook dedupe (event id primary key) ───────────────────────
create table private.stripe_events (
  id text primary key,
  type text not null,
  stripe_created_at timestamptz,
  livemode boolean not null default false,
  payload jsonb,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  error text,
  constraint stripe_events_id_format check (id ~ '^evt_[A-Za-z0-9_]+$')
);
create index stripe_events_received_idx on private.stripe_events (received_at desc);
revoke all on table private.stripe_events from public, anon, authenticated;

-- PostgREST cannot reach the private schema, so the webhook uses these two service-role RPCs.
create function public.record_stripe_event(p_event_id text, p_type text, p_created timestamptz default null,
  p_payload jsonb default null, p_livemode boolean default false)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_inserted int;
begin
  if p_event_id is null or p_event_id !~ '^evt_[A-Za-z0-9_]+$' then
    raise exception using errcode = '22023', message = 'p_event_id must be a Stripe event id (evt_…)';
  end if;
  if coalesce(p_type, '') = '' then
    raise exception using errcode = '22023', message = 'p_type is required';
  end if;
  insert into private.stripe_events (id, type, stripe_created_at, payload, livemode)
  values (p_event_id, p_type, p_created, p_payload, coalesce(p_livemode, false))
  on conflict (id) do nothing;
  get diagnostics v_inserted = row_count;
  return v_inserted = 1;   -- false: duplicate delivery, do nothing
end;
$$;

create function public.mark_stripe_event_processed(p_event_id text, p_error text default null)
returns void
language sql
security definer
set search_path = ''
as $$
  update private.stripe_events
  set processed_at = case when p_error is null then now() end, error = p_error
  where id = p_event_id
$$;

create function public.forget_stripe_event(p_event_id text)
returns void
language sql
security definer
set search_path = ''
as $$
  -- Lets a delivery that failed half-way be retried by Stripe.
  delete from private.stripe_events where id = p_event_id and processed_at is null
$$;

revoke execute on function public.record_stripe_event(text, text, timestamptz, jsonb, boolean),
  public.mark_stripe_event_processed(text, text), public.forget_stripe_event(text) from public, anon, authenticated;
grant execute on function public.record_stripe_event(text, text, timestamptz, jsonb, boolean),
  public.mark_stripe_event_processed(text, text), public.forget_stripe_event(text) to service_role;

-- ── plan resolution ─────────────────────────────────────────────────────────────────────
-- The plan in force: the newest subscription that is active/trialing, or past_due within that
-- plan's grace days; otherwise 'free'.
create function private.current_plan_id(p_user_id uuid)
returns text
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((
    select s.plan_id
    from public.subscriptions s
    join public.plans p on p.id = s.plan_id
    where s.user_id = p_user_id
      and (s.status in ('active', 'trialing')
        or (s.status = 'past_due'
            and coalesce(s.past_due_since, s.updated_at) + make_interval(days => p.past_due_grace_days) > now()))
    order by p.price_cents desc, s.created_at desc
    limit 1
  ), 'free')
$$;

create function private.user_has_feature(p_user_id uuid, p_feature text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((p.features ->> p_feature)::boolean, false)
  from public.plans p
  where p.id = private.current_plan_id(p_user_id)
$$;

create function private.can_use_feature(p_feature text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(private.user_has_feature((select auth.uid()), p_feature), false)
$$;

revoke execute on function private.current_plan_id(uuid), private.user_has_feature(uuid, text),
  private.can_use_feature(text) from public;
grant execute on function private.can_use_feature(text) to authenticated;
