import assert from 'node:assert/strict';
import { handleStripeWebhook } from './webhook.ts';
import { event, fakeStripe, MemoryStore, signedRequest, subscription } from './test-helpers.ts';
import { allowedReturnOrigins, checkReturnUrl } from './return-urls.ts';
import { subscriptionRow } from './sync.ts';

const SECRET = 'whsec_unit_test_secret';
const USER = '11111111-1111-4111-8111-111111111111';
const CUS = 'cus_unit1';

function setup() {
  const store = new MemoryStore();
  store.users.add(USER);
  store.billing.set(USER, { user_id: USER, stripe_customer_id: CUS });
  const objects = new Map<string, Record<string, unknown>>();
  objects.set('pm_unit_card', {
    id: 'pm_unit_card',
    object: 'payment_method',
    type: 'card',
    customer: CUS,
    card: { brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 },
  });
  const logs: string[] = [];
  const deps = { stripe: fakeStripe(objects), store, secret: SECRET, log: (m: string) => void logs.push(m) };
  return { store, objects, deps, logs };
}

Deno.test('valid signature: subscription.created is stored with periods from the items (seconds × 1000)', async () => {
  const { store, objects, deps } = setup();
  const sub = subscription('sub_unit1', CUS, 'active');
  objects.set(sub.id, sub);
  const res = await handleStripeWebhook(await signedRequest(event('customer.subscription.created', sub), SECRET), deps);
  assert.deepEqual(res.status, 200);
  const row = store.subscriptions.get('sub_unit1')!;
  assert.deepEqual(row.plan_id, 'pro_monthly');
  assert.deepEqual(row.current_period_start, new Date(1_790_000_000 * 1000).toISOString());
  assert.deepEqual(store.billing.get(USER)!.card_last4, '4242');
});

Deno.test('bad signature → 400 invalid_signature and nothing written', async () => {
  const { store, objects, deps } = setup();
  const sub = subscription('sub_unit2', CUS, 'active');
  objects.set(sub.id, sub);
  const res = await handleStripeWebhook(await signedRequest(event('customer.subscription.created', sub), SECRET, true), deps);
  assert.deepEqual(res.status, 400);
  assert.deepEqual((await res.json()).error, 'invalid_signature');
  assert.deepEqual(store.events.size, 0);
  assert.deepEqual(store.subscriptions.size, 0);
  const wrongSecret = await handleStripeWebhook(await signedRequest(event('customer.subscription.created', sub), 'whsec_other'), deps);
  assert.deepEqual(wrongSecret.status, 400);
  const unsigned = await handleStripeWebhook(new Request('http://x/', { method: 'POST', body: '{}' }), deps);
  assert.deepEqual(unsigned.status, 400);
});

Deno.test('replay of the same event is recorded once and processed once', async () => {
  const { store, objects, deps } = setup();
  const sub = subscription('sub_unit3', CUS, 'active');
  objects.set(sub.id, sub);
  const e = event('customer.subscription.created', sub);
  assert.deepEqual((await handleStripeWebhook(await signedRequest(e, SECRET), deps)).status, 200);
  store.subscriptions.clear();
  const second = await handleStripeWebhook(await signedRequest(e, SECRET), deps);
  assert.deepEqual(second.status, 200);
  assert.deepEqual((await second.json()).duplicate, true);
  assert.deepEqual(store.subscriptions.size, 0); // nothing done twice
});

Deno.test('updated before created, deleted before updated: the newest state wins', async () => {
  const { store, objects, deps } = setup();
  const t = 1_790_000_100;
  objects.set('sub_unit4', subscription('sub_unit4', CUS, 'active'));
  await handleStripeWebhook(
    await signedRequest(event('customer.subscription.updated', subscription('sub_unit4', CUS, 'active'), t + 5), SECRET),
    deps,
  );
  const late = await handleStripeWebhook(
    await signedRequest(event('customer.subscription.created', subscription('sub_unit4', CUS, 'incomplete'), t), SECRET),
    deps,
  );
  assert.deepEqual((await late.json()).reason, 'stale_event');
  assert.deepEqual(store.subscriptions.get('sub_unit4')!.status, 'active');

  objects.set('sub_unit4', subscription('sub_unit4', CUS, 'canceled'));
  await handleStripeWebhook(
    await signedRequest(event('customer.subscription.deleted', subscription('sub_unit4', CUS, 'canceled'), t + 20), SECRET),
    deps,
  );
  await handleStripeWebhook(
    await signedRequest(event('customer.subscription.updated', subscription('sub_unit4', CUS, 'active'), t + 10), SECRET),
    deps,
  );
  assert.deepEqual(store.subscriptions.get('sub_unit4')!.status, 'canceled');
});

