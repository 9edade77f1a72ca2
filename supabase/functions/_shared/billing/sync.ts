// Applies Stripe events to the database. Ordering strategy: never trust the event's snapshot when
// the object can be re-fetched — subscriptions, invoices, customers and payment methods are read
// back from Stripe and upserted by their Stripe id, so the database ends in Stripe's current state
// whatever order the events arrive in. subscriptions.last_event_at (event.created) additionally
// lets an event older than the last applied one be skipped without an API call.
import type { Stripe } from './stripe.ts';
import { idOf, isResourceMissing, unixToIso } from './stripe.ts';
import type { BillingStore, CardFields, PaymentRow, SubscriptionRow } from './store.ts';

export type Outcome = { status: 'processed' | 'ignored'; reason?: string; detail?: Record<string, unknown> };

/** Thrown for conditions a retry may fix (misconfigured price, Stripe unreachable): the webhook answers 500. */
export class RetryableWebhookError extends Error {}

export interface SyncDeps {
  stripe: Stripe;
  store: BillingStore;
  log?: (message: string, detail?: Record<string, unknown>) => void;
}

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'invoice.paid',
  'invoice.payment_succeeded',
  'invoice.payment_failed',
  'invoice.voided',
  'invoice.marked_uncollectible',
  'customer.updated',
  'payment_method.attached',
  'payment_method.updated',
  'payment_method.automatically_updated',
  'payment_method.detached',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBSCRIPTION_STATUSES = new Set([
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
]);

// deno-lint-ignore no-explicit-any
type Obj = Record<string, any>;

const ignored = (reason: string, detail?: Record<string, unknown>): Outcome => ({ status: 'ignored', reason, detail });
const processed = (detail?: Record<string, unknown>): Outcome => ({ status: 'processed', detail });

export async function processEvent(event: Stripe.Event, deps: SyncDeps): Promise<Outcome> {
  const object = event.data.object as Obj;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      return await checkoutCompleted(object, event, deps);
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
    case 'customer.subscription.paused':
    case 'customer.subscription.resumed':
      return await syncSubscription(object.id, event, deps, object);
    case 'invoice.paid':
    case 'invoice.payment_succeeded':
    case 'invoice.payment_failed':
    case 'invoice.voided':
    case 'invoice.marked_uncollectible':
      return await syncInvoice(object.id, event, deps, object);
    case 'customer.updated':
      return await syncCustomer(object.id, deps, object);
    case 'payment_method.attached':
    case 'payment_method.updated':
    case 'payment_method.automatically_updated':
    case 'payment_method.detached':
      return await syncPaymentMethod(object, event, deps);
    default:
      return ignored('unhandled_event_type');
  }
}

/** Wraps a Stripe read: a missing object (deleted, other mode) falls back to the event's snapshot. */
async function refetch<T>(read: () => Promise<T>, fallback: T | undefined): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isResourceMissing(error)) return fallback;
    throw new RetryableWebhookError(`Stripe read failed: ${(error as Error).message}`);
  }
}

/** customer → user: the billing_information link, else the user id our own code put in metadata. */
async function resolveUser(deps: SyncDeps, customerId: string | null, metadataUserId: unknown): Promise<string | null> {
  if (customerId) {
    const linked = await deps.store.userIdForCustomer(customerId);
    if (linked) return linked;
  }
  if (typeof metadataUserId === 'string' && UUID.test(metadataUserId) && (await deps.store.userExists(metadataUserId))) {
    if (customerId) await deps.store.linkCustomer({ user_id: metadataUserId, stripe_customer_id: customerId });
    return metadataUserId;
  }
  return null;
}

async function checkoutCompleted(session: Obj, event: Stripe.Event, deps: SyncDeps): Promise<Outcome> {
  if (session.mode !== 'subscription') return ignored('not_a_subscription_checkout');
  const customerId = idOf(session.customer);
  const userId = await resolveUser(deps, customerId, session.client_reference_id ?? session.metadata?.user_id);
  if (!userId) return ignored('unknown_customer', { customer: customerId });
  const subscriptionId = idOf(session.subscription);
  if (!subscriptionId) return processed({ user_id: userId });
  return await syncSubscription(subscriptionId, event, deps, undefined, { force: true });
}

