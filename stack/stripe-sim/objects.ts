// Stripe-shaped objects (API version 2026-10-28.endive: current periods live on subscription items,
// invoices point at their subscription through `parent.subscription_details`, payments are listed
// under the includable `invoice.payments`). Fields starting with `_` are simulator-internal and are
// never sent over the wire.
import { randomBytes } from 'node:crypto';

// Stripe objects are open-ended JSON; the simulator reads and writes them field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>;

export const API_VERSION = '2026-10-28.endive';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function stripeId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return `${prefix}_${out}`;
}

export const now = () => Math.floor(Date.now() / 1000);

/** Adds one billing interval to a Unix timestamp (calendar months/years, like Stripe). */
export function addInterval(from: number, interval: string, count = 1): number {
  const date = new Date(from * 1000);
  if (interval === 'year') date.setUTCFullYear(date.getUTCFullYear() + count);
  else if (interval === 'month') date.setUTCMonth(date.getUTCMonth() + count);
  else if (interval === 'week') date.setUTCDate(date.getUTCDate() + 7 * count);
  else date.setUTCDate(date.getUTCDate() + count);
  return Math.floor(date.getTime() / 1000);
}

/** Local price ids; the `plans.stripe_price_id` seed must use the same ids. */
export const LOCAL_PRODUCT_ID = 'prod_local_pro';
export const LOCAL_PRICES = [
  { id: 'price_local_pro_monthly', lookup_key: 'pro_monthly', nickname: 'Pro (monthly)', unit_amount: 1900, interval: 'month' },
  { id: 'price_local_pro_yearly', lookup_key: 'pro_yearly', nickname: 'Pro (yearly)', unit_amount: 19000, interval: 'year' },
] as const;

export function productObject(): Doc {
  return {
    id: LOCAL_PRODUCT_ID,
    object: 'product',
    active: true,
    created: now(),
    default_price: LOCAL_PRICES[0].id,
    description: 'Unlimited mock interviews, voice mode and the AI coach.',
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name: 'InterviewAI Pro',
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: 'service',
    unit_label: null,
    updated: now(),
    url: null,
  };
}

export function priceObject(p: (typeof LOCAL_PRICES)[number]): Doc {
  return {
    id: p.id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: now(),
    currency: 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: p.lookup_key,
    metadata: {},
    nickname: p.nickname,
    product: LOCAL_PRODUCT_ID,
    recurring: { interval: p.interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: p.unit_amount,
    unit_amount_decimal: String(p.unit_amount),
  };
}

/** The legacy `plan` object Stripe still embeds in subscription items. */
export function planFromPrice(price: Doc): Doc {
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: String(price.unit_amount),
    billing_scheme: 'per_unit',
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval,
    interval_count: 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  };
}

export function customerObject(params: {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  metadata?: Record<string, string>;
  description?: string | null;
}): Doc {
  return {
    id: stripeId('cus', 14),
    object: 'customer',
    address: null,
    balance: 0,
    business_name: null,
    created: now(),
    currency: null,
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: params.description ?? null,
    discount: null,
    email: params.email ?? null,
    individual_name: null,
    invoice_prefix: randomBytes(4).toString('hex').toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: params.metadata ?? {},
    name: params.name ?? null,
    next_invoice_sequence: 1,
    phone: params.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
}

export const TEST_CARDS = {
  success: { brand: 'visa', last4: '4242', funding: 'credit', country: 'US' },
  declined: { brand: 'visa', last4: '0002', funding: 'credit', country: 'US' },
  mastercard: { brand: 'mastercard', last4: '4444', funding: 'credit', country: 'US' },
} as const;

export function paymentMethodObject(customer: Doc | null, card: { brand: string; last4: string; funding: string; country: string }): Doc {
  const year = new Date().getUTCFullYear() + 3;
  return {
    id: stripeId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: {
      address: { city: null, country: card.country, line1: null, line2: null, postal_code: '10001', state: null },
      email: customer?.email ?? null,
      name: customer?.name ?? null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: 'pass', cvc_check: 'pass' },
      country: card.country,
      display_brand: card.brand,
      exp_month: 12,
      exp_year: year,
      fingerprint: randomBytes(8).toString('hex'),
      funding: card.funding,
      generated_from: null,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: now(),
    customer: customer?.id ?? null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

export function subscriptionItemObject(subscriptionId: string, price: Doc, start: number, quantity = 1): Doc {
  return {
    id: stripeId('si', 14),
    object: 'subscription_item',
    billing_thresholds: null,
    created: now(),
    current_period_end: addInterval(start, price.recurring?.interval ?? 'month'),
    current_period_start: start,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planFromPrice(price),
    price,
    quantity,
    subscription: subscriptionId,
    tax_rates: [],
  };
}

export function subscriptionObject(params: {
  customer: string;
  price: Doc;
  metadata: Record<string, string>;
  defaultPaymentMethod: string | null;
  status: string;
}): Doc {
  const id = stripeId('sub');
  const start = now();
  const item = subscriptionItemObject(id, params.price, start);
  return {
    id,
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: start,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: 'charge_automatically',
    created: start,
    currency: params.price.currency,
    customer: params.customer,
    customer_account: null,
    days_until_due: null,
    default_payment_method: params.defaultPaymentMethod,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
    items: { object: 'list', data: [item], has_more: false, total_count: 1, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    metadata: params.metadata,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: start,
    status: params.status,
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
    trial_start: null,
  };
}

export function paymentIntentObject(params: {
  amount: number;
  currency: string;
  customer: string;
  paymentMethod: string | null;
  succeeded: boolean;
  description: string;
}): Doc {
  const id = stripeId('pi');
  return {
    id,
    object: 'payment_intent',
    amount: params.amount,
    amount_capturable: 0,
    amount_received: params.succeeded ? params.amount : 0,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${id}_secret_${randomBytes(8).toString('hex')}`,
    confirmation_method: 'automatic',
    created: now(),
    currency: params.currency,
    customer: params.customer,
    description: params.description,
    last_payment_error: params.succeeded
      ? null
      : {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'generic_decline',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
          message: 'Your card was declined.',
          payment_method: params.paymentMethod ? { id: params.paymentMethod, object: 'payment_method' } : null,
        },
    latest_charge: params.succeeded ? stripeId('ch') : null,
    livemode: false,
    metadata: {},
    payment_method: params.paymentMethod,
    payment_method_types: ['card'],
    receipt_email: null,
    setup_future_usage: 'off_session',
    status: params.succeeded ? 'succeeded' : 'requires_payment_method',
  };
}
