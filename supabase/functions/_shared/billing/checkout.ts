// POST /functions/v1/create-checkout-session  { plan, success_url?, cancel_url? } → { url, id }
import { z } from 'npm:zod@3';
import { HttpError, json } from '../http.ts';
import { billingUser } from './auth.ts';
import type { UserRequest } from '../handler.ts';
import type { Client } from '../supabase.ts';
import { ensureCustomer, replaceDeletedCustomer } from './customers.ts';
import { allowedReturnOrigins, checkReturnUrl, siteUrl } from './return-urls.ts';
import { createStripeClient, isResourceMissing, type Stripe } from './stripe.ts';
import { type BillingStore, serviceSupabase, SupabaseBillingStore } from './store.ts';

export const CheckoutBody = z.object({
  plan: z.enum(['pro_monthly', 'pro_yearly'], { errorMap: () => ({ message: "plan must be 'pro_monthly' or 'pro_yearly'" }) }),
  success_url: z.string().max(2000).optional(),
  cancel_url: z.string().max(2000).optional(),
}).strict();

export interface CheckoutDeps {
  stripe: Stripe;
  store: BillingStore;
  service: Client;
}

export function defaultDeps(): CheckoutDeps {
  const service = serviceSupabase();
  return { stripe: createStripeClient(), store: new SupabaseBillingStore(service), service };
}

export async function createCheckoutSession(
  { caller, body }: UserRequest<z.infer<typeof CheckoutBody>>,
  deps: CheckoutDeps = defaultDeps(),
): Promise<Response> {
  const user = await billingUser(caller, deps.service);
  const allowed = allowedReturnOrigins();
  const base = siteUrl();
  const successUrl = checkReturnUrl(
    body.success_url ?? `${base}/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
    allowed,
    'success_url',
  );
  const cancelUrl = checkReturnUrl(body.cancel_url ?? `${base}/billing?checkout=cancelled`, allowed, 'cancel_url');

  const plan = await deps.store.plan(body.plan);
  if (!plan || !plan.is_active || !plan.stripe_price_id) {
    throw new HttpError(503, 'plan_not_available', `The ${body.plan} plan is not available for purchase right now.`);
  }
  const live = await deps.store.liveSubscriptions(user.id);
  if (live.length > 0) {
    throw new HttpError(409, 'already_subscribed', 'You already have a subscription. Use "Manage billing" to change or cancel it.', {
      subscription_status: live[0]!.status,
    });
  }

  const metadata = { user_id: user.id, plan_id: plan.id };
  const startCheckout = (customer: string) =>
    deps.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer,
      client_reference_id: user.id,
      line_items: [{ price: plan.stripe_price_id!, quantity: 1 }],
      success_url: successUrl,
      cancel_url: cancelUrl,
      metadata,
      subscription_data: { metadata },
    });
  const customerId = await ensureCustomer(deps.stripe, deps.store, user);
  let session: Stripe.Checkout.Session;
  try {
    session = await startCheckout(customerId);
  } catch (error) {
    if (!isMissingCustomer(error)) throw error;
    session = await startCheckout(await replaceDeletedCustomer(deps.stripe, deps.store, user, customerId));
  }
  if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
  return json({ url: session.url, id: session.id });
}

/** Stripe's answer when the linked customer was deleted (in the dashboard, by support, by a cleanup). */
function isMissingCustomer(error: unknown): boolean {
  const e = error as { param?: string; raw?: { param?: string } } | null;
  return isResourceMissing(error) && (e?.param ?? e?.raw?.param) === 'customer';
}
