// Invoices (with their invoice payment and payment intent), as subscriptions create them, and their API:
// list, retrieve, and the payment intent behind an invoice.
import { int, str } from './form.ts';
import { now, paymentIntentObject, stripeId, type Doc } from './objects.ts';
import type { Router, SimulatorCore } from './core.ts';
import { clone, listOf } from './wire.ts';

export function markInvoicePaid(invoice: Doc) {
  const at = now();
  Object.assign(invoice, {
    status: 'paid',
    amount_paid: invoice.amount_due,
    amount_remaining: 0,
    attempted: true,
    attempt_count: invoice.attempt_count + 1,
    next_payment_attempt: null,
  });
  invoice.status_transitions.paid_at = at;
  const payment = invoice._payments.data[0];
  Object.assign(payment, { status: 'paid', amount_paid: invoice.amount_due });
  payment.status_transitions.paid_at = at;
}

export function createInvoice(sim: SimulatorCore, sub: Doc, reason: string, paid: boolean, pmId: string | null): Doc {
  const customer = sim.get('customers', sub.customer, 'customer');
  const item = sub.items.data[0];
  const price = item.price;
  const amount = price.unit_amount * (item.quantity ?? 1);
  const created = now();
  const id = stripeId('in');
  sim.state.invoiceCounter++;
  const number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence++).padStart(4, '0')}`;
  const pi = paymentIntentObject({
    amount,
    currency: price.currency,
    customer: customer.id,
    paymentMethod: pmId,
    succeeded: paid,
    description: reason === 'subscription_create' ? 'Subscription creation' : 'Subscription update',
  });
  sim.state.payment_intents[pi.id] = pi;
  const interval = price.recurring.interval;
  const invoice: Doc = {
    id,
    object: 'invoice',
    account_country: 'US',
    account_name: 'InterviewAI (local simulator)',
    account_tax_ids: null,
    amount_due: amount,
    amount_overpaid: 0,
    amount_paid: paid ? amount : 0,
    amount_remaining: paid ? 0 : amount,
    amount_shipping: 0,
    application: null,
    attempt_count: 1,
    attempted: true,
    auto_advance: !paid,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    billing_reason: reason,
    collection_method: 'charge_automatically',
    created,
    currency: price.currency,
    custom_fields: null,
    customer: customer.id,
    customer_account: null,
    customer_address: customer.address,
    customer_email: customer.email,
    customer_name: customer.name,
    customer_phone: customer.phone,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    due_date: null,
    effective_at: created,
    ending_balance: 0,
    footer: null,
    from_invoice: null,
    hosted_invoice_url: `${sim.options.publicUrl}/invoices/${id}`,
    invoice_pdf: `${sim.options.publicUrl}/invoices/${id}/pdf`,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    lines: {
      object: 'list',
      has_more: false,
      total_count: 1,
      url: `/v1/invoices/${id}/lines`,
      data: [
        {
          id: stripeId('il'),
          object: 'line_item',
          amount,
          currency: price.currency,
          description: `1 × ${price.nickname} (at $${(price.unit_amount / 100).toFixed(2)} / ${interval})`,
          discount_amounts: [],
          discountable: true,
          discounts: [],
          invoice: id,
          livemode: false,
          metadata: {},
          parent: {
            type: 'subscription_item_details',
            invoice_item_details: null,
            subscription_item_details: {
              invoice_item: null,
              proration: false,
              proration_details: { credited_items: null },
              subscription: sub.id,
              subscription_item: item.id,
            },
          },
          period: { start: item.current_period_start, end: item.current_period_end },
          pretax_credit_amounts: [],
          pricing: {
            price_details: { price: price.id, product: price.product },
            type: 'price_details',
            unit_amount_decimal: String(price.unit_amount),
          },
          quantity: item.quantity ?? 1,
          taxes: [],
        },
      ],
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: paid ? null : created + 3 * 24 * 3600,
    number,
    on_behalf_of: null,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: clone(sub.metadata), subscription: sub.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: created,
    period_start: created,
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    status: paid ? 'paid' : 'open',
    status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
    subtotal: amount,
    subtotal_excluding_tax: amount,
    test_clock: null,
    total: amount,
    total_discount_amounts: [],
    total_excluding_tax: amount,
    total_pretax_credit_amounts: [],
    total_taxes: [],
    webhooks_delivered_at: created,
    _payments: {
      object: 'list',
      has_more: false,
      url: `/v1/invoice_payments?invoice=${id}`,
      data: [
        {
          id: stripeId('inpay'),
          object: 'invoice_payment',
          amount_paid: paid ? amount : null,
          amount_requested: amount,
          created,
          currency: price.currency,
          invoice: id,
          is_default: true,
          livemode: false,
          payment: { payment_intent: pi.id, type: 'payment_intent' },
          status: paid ? 'paid' : 'open',
          status_transitions: { canceled_at: null, paid_at: paid ? created : null },
        },
      ],
    },
  };
  sim.state.invoices[id] = invoice;
  sub.latest_invoice = id;
  return invoice;
}

export const invoiceRoutes: Router = (sim, { method, pathname, params, expand, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'GET' && pathname === '/v1/invoices') {
    const customer = str(params.customer);
    const subscription = str(params.subscription);
    const data = Object.values(sim.state.invoices).filter(
      (i) => (!customer || i.customer === customer) && (!subscription || i.parent?.subscription_details?.subscription === subscription),
    );
    return {
      status: 200,
      body: listOf(
        data
          .reverse()
          .slice(0, int(params.limit) ?? 10)
          .map((i) => sim.view(i, expand)),
        '/v1/invoices',
      ),
    };
  }
  if (method === 'GET' && (match = /^\/v1\/invoices\/(in_\w+)$/.exec(pathname))) return ok(sim.get('invoices', match[1]!, 'invoice'));
  if (method === 'GET' && (match = /^\/v1\/payment_intents\/(pi_\w+)$/.exec(pathname)))
    return ok(sim.get('payment_intents', match[1]!, 'payment_intent'));
  return undefined;
};
