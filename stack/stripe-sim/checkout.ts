// Checkout Sessions (subscription mode): create, retrieve, line items, and the hosted page's Pay / Decline
// (a paid session creates the customer if needed, the card, the subscription and its first invoice).
import { bool, int, list, mergeMetadata, obj, str, type FormObject } from './form.ts';
import { now, paymentMethodObject, stripeId, subscriptionObject, TEST_CARDS, type Doc } from './objects.ts';
import { invalid } from './errors.ts';
import type { Router, SimulatorCore } from './core.ts';
import { createCustomer } from './customers.ts';
import { createInvoice } from './invoices.ts';
import { clone, listOf } from './wire.ts';

export function createCheckoutSession(sim: SimulatorCore, params: FormObject): Doc {
  const mode = str(params.mode);
  if (mode !== 'subscription') throw invalid('The local simulator supports only `mode=subscription` Checkout Sessions.', 'mode');
  const successUrl = str(params.success_url);
  if (!successUrl) throw invalid('Missing required param: success_url.', 'success_url');
  const customerId = str(params.customer);
  if (customerId) sim.get('customers', customerId, 'customer', 'customer');
  const items = list(params.line_items).map((raw, index) => {
    const item = obj(raw) ?? {};
    const priceId = str(item.price);
    if (!priceId) throw invalid('Missing required param: line_items[0][price].', `line_items[${index}][price]`);
    const price = sim.get('prices', priceId, 'price', `line_items[${index}][price]`);
    const quantity = int(item.quantity) ?? 1;
    return {
      id: stripeId('li'),
      object: 'item',
      amount_discount: 0,
      amount_subtotal: price.unit_amount * quantity,
      amount_tax: 0,
      amount_total: price.unit_amount * quantity,
      currency: price.currency,
      description: price.nickname,
      price,
      quantity,
    };
  });
  if (!items.length) throw invalid('Missing required param: line_items.', 'line_items');
  const id = stripeId('cs_test', 58);
  const total = items.reduce((sum, item) => sum + item.amount_total, 0);
  const subscriptionData = obj(params.subscription_data) ?? {};
  const session: Doc = {
    id,
    object: 'checkout.session',
    after_expiration: null,
    allow_promotion_codes: bool(params.allow_promotion_codes) ?? null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, status: null },
    billing_address_collection: str(params.billing_address_collection) ?? null,
    cancel_url: str(params.cancel_url) ?? null,
    client_reference_id: str(params.client_reference_id) ?? null,
    client_secret: null,
    consent: null,
    created: now(),
    currency: items[0]!.currency,
    customer: customerId ?? null,
    customer_creation: customerId ? null : 'always',
    customer_details: null,
    customer_email: str(params.customer_email) ?? null,
    expires_at: now() + 24 * 3600,
    invoice: null,
    livemode: false,
    locale: str(params.locale) ?? null,
    metadata: mergeMetadata({}, params.metadata),
    mode,
    payment_intent: null,
    payment_method_types: ['card'],
    payment_status: 'unpaid',
    status: 'open',
    submit_type: null,
    subscription: null,
    success_url: successUrl,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${sim.options.publicUrl}/checkout/${id}`,
    _line_items: items,
    _subscription_metadata: mergeMetadata({}, subscriptionData.metadata),
  };
  sim.state.checkout_sessions[id] = session;
  return session;
}

/** The Checkout page's Pay button (outcome "paid") or Decline button (outcome "declined"). */
export async function completeCheckout(
  sim: SimulatorCore,
  sessionId: string,
  outcome: 'paid' | 'declined',
): Promise<{ redirect?: string; error?: string }> {
  const session = sim.get('checkout_sessions', sessionId, 'checkout.session');
  if (session.status !== 'open') return { error: `This Checkout Session is ${session.status}.` };
  let customer = session.customer ? sim.get('customers', session.customer, 'customer') : undefined;
  if (!customer) {
    customer = createCustomer(sim, { email: session.customer_email ?? '' });
    session.customer = customer.id;
  }
  if (outcome === 'declined') {
    // Like hosted Checkout: the card is declined on the page, nothing is created, the buyer can retry.
    sim.save();
    return { error: 'Your card was declined. (Simulated with the test card 4000 0000 0000 0002; nothing was charged.)' };
  }
  const pm = paymentMethodObject(customer, TEST_CARDS.success);
  sim.state.payment_methods[pm.id] = pm;
  const line = session._line_items[0];
  const sub = subscriptionObject({
    customer: customer.id,
    price: clone(sim.get('prices', line.price.id, 'price')),
    metadata: session._subscription_metadata ?? {},
    defaultPaymentMethod: pm.id,
    status: 'active',
  });
  sim.state.subscriptions[sub.id] = sub;
  const invoice = createInvoice(sim, sub, 'subscription_create', true, pm.id);
  Object.assign(session, {
    status: 'complete',
    payment_status: 'paid',
    subscription: sub.id,
    invoice: invoice.id,
    customer_details: {
      address: pm.billing_details.address,
      email: customer.email,
      name: customer.name,
      phone: null,
      tax_exempt: 'none',
      tax_ids: [],
    },
  });
  sim.save();
  void sim.emit('payment_method.attached', pm);
  void sim.emit('customer.subscription.created', sub);
  void sim.emit('invoice.paid', invoice);
  void sim.emit('checkout.session.completed', session);
  await sim.flush();
  return { redirect: String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) };
}

export const checkoutRoutes: Router = (sim, { method, pathname, params, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'POST' && pathname === '/v1/checkout/sessions') return ok(createCheckoutSession(sim, params));
  if (method === 'GET' && (match = /^\/v1\/checkout\/sessions\/(cs_\w+)$/.exec(pathname)))
    return ok(sim.get('checkout_sessions', match[1]!, 'checkout.session'));
  if (method === 'GET' && (match = /^\/v1\/checkout\/sessions\/(cs_\w+)\/line_items$/.exec(pathname))) {
    const session = sim.get('checkout_sessions', match[1]!, 'checkout.session');
    return { status: 200, body: listOf(clone(session._line_items ?? []), pathname) };
  }
  return undefined;
};