Deno.test('invoice for an unknown customer → 200, ignored, nothing written', async () => {
  const { store, deps } = setup();
  const invoice = {
    id: 'in_unit_x',
    object: 'invoice',
    customer: 'cus_nobody',
    status: 'paid',
    amount_paid: 1900,
    amount_due: 1900,
    currency: 'usd',
    parent: null,
    lines: { data: [] },
  };
  const res = await handleStripeWebhook(await signedRequest(event('invoice.paid', invoice), SECRET), deps);
  assert.deepEqual(res.status, 200);
  assert.deepEqual((await res.json()).reason, 'unknown_customer');
  assert.deepEqual(store.payments.size, 0);
  assert.ok(store.events.get([...store.events.keys()][0]!)!.processed);
});

Deno.test('invoice.paid records the payment, syncs the subscription ', async () => {
  const { store, objects, deps } = setup();
  objects.set('sub_unit5', subscription('sub_unit5', CUS, 'active'));
  const invoice = {
    id: 'in_unit5',
    object: 'invoice',
    customer: CUS,
    status: 'paid',
    attempted: true,
    attempt_count: 1,
    amount_paid: 1900,
    amount_due: 1900,
    currency: 'usd',
    number: 'ABC-0001',
    hosted_invoice_url: 'http://sim/invoices/in_unit5',
    invoice_pdf: null,
    created: 1_790_000_000,
    status_transitions: { paid_at: 1_790_000_001 },
    parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_unit5', metadata: {} } },
    lines: { data: [{ description: '1 × Pro', period: { start: 1_790_000_000, end: 1_792_592_000 } }] },
    default_payment_method: 'pm_unit_card',
  };
  objects.set(invoice.id, invoice);
  assert.deepEqual((await handleStripeWebhook(await signedRequest(event('invoice.paid', invoice), SECRET), deps)).status, 200);
  assert.deepEqual((await handleStripeWebhook(await signedRequest(event('invoice.payment_succeeded', invoice), SECRET), deps)).status, 200);
  const row = store.payments.get('in_unit5')!;
  assert.deepEqual([row.status, row.amount_cents, row.card_last4, row.paid_at], [
    'paid',
    1900,
    '4242',
    new Date(1_790_000_001_000).toISOString(),
  ]);
  assert.deepEqual(store.subscriptions.get('sub_unit5')!.status, 'active');
});

Deno.test('unknown price → 500 (retryable) and the event is forgotten so the retry runs', async () => {
  const { store, objects, deps } = setup();
  objects.set('sub_unit6', subscription('sub_unit6', CUS, 'active', 'price_unknown'));
  const res = await handleStripeWebhook(
    await signedRequest(event('customer.subscription.created', objects.get('sub_unit6')!), SECRET),
    deps,
  );
  assert.deepEqual(res.status, 500);
  assert.deepEqual(store.events.size, 0);
});

Deno.test('unknown event types → 200', async () => {
  const { deps } = setup();
  const res = await handleStripeWebhook(
    await signedRequest(event('charge.refund.updated', { id: 're_1', object: 'refund' }), SECRET),
    deps,
  );
  assert.deepEqual(res.status, 200);
  assert.deepEqual((await res.json()).reason, 'unhandled_event_type');
});

