// Payment methods: attach, update, detach, and the portal's "update card" (a new default card, open
// invoices retried with it); and their API.
import { int, mergeMetadata, obj, str, type FormObject } from './form.ts';
import { paymentMethodObject, stripeId, TEST_CARDS, type Doc } from './objects.ts';
import { invalid } from './errors.ts';
import type { Router, SimulatorCore } from './core.ts';
import { customerPaymentMethods, updateCustomer } from './customers.ts';
import { markInvoicePaid } from './invoices.ts';
import { changed, subscriptionSnapshot } from './subscriptions.ts';
import { clone, listOf } from './wire.ts';

/** Retries the customer's open invoices with the default card (after the card was updated). */
function retryOpenInvoices(sim: SimulatorCore, customerId: string, pmId: string) {
  for (const invoice of Object.values(sim.state.invoices)) {
    if (invoice.customer !== customerId || invoice.status !== 'open') continue;
    const pi = sim.state.payment_intents[invoice._payments?.data?.[0]?.payment?.payment_intent];
    if (pi)
      Object.assign(pi, {
        status: 'succeeded',
        amount_received: pi.amount,
        last_payment_error: null,
        payment_method: pmId,
        latest_charge: stripeId('ch'),
      });
    markInvoicePaid(invoice);
    void sim.emit('invoice.paid', invoice);
    const sub = sim.state.subscriptions[invoice.parent?.subscription_details?.subscription];
    if (sub && sub.status === 'past_due') {
      const before = subscriptionSnapshot(sub);
      sub.status = 'active';
      void sim.emit('customer.subscription.updated', sub, changed(before, sub));
    }
  }
}

/** The portal's "update card": attach a new card, make it the default, retry open invoices. */
export function updateCard(sim: SimulatorCore, customerId: string, card: keyof typeof TEST_CARDS = 'mastercard'): Doc {
  const customer = sim.get('customers', customerId, 'customer');
  const pm = paymentMethodObject(customer, TEST_CARDS[card]);
  sim.state.payment_methods[pm.id] = pm;
  void sim.emit('payment_method.attached', pm);
  updateCustomer(sim, customer, { invoice_settings: { default_payment_method: pm.id } });
  for (const sub of Object.values(sim.state.subscriptions)) {
    if (sub.customer !== customerId || sub.status === 'canceled') continue;
    const before = subscriptionSnapshot(sub);
    sub.default_payment_method = pm.id;
    void sim.emit('customer.subscription.updated', sub, changed(before, sub));
  }
  retryOpenInvoices(sim, customerId, pm.id);
  sim.save();
  return pm;
}

export function updatePaymentMethod(sim: SimulatorCore, pm: Doc, params: FormObject): Doc {
  const card = obj(params.card);
  const previous: Doc = {};
  if (card) {
    previous.card = clone(pm.card);
    const month = int(card.exp_month);
    const year = int(card.exp_year);
    if (month !== undefined) pm.card.exp_month = month;
    if (year !== undefined) pm.card.exp_year = year;
  }
  if (params.metadata !== undefined) pm.metadata = mergeMetadata(pm.metadata, params.metadata);
  void sim.emit('payment_method.updated', pm, previous);
  return pm;
}

export function detachPaymentMethod(sim: SimulatorCore, pm: Doc): Doc {
  const customerId = pm.customer;
  if (!customerId)
    throw invalid(`The payment method you provided is not attached to a customer so detachment is impossible.`, 'payment_method');
  pm.customer = null;
  const customer = sim.state.customers[customerId];
  if (customer && customer.invoice_settings?.default_payment_method === pm.id) {
    updateCustomer(sim, customer, { invoice_settings: { default_payment_method: '' } });
  }
  void sim.emit('payment_method.detached', pm, { customer: customerId });
  return pm;
}

export const paymentMethodRoutes: Router = (sim, { method, pathname, params, expand, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'GET' && pathname === '/v1/payment_methods') {
    const customer = str(params.customer);
    if (!customer) throw invalid('Missing required param: customer.', 'customer');
    return {
      status: 200,
      body: listOf(
        customerPaymentMethods(sim, customer).map((p) => sim.view(p, expand)),
        pathname,
      ),
    };
  }
  if ((match = /^\/v1\/payment_methods\/(pm_\w+)$/.exec(pathname))) {
    const pm = sim.get('payment_methods', match[1]!, 'PaymentMethod');
    if (method === 'GET') return ok(pm);
    if (method === 'POST') return ok(updatePaymentMethod(sim, pm, params));
  }
  if (method === 'POST' && (match = /^\/v1\/payment_methods\/(pm_\w+)\/detach$/.exec(pathname))) {
    return ok(detachPaymentMethod(sim, sim.get('payment_methods', match[1]!, 'PaymentMethod')));
  }
  if (method === 'POST' && (match = /^\/v1\/payment_methods\/(pm_\w+)\/attach$/.exec(pathname))) {
    const pm = sim.get('payment_methods', match[1]!, 'PaymentMethod');
    const customer = sim.get('customers', str(params.customer) ?? '', 'customer', 'customer');
    pm.customer = customer.id;
    void sim.emit('payment_method.attached', pm);
    return ok(pm);
  }
  return undefined;
};
