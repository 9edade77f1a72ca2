-- Local/dev seed, applied after the migrations by `supabase db reset` / `db push --include-seed`.
-- Reference data that production needs (plans, achievements) lives in the migrations; the question
-- bank and learning resources are in supabase/seeds/*.sql. Nothing user-specific is seeded: create
-- users through the app (sign-up) and promote the first admin with
--   update public.user_profiles set role = 'admin' where email = 'you@example.com';
select 1;

-- Local development: the plans point at the local Stripe simulator's prices. Production sets the
-- real Stripe price ids (Dashboard → Products) with an update like these.
update public.plans set stripe_price_id = 'price_local_pro_monthly' where id = 'pro_monthly';
update public.plans set stripe_price_id = 'price_local_pro_yearly' where id = 'pro_yearly';