Deno.test('payment_method.detached clears the card shown; customer.updated syncs contact details', async () => {
  const { store, objects, deps } = setup();
  Object.assign(store.billing.get(USER)!, { default_payment_method_id: 'pm_unit_card', card_brand: 'visa', card_last4: '4242' });
  objects.set('pm_unit_card', { ...objects.get('pm_unit_card')!, customer: null });
  await handleStripeWebhook(
    await signedRequest(
      event('payment_method.detached', objects.get('pm_unit_card')!, undefined, { previous_attributes: { customer: CUS } }),
      SECRET,
    ),
    deps,
  );
  assert.deepEqual(store.billing.get(USER)!.card_last4, null);
  objects.set(CUS, {
    id: CUS,
    object: 'customer',
    email: 'New@Example.com',
    name: 'N',
    phone: null,
    address: null,
    metadata: {},
    invoice_settings: { default_payment_method: null },
  });
  await handleStripeWebhook(await signedRequest(event('customer.updated', objects.get(CUS)!), SECRET), deps);
  assert.deepEqual(store.billing.get(USER)!.email, 'new@example.com');
});

Deno.test('a subscription cancelled immediately stops showing its card unless the customer keeps a default card', async () => {
  const { store, objects, deps } = setup();
  const live = subscription('sub_unit_cancel', CUS, 'active');
  objects.set(live.id, live);
  await handleStripeWebhook(await signedRequest(event('customer.subscription.created', live), SECRET), deps);
  assert.deepEqual(store.billing.get(USER)!.card_last4, '4242');
  const customer = { id: CUS, object: 'customer', metadata: {}, invoice_settings: { default_payment_method: 'pm_unit_card' } };
  objects.set(CUS, customer);
  const ended = subscription('sub_unit_cancel', CUS, 'canceled');
  objects.set(ended.id, ended);
  await handleStripeWebhook(await signedRequest(event('customer.subscription.deleted', ended), SECRET), deps);
  assert.deepEqual(store.billing.get(USER)!.card_last4, '4242'); // the customer's own default card stays on file

  objects.set(CUS, { ...customer, invoice_settings: { default_payment_method: null } });
  await handleStripeWebhook(await signedRequest(event('customer.subscription.deleted', ended), SECRET), deps);
  assert.deepEqual(store.billing.get(USER)!.card_last4, null);
  assert.deepEqual(store.billing.get(USER)!.default_payment_method_id, null);
});

Deno.test('return URLs: only SITE_URL and ALLOWED_RETURN_ORIGINS', () => {
  const env = new Map([['SITE_URL', 'http://localhost:5173'], ['ALLOWED_RETURN_ORIGINS', 'https://app.example.com, bad url']]);
  const allowed = allowedReturnOrigins({ get: (k) => env.get(k) });
  assert.deepEqual(allowed, ['http://localhost:5173', 'https://app.example.com']);
  assert.deepEqual(
    checkReturnUrl('http://localhost:5173/billing?session_id={CHECKOUT_SESSION_ID}', allowed, 'success_url'),
    'http://localhost:5173/billing?session_id={CHECKOUT_SESSION_ID}',
  );
  for (
    const bad of [
      'https://evil.example.com/',
      'javascript:alert(1)',
      '/relative',
      'http://user:pw@localhost:5173/',
      'http://localhost:5174/',
    ]
  ) {
    let threw = false;
    try {
      checkReturnUrl(bad, allowed, 'success_url');
    } catch {
      threw = true;
    }
    assert.ok(threw, bad);
  }
});

Deno.test('subscriptionRow keeps the newest last_event_at', () => {
  const row = subscriptionRow(subscription('sub_x', CUS, 'active'), USER, 'pro_monthly', 1_790_000_000, '2030-01-01T00:00:00.000Z');
  assert.deepEqual(row.last_event_at, '2030-01-01T00:00:00.000Z');
});

Deno.test('return URLs: a host:* entry allows any port of that host only', () => {
  const env = new Map([['SITE_URL', 'https://app.example.com'], ['ALLOWED_RETURN_ORIGINS', 'http://127.0.0.1:*']]);
  const allowed = allowedReturnOrigins({ get: (k) => env.get(k) });
  assert.deepEqual(checkReturnUrl('http://127.0.0.1:40123/app/billing', allowed, 'success_url'), 'http://127.0.0.1:40123/app/billing');
  for (const bad of ['https://127.0.0.1:40123/', 'http://127.0.0.2:40123/', 'http://localhost:40123/', 'http://127.0.0.1.evil.com:80/']) {
    let threw = false;
    try {
      checkReturnUrl(bad, allowed, 'success_url');
    } catch {
      threw = true;
    }
    assert.ok(threw, bad);
  }
});