function card(pm: Obj | null | undefined): CardFields | null {
  if (!pm || pm.type !== 'card' || !pm.card) return null;
  return {
    default_payment_method_id: pm.id,
    card_brand: pm.card.brand ?? null,
    card_last4: /^[0-9]{4}$/.test(pm.card.last4 ?? '') ? pm.card.last4 : null,
    card_exp_month: pm.card.exp_month ?? null,
    card_exp_year: pm.card.exp_year ?? null,
  };
}

const NO_CARD: CardFields = {
  default_payment_method_id: null,
  card_brand: null,
  card_last4: null,
  card_exp_month: null,
  card_exp_year: null,
};

async function paymentMethod(deps: SyncDeps, value: unknown): Promise<Obj | undefined> {
  if (value && typeof value === 'object') return value as Obj;
  const id = idOf(value);
  if (!id) return undefined;
  return await refetch(() => deps.stripe.paymentMethods.retrieve(id) as Promise<unknown> as Promise<Obj>, undefined);
}

export function subscriptionRow(
  sub: Obj,
  userId: string,
  planId: string,
  eventCreated: number,
  previousEventAt: string | null,
): SubscriptionRow {
  const items: Obj[] = sub.items?.data ?? [];
  const starts = items.map((i) => i.current_period_start).filter((n): n is number => typeof n === 'number');
  const ends = items.map((i) => i.current_period_end).filter((n): n is number => typeof n === 'number');
  const eventAt = new Date(eventCreated * 1000).toISOString();
  const lastEventAt = previousEventAt && previousEventAt > eventAt ? previousEventAt : eventAt;
  return {
    id: sub.id,
    user_id: userId,
    stripe_customer_id: idOf(sub.customer)!,
    plan_id: planId,
    stripe_price_id: items[0]?.price?.id ?? null,
    status: SUBSCRIPTION_STATUSES.has(sub.status) ? sub.status : 'incomplete',
    quantity: Math.max(1, items[0]?.quantity ?? 1),
    cancel_at_period_end: !!sub.cancel_at_period_end,
    cancel_at: unixToIso(sub.cancel_at),
    canceled_at: unixToIso(sub.canceled_at),
    ended_at: unixToIso(sub.ended_at),
    current_period_start: unixToIso(starts.length ? Math.min(...starts) : null),
    current_period_end: unixToIso(ends.length ? Math.max(...ends) : null),
    trial_start: unixToIso(sub.trial_start),
    trial_end: unixToIso(sub.trial_end),
    metadata: sub.metadata ?? {},
    stripe_created_at: unixToIso(sub.created),
    last_event_at: lastEventAt,
  };
}

export async function syncSubscription(
  subscriptionId: string,
  event: Stripe.Event,
  deps: SyncDeps,
  snapshot?: Obj,
  options: { force?: boolean } = {},
): Promise<Outcome> {
  const stored = await deps.store.getSubscription(subscriptionId);
  const eventAt = new Date(event.created * 1000).toISOString();
  if (!options.force && stored?.last_event_at && stored.last_event_at > eventAt) {
    return ignored('stale_event', { subscription: subscriptionId, last_event_at: stored.last_event_at });
  }
  const sub = await refetch(() => deps.stripe.subscriptions.retrieve(subscriptionId) as Promise<unknown> as Promise<Obj>, snapshot);
  if (!sub) return ignored('subscription_not_found', { subscription: subscriptionId });
  const customerId = idOf(sub.customer);
  const userId = await resolveUser(deps, customerId, sub.metadata?.user_id);
  if (!userId) return ignored('unknown_customer', { customer: customerId, subscription: sub.id });

  const priceId: string | undefined = sub.items?.data?.[0]?.price?.id;
  let plan = priceId ? await deps.store.planForPrice(priceId) : null;
  if (!plan && typeof sub.metadata?.plan_id === 'string' && sub.metadata.plan_id !== 'free') {
    plan = await deps.store.plan(sub.metadata.plan_id);
  }
  if (!plan) {
    // A paying customer must not silently stay on Free: fail so Stripe retries after plans is fixed.
    throw new RetryableWebhookError(`No plan has stripe_price_id = ${priceId}; set it in public.plans (subscription ${sub.id}).`);
  }
  await deps.store.upsertSubscription(subscriptionRow(sub, userId, plan.id, event.created, stored?.last_event_at ?? null));

  if (customerId && sub.status !== 'canceled' && sub.status !== 'incomplete_expired' && sub.default_payment_method) {
    const fields = card(await paymentMethod(deps, sub.default_payment_method));
    if (fields) await deps.store.updateBillingInfo(customerId, fields);
  } else if (customerId && (sub.status === 'canceled' || sub.status === 'incomplete_expired')) {
    await forgetEndedSubscriptionCard(deps, userId, customerId, idOf(sub.default_payment_method));
  }
  return processed({ user_id: userId, subscription: sub.id, status: sub.status, plan: plan.id });
}

