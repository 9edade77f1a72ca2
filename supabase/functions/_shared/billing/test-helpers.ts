// In-memory doubles for the billing unit tests (not used by the functions).
import { Stripe } from './stripe.ts';
import type { BillingInfoRow, BillingStore, PaymentRow, PlanRow, RecordedEvent, SubscriptionRow } from './store.ts';

export class MemoryStore implements BillingStore {
  events = new Map<string, { type: string; processed: boolean }>();
  users = new Set<string>();
  billing = new Map<string, BillingInfoRow>();
  plans: PlanRow[] = [
    { id: 'free', stripe_price_id: null, is_active: true, billing_interval: null },
    { id: 'pro_monthly', stripe_price_id: 'price_local_pro_monthly', is_active: true, billing_interval: 'month' },
    { id: 'pro_yearly', stripe_price_id: 'price_local_pro_yearly', is_active: true, billing_interval: 'year' },
  ];
  subscriptions = new Map<string, SubscriptionRow>();
  payments = new Map<string, PaymentRow>();

  recordEvent(e: RecordedEvent) {
    if (this.events.has(e.id)) return Promise.resolve(false);
    this.events.set(e.id, { type: e.type, processed: false });
    return Promise.resolve(true);
  }
  markEventProcessed(id: string) {
    this.events.get(id)!.processed = true;
    return Promise.resolve();
  }
  forgetEvent(id: string) {
    if (!this.events.get(id)?.processed) this.events.delete(id);
    return Promise.resolve();
  }
  userExists(id: string) {
    return Promise.resolve(this.users.has(id));
  }
  userIdForCustomer(c: string) {
    return Promise.resolve([...this.billing.values()].find((b) => b.stripe_customer_id === c)?.user_id ?? null);
  }
  getBillingInfo(u: string) {
    return Promise.resolve(this.billing.get(u) ?? null);
  }
  linkCustomer(row: BillingInfoRow) {
    if (!this.billing.has(row.user_id) && ![...this.billing.values()].some((b) => b.stripe_customer_id === row.stripe_customer_id)) {
      this.billing.set(row.user_id, { ...row });
    }
    return Promise.resolve(this.billing.get(row.user_id)!);
  }
  replaceCustomer(deleted: string, row: BillingInfoRow) {
    const current = this.billing.get(row.user_id);
    if (current?.stripe_customer_id === deleted) {
      this.billing.set(row.user_id, {
        ...current,
        ...row,
        default_payment_method_id: null,
        card_brand: null,
        card_last4: null,
        card_exp_month: null,
        card_exp_year: null,
      });
    }
    return Promise.resolve(this.billing.get(row.user_id)!);
  }
  updateBillingInfo(c: string, patch: Partial<BillingInfoRow>) {
    for (const b of this.billing.values()) if (b.stripe_customer_id === c) Object.assign(b, patch);
    return Promise.resolve();
  }
  plan(id: string) {
    return Promise.resolve(this.plans.find((p) => p.id === id) ?? null);
  }
  planForPrice(price: string) {
    return Promise.resolve(this.plans.find((p) => p.stripe_price_id === price) ?? null);
  }
  getSubscription(id: string) {
    return Promise.resolve(this.subscriptions.get(id) ?? null);
  }
  upsertSubscription(row: SubscriptionRow) {
    this.subscriptions.set(row.id, row);
    return Promise.resolve();
  }
  liveSubscriptions(u: string) {
    return Promise.resolve([...this.subscriptions.values()].filter((s) => s.user_id === u && s.status !== 'canceled'));
  }
  upsertPayment(row: PaymentRow) {
    this.payments.set(row.stripe_invoice_id, row);
    return Promise.resolve();
  }
}

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

/** A real stripe-node client (for webhooks.constructEventAsync) whose reads come from a map. */
export function fakeStripe(objects: Map<string, Obj>): Stripe {
  const stripe = new Stripe('sk_test_unit', { httpClient: Stripe.createFetchHttpClient() });
  const read = (id: string) => {
    const found = objects.get(id);
    if (!found) return Promise.reject(Object.assign(new Error(`No such object: '${id}'`), { code: 'resource_missing', statusCode: 404 }));
    return Promise.resolve(structuredClone(found));
  };
  // deno-lint-ignore no-explicit-any
  const s = stripe as any;
  s.subscriptions = { retrieve: read };
  s.invoices = { retrieve: read };
  s.customers = { retrieve: read };
  s.paymentMethods = { retrieve: read };
  s.paymentIntents = { retrieve: read };
  return stripe;
}

export async function signedRequest(event: Obj, secret: string, tamper = false): Promise<Request> {
  const payload = JSON.stringify(event, null, 2);
  const t = Math.floor(Date.now() / 1000);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${t}.${payload}`)));
  const v1 = [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
  return new Request('http://localhost/stripe-webhook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': `t=${t},v1=${v1}` },
    body: tamper ? payload.replace('"livemode": false', '"livemode": true') : payload,
  });
}

let counter = 0;
export function event(type: string, object: Obj, created = Math.floor(Date.now() / 1000), extra: Obj = {}): Obj {
  return {
    id: `evt_unit_${++counter}_${crypto.randomUUID().slice(0, 8)}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created,
    livemode: false,
    type,
    data: { object, ...extra },
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  };
}

export function subscription(id: string, customer: string, status: string, price = 'price_local_pro_monthly', metadata: Obj = {}): Obj {
  const start = 1_790_000_000;
  return {
    id,
    object: 'subscription',
    customer,
    status,
    metadata,
    created: start,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: status === 'canceled' ? start + 10 : null,
    ended_at: status === 'canceled' ? start + 10 : null,
    trial_start: null,
    trial_end: null,
    default_payment_method: 'pm_unit_card',
    items: {
      object: 'list',
      data: [{
        id: 'si_unit',
        object: 'subscription_item',
        current_period_start: start,
        current_period_end: start + 2_592_000,
        quantity: 1,
        price: { id: price, object: 'price' },
      }],
    },
  };
}
