// Subscriptions: updates (cancel at period end, metadata, default card, price switch), immediate
// cancellation and simulated renewals, each with customer.subscription.* events carrying
// `previous_attributes`; and their API (list, retrieve, update, cancel).
import { bool, list, mergeMetadata, obj, str, type FormObject, type FormValue } from './form.ts';
import { addInterval, now, planFromPrice, type Doc } from './objects.ts';
import { invalid } from './errors.ts';
import type { Router, SimulatorCore } from './core.ts';
import { createInvoice } from './invoices.ts';
import { clone, listOf } from './wire.ts';

export function subscriptionSnapshot(sub: Doc): Doc {
  return clone({
    status: sub.status,
    items: sub.items,
    cancel_at_period_end: sub.cancel_at_period_end,
    cancel_at: sub.cancel_at,
    default_payment_method: sub.default_payment_method,
    metadata: sub.metadata,
  });
}

export function changed(before: Doc, sub: Doc): Doc {
  const after = subscriptionSnapshot(sub);
  const previous: Doc = {};
  for (const key of Object.keys(before)) if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key];
  return previous;
}

export function updateSubscription(sim: SimulatorCore, sub: Doc, params: FormObject): Doc {
  if (sub.status === 'canceled') throw invalid('A canceled subscription can only update its cancellation_details and metadata.', undefined);
  const before = subscriptionSnapshot(sub);
  const cancelAtPeriodEnd = bool(params.cancel_at_period_end);
  if (cancelAtPeriodEnd !== undefined) setCancelAtPeriodEnd(sim, sub, cancelAtPeriodEnd, false);
  if (params.metadata !== undefined) sub.metadata = mergeMetadata(sub.metadata, params.metadata);
  const pmId = str(params.default_payment_method);
  if (pmId !== undefined) {
    if (pmId) sim.get('payment_methods', pmId, 'PaymentMethod', 'default_payment_method');
    sub.default_payment_method = pmId || null;
  }
  const item = obj(list(params.items)[0] as FormValue | undefined);
  const priceId = item ? str(item.price) : undefined;
  if (priceId && priceId !== sub.items.data[0].price.id) {
    switchPrice(sim, sub, priceId, false);
    return sub;
  }
  const previous = changed(before, sub);
  if (Object.keys(previous).length) void sim.emit('customer.subscription.updated', sub, previous);
  return sub;
}

export function setCancelAtPeriodEnd(sim: SimulatorCore, sub: Doc, value: boolean, emit = true): Doc {
  const before = subscriptionSnapshot(sub);
  sub.cancel_at_period_end = value;
  sub.cancel_at = value ? sub.items.data[0].current_period_end : null;
  sub.canceled_at = value ? now() : null;
  sub.cancellation_details = { comment: null, feedback: null, reason: value ? 'cancellation_requested' : null };
  if (emit) {
    sim.save();
    void sim.emit('customer.subscription.updated', sub, changed(before, sub));
  }
  return sub;
}

/** Plan change (monthly ⇄ yearly): a new billing period starts now and is invoiced at once. */
export function switchPrice(sim: SimulatorCore, sub: Doc, priceId: string, emitSave = true): Doc {
  const price = clone(sim.get('prices', priceId, 'price', 'items[0][price]'));
  const before = subscriptionSnapshot(sub);
  const start = now();
  const item = sub.items.data[0];
  Object.assign(item, {
    price,
    plan: planFromPrice(price),
    current_period_start: start,
    current_period_end: addInterval(start, price.recurring.interval),
  });
  sub.billing_cycle_anchor = start;
  const invoice = createInvoice(sim, sub, 'subscription_update', true, sub.default_payment_method);
  if (emitSave) sim.save();
  void sim.emit('customer.subscription.updated', sub, changed(before, sub));
  void sim.emit('invoice.paid', invoice);
  return sub;
}

export function cancelNow(sim: SimulatorCore, sub: Doc): Doc {
  if (sub.status === 'canceled') return sub;
  Object.assign(sub, {
    status: 'canceled',
    canceled_at: sub.canceled_at ?? now(),
    ended_at: now(),
    cancel_at_period_end: false,
    cancellation_details: { comment: null, feedback: null, reason: 'cancellation_requested' },
  });
  sim.save();
  void sim.emit('customer.subscription.deleted', sub);
  return sub;
}

/** Simulates the next billing cycle: a renewal invoice that is paid or declined. */
export function renew(sim: SimulatorCore, sub: Doc, outcome: 'paid' | 'failed'): Doc {
  if (sub.status === 'canceled') throw invalid('This subscription is canceled.');
  if (sub.cancel_at_period_end) return cancelNow(sim, sub);
  const before = subscriptionSnapshot(sub);
  const item = sub.items.data[0];
  const start = item.current_period_end;
  Object.assign(item, { current_period_start: start, current_period_end: addInterval(start, item.price.recurring.interval) });
  const invoice = createInvoice(sim, sub, 'subscription_cycle', outcome === 'paid', sub.default_payment_method);
  sub.status = outcome === 'paid' ? 'active' : 'past_due';
  sim.save();
  void sim.emit(outcome === 'paid' ? 'invoice.paid' : 'invoice.payment_failed', invoice);
  const previous = changed(before, sub);
  void sim.emit('customer.subscription.updated', sub, previous);
  return invoice;
}

export const subscriptionRoutes: Router = (sim, { method, pathname, params, expand, ok }) => {
  if (method === 'GET' && pathname === '/v1/subscriptions') {
    const customer = str(params.customer);
    const status = str(params.status);
    const data = Object.values(sim.state.subscriptions).filter(
      (s) => (!customer || s.customer === customer) && (status === 'all' ? true : status ? s.status === status : s.status !== 'canceled'),
    );
    return {
      status: 200,
      body: listOf(
        data.reverse().map((s) => sim.view(s, expand)),
        '/v1/subscriptions',
      ),
    };
  }
  const match = /^\/v1\/subscriptions\/(sub_\w+)$/.exec(pathname);
  if (match) {
    const sub = sim.get('subscriptions', match[1]!, 'subscription');
    if (method === 'GET') return ok(sub);
    if (method === 'POST') return ok(updateSubscription(sim, sub, params));
    if (method === 'DELETE') return ok(cancelNow(sim, sub));
  }
  return undefined;
};