function paymentStatus(invoice: Obj): PaymentRow['status'] {
  switch (invoice.status) {
    case 'paid':
      return 'paid';
    case 'void':
      return 'void';
    case 'uncollectible':
      return 'uncollectible';
    case 'open':
      return invoice.attempted && (invoice.attempt_count ?? 0) > 0 ? 'failed' : 'open';
    default:
      return 'pending';
  }
}

export async function syncInvoice(invoiceId: string, event: Stripe.Event, deps: SyncDeps, snapshot: Obj): Promise<Outcome> {
  const invoice = await refetch(
    () => deps.stripe.invoices.retrieve(invoiceId, { expand: ['payments'] }) as Promise<unknown> as Promise<Obj>,
    snapshot,
  ) ?? snapshot;
  const customerId = idOf(invoice.customer);
  const parent = invoice.parent?.subscription_details;
  const subscriptionId = idOf(parent?.subscription);
  const userId = await resolveUser(deps, customerId, parent?.metadata?.user_id ?? invoice.metadata?.user_id);
  if (!userId || !customerId) {
    deps.log?.('invoice for a customer that is not linked to any user; nothing recorded', { invoice: invoice.id, customer: customerId });
    return ignored('unknown_customer', { customer: customerId, invoice: invoice.id });
  }

  const payments: Obj[] = invoice.payments?.data ?? [];
  const payment = payments.find((p) => p.is_default) ?? payments[0];
  const paymentIntentId = idOf(payment?.payment?.payment_intent);
  const status = paymentStatus(invoice);
  let intent: Obj | undefined;
  if (paymentIntentId && (status === 'failed' || !invoice.default_payment_method)) {
    intent = await refetch(() => deps.stripe.paymentIntents.retrieve(paymentIntentId) as Promise<unknown> as Promise<Obj>, undefined);
  }
  let pmRef: unknown = intent?.payment_method ?? invoice.default_payment_method;
  if (!pmRef && subscriptionId) {
    const sub = await refetch(() => deps.stripe.subscriptions.retrieve(subscriptionId) as Promise<unknown> as Promise<Obj>, undefined);
    pmRef = sub?.default_payment_method;
  }
  const cardFields = card(await paymentMethod(deps, pmRef));
  const line: Obj | undefined = invoice.lines?.data?.[0];
  const error = intent?.last_payment_error;

  await deps.store.upsertPayment({
    user_id: userId,
    stripe_customer_id: customerId,
    stripe_invoice_id: invoice.id,
    stripe_payment_intent_id: paymentIntentId,
    subscription_id: subscriptionId,
    amount_cents: status === 'paid' ? invoice.amount_paid : invoice.amount_due,
    currency: String(invoice.currency ?? 'usd').toLowerCase(),
    status,
    description: line?.description ?? invoice.description ?? null,
    invoice_number: invoice.number ?? null,
    invoice_url: invoice.hosted_invoice_url ?? null,
    invoice_pdf_url: invoice.invoice_pdf ?? null,
    card_brand: cardFields?.card_brand ?? null,
    card_last4: cardFields?.card_last4 ?? null,
    failure_code: status === 'failed' ? (error?.decline_code ?? error?.code ?? 'payment_failed') : null,
    failure_message: status === 'failed' ? (error?.message ?? 'The payment failed.') : null,
    period_start: unixToIso(line?.period?.start ?? invoice.period_start),
    period_end: unixToIso(line?.period?.end ?? invoice.period_end),
    paid_at: unixToIso(invoice.status_transitions?.paid_at),
    stripe_created_at: unixToIso(invoice.created),
  });

  // The subscription's status moves with its invoices (past_due ⇄ active): re-sync it too.
  let subscription: Outcome | undefined;
  if (subscriptionId) subscription = await syncSubscription(subscriptionId, event, deps, undefined, { force: true });

  // Referral reward: the payment_history trigger (referrals migration) rewards the referrer once
  // when this user's first paid payment row appears; nothing to do here.
  return processed({ user_id: userId, invoice: invoice.id, payment_status: status, subscription: subscription?.detail?.status });
}

