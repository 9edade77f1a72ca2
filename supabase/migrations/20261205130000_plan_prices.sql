-- Stripe price ids of the plans are configuration of each deployment, never seed data: the seed may
-- be applied to production (`db push --include-seed`) and must not overwrite real prices.
-- Operators set them with one explicit call per paid plan (docs/billing.md), as the project owner:
--   select private.set_plan_price('pro_monthly', 'price_…');
-- The local stack calls it with its Stripe simulator's ids after migrating.

create or replace function private.set_plan_price(p_plan_id text, p_stripe_price_id text)
returns public.plans
language plpgsql
security invoker
set search_path = ''
as $$
declare
  v_plan public.plans;
begin
  if p_stripe_price_id is not null and p_stripe_price_id !~ '^price_[A-Za-z0-9_]+$' then
    raise exception using errcode = '22023',
      message = format('%s is not a Stripe price id', p_stripe_price_id),
      detail = 'invalid_price_id',
      hint = 'Copy the id (price_…) from Stripe Dashboard → Product catalogue → the plan''s price.';
  end if;
  update public.plans set stripe_price_id = p_stripe_price_id where id = p_plan_id returning * into v_plan;
  if v_plan.id is null then
    raise exception using errcode = 'P0002',
      message = format('No plan %s', p_plan_id),
      detail = 'plan_not_found',
      hint = 'Plans are listed in public.plans (free, pro_monthly, pro_yearly).';
  end if;
  if v_plan.price_cents = 0 and p_stripe_price_id is not null then
    raise exception using errcode = '22023',
      message = format('Plan %s is free and takes no Stripe price', p_plan_id),
      detail = 'free_plan_has_no_price';
  end if;
  return v_plan;
end;
$$;

comment on function private.set_plan_price(text, text) is
  'Sets (or clears, with null) the Stripe price id of one plan. Deployment configuration; run by the project owner.';

-- Owner-only: the API roles never reach the private schema, and nobody else may change prices.
revoke execute on function private.set_plan_price(text, text) from public, anon, authenticated, service_role;
