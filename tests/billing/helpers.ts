// Billing test helpers: signed webhook events (node crypto, like Stripe), the simulator's REST API
// and hosted pages, and the stack's Stripe configuration.
import { randomUUID } from 'node:crypto';
import { encodeStripeForm } from '../../stack/stripe-sim/form.ts';
import { stripeSignatureHeader } from '../../stack/stripe-sim/signature.ts';
import { sql, stack } from '../helpers/stack.ts';

export const LOCAL_PRICES = { pro_monthly: 'price_local_pro_monthly', pro_yearly: 'price_local_pro_yearly' } as const;

/** The local Stripe simulator the test stack runs (no real key is configured in tests). */
export function simulatorUrl(): string {
  const url = stack().stripeSimulatorUrl;
  if (!url) throw new Error('The test stack has no Stripe simulator (is STRIPE_SECRET_KEY set in supabase/functions/.env?)');
  return url;
}

export const webhookUrl = () => `${stack().apiUrl}/functions/v1/stripe-webhook`;

export type Obj = Record<string, unknown>;

/** A Stripe event as the webhook receives it. */
export interface StripeEvent extends Obj {
  id: string;
  type: string;
  data: { object: Obj; previous_attributes?: Obj };
}

/** The Stripe objects the tests read fields of. */
export interface StripeCustomer extends Obj {
  id: string;
  email: string | null;
  metadata: Record<string, string>;
}
export interface StripeList extends Obj {
  data: Obj[];
}

/**
 * The JSON answer of a billing function: the created session (`id`, `url`) or an error (`error`,
 * `message`). One answer carries only some of these; reading one it lacks gives `undefined`.
 */
export interface FunctionAnswer extends Obj {
  id: string;
  url: string;
  error: string;
  message: string;
}

export function makeEvent(
  type: string,
  object: Obj,
  options: { id?: string; created?: number; previous_attributes?: Obj } = {},
): StripeEvent {
  return {
    id: options.id ?? `evt_test_${randomUUID().replace(/-/g, '')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: options.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object, ...(options.previous_attributes ? { previous_attributes: options.previous_attributes } : {}) },
  };
}

export async function postEvent(event: Obj, options: { secret?: string; tamper?: boolean } = {}) {
  const payload = JSON.stringify(event, null, 2);
  const response = await fetch(webhookUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': stripeSignatureHeader(payload, options.secret ?? stack().stripeWebhookSecret),
    },
    body: options.tamper ? payload.replace(`"${event.type}"`, '"customer.subscription.deleted"') : payload,
  });
  return { status: response.status, body: (await response.json()) as Obj };
}

/** Calls the simulator's Stripe API like stripe-node does (form-encoded, Bearer sk_test_…). */
export async function stripeApi<T extends Obj = Obj>(method: 'GET' | 'POST' | 'DELETE', path: string, params: Obj = {}): Promise<T> {
  const body = encodeStripeForm(params);
  const url = `${simulatorUrl()}${path}${method === 'POST' || !body ? '' : `?${body}`}`;
  const response = await fetch(url, {
    method,
    headers: { authorization: 'Bearer sk_test_local_simulator', 'content-type': 'application/x-www-form-urlencoded' },
    ...(method === 'POST' ? { body } : {}),
  });
  const json = (await response.json()) as Obj;
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`);
  return json as T;
}

export async function simControl(path: string, params: Obj = {}): Promise<Obj> {
  const response = await fetch(`${simulatorUrl()}/_sim${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeStripeForm(params),
  });
  return (await response.json()) as Obj;
}

/** Clicks "Pay" on the hosted Checkout page; returns where the browser is sent. */
export async function payCheckout(checkoutUrl: string, button: 'pay' | 'decline' = 'pay') {
  const response = await fetch(`${checkoutUrl}/${button}`, { method: 'POST', redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), html: await response.text() };
}

/** The local seed must carry the simulator's price ids; tests make sure (idempotent). */
export async function ensureLocalPrices() {
  await sql(`update public.plans set stripe_price_id = $2 where id = $1 and stripe_price_id is null`, [
    'pro_monthly',
    LOCAL_PRICES.pro_monthly,
  ]);
  await sql(`update public.plans set stripe_price_id = $2 where id = $1 and stripe_price_id is null`, [
    'pro_yearly',
    LOCAL_PRICES.pro_yearly,
  ]);
}

export async function eventRows(id: string) {
  return sql<{ id: string; processed_at: Date | null }>('select id, processed_at from private.stripe_events where id = $1', [id]);
}