/**
 * The card shown is the one the next charge would use. Once the subscription that used it has ended and the
 * customer has no default card of their own, nothing will be charged to it (Stripe's portal says "no card on
 * file"), so billing no longer shows it.
 */
async function forgetEndedSubscriptionCard(deps: SyncDeps, userId: string, customerId: string, subscriptionCard: string | null) {
  const info = await deps.store.getBillingInfo(userId);
  if (!info?.default_payment_method_id || info.default_payment_method_id !== subscriptionCard) return;
  // A customer Stripe no longer has cannot be charged either (the fallback is a customer without a card).
  const customer = await refetch(() => deps.stripe.customers.retrieve(customerId) as Promise<unknown> as Promise<Obj>, { id: customerId });
  if (idOf(customer?.invoice_settings?.default_payment_method)) return;
  await deps.store.updateBillingInfo(customerId, NO_CARD);
}

export async function syncCustomer(customerId: string, deps: SyncDeps, snapshot: Obj): Promise<Outcome> {
  const customer = await refetch(() => deps.stripe.customers.retrieve(customerId) as Promise<unknown> as Promise<Obj>, snapshot) ??
    snapshot;
  if (customer.deleted) return ignored('customer_deleted', { customer: customerId });
  const userId = await resolveUser(deps, customerId, customer.metadata?.user_id);
  if (!userId) return ignored('unknown_customer', { customer: customerId });
  const address = customer.address && typeof customer.address === 'object' ? customer.address : null;
  const patch: Record<string, unknown> = {
    email: typeof customer.email === 'string' ? customer.email.toLowerCase() : null,
    name: customer.name ?? null,
    phone: customer.phone ?? null,
    billing_address: address,
  };
  const defaultPm = customer.invoice_settings?.default_payment_method;
  if (defaultPm) {
    const fields = card(await paymentMethod(deps, defaultPm));
    if (fields) Object.assign(patch, fields);
  }
  await deps.store.updateBillingInfo(customerId, patch);
  return processed({ user_id: userId, customer: customerId });
}

export async function syncPaymentMethod(snapshot: Obj, event: Stripe.Event, deps: SyncDeps): Promise<Outcome> {
  const pm = await refetch(() => deps.stripe.paymentMethods.retrieve(snapshot.id) as Promise<unknown> as Promise<Obj>, snapshot) ??
    snapshot;
  const previousCustomer = (event.data as { previous_attributes?: Obj }).previous_attributes?.customer;
  const customerId = idOf(pm.customer) ?? idOf(snapshot.customer) ?? idOf(previousCustomer);
  if (!customerId) return ignored('payment_method_without_customer', { payment_method: pm.id });
  const userId = await deps.store.userIdForCustomer(customerId);
  if (!userId) return ignored('unknown_customer', { customer: customerId });
  const info = await deps.store.getBillingInfo(userId);
  const isCurrent = info?.default_payment_method_id === pm.id;

  if (!idOf(pm.customer)) {
    // Detached (now, whatever the event said): forget it if it was the card we show.
    if (isCurrent) await deps.store.updateBillingInfo(customerId, NO_CARD);
    return processed({ user_id: userId, payment_method: pm.id, detached: true });
  }
  const fields = card(pm);
  // A newly attached card becomes the one shown; an update only matters for the card we show.
  if (fields && (event.type === 'payment_method.attached' || isCurrent || !info?.default_payment_method_id)) {
    await deps.store.updateBillingInfo(customerId, fields);
  }
  return processed({ user_id: userId, payment_method: pm.id });
}
