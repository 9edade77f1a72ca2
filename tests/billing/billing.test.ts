// Billing through the real path: supabase-js → gateway → Deno edge function → stripe-node → the
// local Stripe simulator → signed webhooks → stripe-webhook → Postgres.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql } from '../helpers/stack.ts';
import {
  ensureLocalPrices,
  eventRows,
  makeEvent,
  payCheckout,
  postEvent,
  simControl,
  simulatorUrl,
  stripeApi,
  type FunctionAnswer,
  type Obj,
  type StripeCustomer,
  type StripeList,
} from './helpers.ts';

type Signed = Awaited<ReturnType<typeof signedInUser>>;

async function invoke(user: Signed, name: string, body: Obj = {}) {
  const { data, error, response } = (await user.client.functions.invoke(name, { body })) as {
    data: Obj | null;
    error: Obj | null;
    response?: Response;
  };
  if (error) {
    const context = (error as { context?: Response }).context ?? response;
    const payload = context
      ? await context
          .clone()
          .json()
          .catch(() => ({}))
      : {};
    return { status: context?.status ?? 0, body: payload as FunctionAnswer };
  }
  return { status: 200, body: data as FunctionAnswer };
}

/** Signs up, checks out and pays: returns the user and their Stripe ids. */
async function subscribedUser(plan: 'pro_monthly' | 'pro_yearly' = 'pro_monthly') {
  const user = await signedInUser('billing');
  const checkout = await invoke(user, 'create-checkout-session', { plan });
  expect(checkout.status, JSON.stringify(checkout.body)).toBe(200);
  const paid = await payCheckout(checkout.body.url);
  expect(paid.status, paid.html.slice(0, 300)).toBe(303);
  const [sub] = await sql<{ id: string; stripe_customer_id: string }>(
    'select id, stripe_customer_id from public.subscriptions where user_id = $1',
    [user.user.id],
  );
  return { user, subscriptionId: sub!.id, customerId: sub!.stripe_customer_id, checkout };
}

describe('billing with the local Stripe simulator', () => {
  beforeAll(ensureLocalPrices);

  describe('checkout and portal', () => {
    it('checkout → Pay → the webhooks make the user Pro, with card and payment history', async () => {
      const { user, checkout } = await subscribedUser();
      expect(checkout.body.url).toMatch(new RegExp(`^${simulatorUrl()}/checkout/cs_test_`));

      const { data: subs } = await user.client.from('subscriptions').select('*');
      expect(subs).toHaveLength(1);
      expect(subs![0]).toMatchObject({
        plan_id: 'pro_monthly',
        status: 'active',
        stripe_price_id: 'price_local_pro_monthly',
        cancel_at_period_end: false,
      });
      const periodEnd = new Date(subs![0]!.current_period_end!).getTime();
      expect(periodEnd).toBeGreaterThan(Date.now() + 27 * 24 * 3600_000); // seconds × 1000, a month ahead

      const { data: info } = await user.client.from('billing_information').select('*').single();
      expect(info).toMatchObject({ card_brand: 'visa', card_last4: '4242', card_exp_month: 12 });
      expect(JSON.stringify(info)).not.toMatch(/4242424242424242/);

      const { data: payments } = await user.client.from('payment_history').select('*');
      expect(payments).toHaveLength(1);
      expect(payments![0]).toMatchObject({ status: 'paid', amount_cents: 1900, currency: 'usd', card_last4: '4242' });
      expect(payments![0]!.invoice_url).toMatch(/\/invoices\/in_/);

      const customer = await stripeApi<StripeCustomer>('GET', `/v1/customers/${info!.stripe_customer_id}`);
      expect(customer.metadata.user_id).toBe(user.user.id);
      const session = await stripeApi('GET', `/v1/checkout/sessions/${checkout.body.id}`);
      expect(session).toMatchObject({
        client_reference_id: user.user.id,
        metadata: { user_id: user.user.id, plan_id: 'pro_monthly' },
        status: 'complete',
      });

      // A second checkout while subscribed is refused (manage it in the portal instead).
      const again = await invoke(user, 'create-checkout-session', { plan: 'pro_yearly' });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('already_subscribed');
    });

    it('one Stripe customer per user even on a double click', async () => {
      const user = await signedInUser('double');
      const [a, b] = await Promise.all([
        invoke(user, 'create-checkout-session', { plan: 'pro_monthly' }),
        invoke(user, 'create-checkout-session', { plan: 'pro_monthly' }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const rows = await sql('select stripe_customer_id from public.billing_information where user_id = $1', [user.user.id]);
      expect(rows).toHaveLength(1);
      const found = await stripeApi<StripeList>('GET', '/v1/customers/search', { query: `metadata['user_id']:'${user.user.id}'` });
      expect(found.data).toHaveLength(1);
      expect(found.data[0]!.id).toBe(rows[0]!.stripe_customer_id);
    });

    it('return URLs outside the allow-list are rejected; bad plans too', async () => {
      const user = await signedInUser('urls');
      const evil = await invoke(user, 'create-checkout-session', { plan: 'pro_monthly', success_url: 'https://evil.example.com/phish' });
      expect(evil.status).toBe(400);
      expect(evil.body.error).toBe('invalid_return_url');
      const badPlan = await invoke(user, 'create-checkout-session', { plan: 'free' });
      expect(badPlan.status).toBe(400);
      const portal = await invoke(user, 'billing-portal', { return_url: 'https://evil.example.com/' });
      expect(portal.status).toBe(400);
    });

    it('portal: clear 404 without a customer; a URL for the caller’s own customer only', async () => {
      const fresh = await signedInUser('noportal');
      const none = await invoke(fresh, 'billing-portal');
      expect(none.status).toBe(404);
      expect(none.body).toMatchObject({ error: 'no_billing_account' });

      const { user, customerId } = await subscribedUser();
      const other = await subscribedUser();
      const portal = await invoke(user, 'billing-portal');
      expect(portal.status).toBe(200);
      const page = await (await fetch(portal.body.url)).text();
      expect(page).toContain(user.email);
      expect(page).not.toContain(other.user.email);
      const session = await stripeApi('GET', `/v1/customers/${customerId}`);
      expect(session.id).toBe(customerId);

      // The other user's rows are invisible through the API.
      const { data } = await user.client.from('subscriptions').select('id');
      expect(data!.map((r) => r.id)).toEqual([
        (await sql<{ id: string }>('select id from public.subscriptions where user_id = $1', [user.user.id]))[0]!.id,
      ]);
      const { data: info } = await user.client.from('billing_information').select('user_id');
      expect(info!.map((r) => r.user_id)).toEqual([user.user.id]);
    });

    it('portal actions: cancel at period end, switch to yearly, failed renewal → past_due, new card → active', async () => {
      const { user, subscriptionId, customerId } = await subscribedUser();
      const portal = await invoke(user, 'billing-portal');
      const act = (fields: Obj) =>
        fetch(`${portal.body.url}/action`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ subscription: subscriptionId, ...fields }).toString(),
        });
      const row = async () => (await sql<Obj>('select * from public.subscriptions where id = $1', [subscriptionId]))[0]!;
      // the plan kept on the profile for creating interviews, written by each webhook in its own transaction
      const keptPlan = async () =>
        (
          await sql<{ plan_id: string; voice: boolean; grace: boolean }>(
            `select plan_id, (plan_features ->> 'voice')::boolean as voice, plan_valid_until is not null as grace
             from public.user_profiles where id = $1`,
            [user.user.id],
          )
        )[0]!;
      expect(await keptPlan()).toEqual({ plan_id: 'pro_monthly', voice: true, grace: false });

      expect((await act({ action: 'cancel_at_period_end' })).status).toBe(303);
      expect(await row()).toMatchObject({ cancel_at_period_end: true });
      await act({ action: 'resume' });
      expect(await row()).toMatchObject({ cancel_at_period_end: false, cancel_at: null });

      await act({ action: 'switch', price: 'price_local_pro_yearly' });
      expect(await row()).toMatchObject({ plan_id: 'pro_yearly', stripe_price_id: 'price_local_pro_yearly', status: 'active' });
      expect(await keptPlan()).toEqual({ plan_id: 'pro_yearly', voice: true, grace: false });

      await simControl(`/subscriptions/${subscriptionId}/renew`, { outcome: 'failed' });
      expect(await row()).toMatchObject({ status: 'past_due' });
      expect((await row()).past_due_since).not.toBeNull();
      expect(await keptPlan()).toEqual({ plan_id: 'pro_yearly', voice: true, grace: true }); // within the grace days
      const failed = await sql<Obj>(`select * from public.payment_history where subscription_id = $1 and status = 'failed'`, [
        subscriptionId,
      ]);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ failure_code: 'generic_decline', failure_message: 'Your card was declined.' });

      await simControl(`/customers/${customerId}/update_card`);
      expect(await row()).toMatchObject({ status: 'active' });
      expect(await keptPlan()).toEqual({ plan_id: 'pro_yearly', voice: true, grace: false });
      const [info] = await sql<Obj>('select card_brand, card_last4 from public.billing_information where user_id = $1', [user.user.id]);
      expect(info).toMatchObject({ card_brand: 'mastercard', card_last4: '4444' });
      const statuses = await sql<Obj>('select status from public.payment_history where subscription_id = $1 order by created_at', [
        subscriptionId,
      ]);
      expect(statuses.map((s) => s.status)).toEqual(['paid', 'paid', 'paid']); // create, switch, recovered renewal

      await act({ action: 'cancel_now' });
      expect(await row()).toMatchObject({ status: 'canceled' });
      expect((await row()).ended_at).not.toBeNull();
      expect(await keptPlan()).toEqual({ plan_id: 'free', voice: false, grace: false });
    });
  });

  describe('webhook', () => {
    it('bad signature → 400 invalid_signature and nothing written', async () => {
      const event = makeEvent('customer.subscription.created', { id: 'sub_forged', object: 'subscription' });
      const tampered = await postEvent(event, { tamper: true });
      expect(tampered).toEqual({ status: 400, body: { error: 'invalid_signature', message: expect.any(String) } });
      const wrongSecret = await postEvent(event, { secret: 'whsec_not_the_secret' });
      expect(wrongSecret.status).toBe(400);
      const unsigned = await fetch(`${(await import('./helpers.ts')).webhookUrl()}`, { method: 'POST', body: JSON.stringify(event) });
      expect(unsigned.status).toBe(400);
      expect(await eventRows(event.id)).toHaveLength(0);
    });

    it('a replayed event is stored once and processed once', async () => {
      const { subscriptionId } = await subscribedUser();
      const sub = await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`);
      const event = makeEvent('customer.subscription.updated', sub, { created: Math.floor(Date.now() / 1000) + 5 });
      const first = await postEvent(event);
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('processed');
      const second = await postEvent(event);
      expect(second).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
      expect(await eventRows(event.id)).toHaveLength(1);
      expect((await eventRows(event.id))[0]!.processed_at).not.toBeNull();
    });

    it('subscription.updated before created; deleted before updated: the database ends in Stripe’s state', async () => {
      const { subscriptionId } = await subscribedUser();
      const now = Math.floor(Date.now() / 1000);
      const sub = await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`);
      await postEvent(makeEvent('customer.subscription.updated', sub, { created: now + 10 }));
      const created = await postEvent(makeEvent('customer.subscription.created', { ...sub, status: 'incomplete' }, { created: now + 5 }));
      expect(created.status).toBe(200);
      expect((await sql<Obj>('select status from public.subscriptions where id = $1', [subscriptionId]))[0]!.status).toBe('active');

      // Cancel in Stripe; deliver "deleted" first, then an older "updated" still saying active.
      await stripeApi('DELETE', `/v1/subscriptions/${subscriptionId}`);
      const canceled = await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`);
      await postEvent(makeEvent('customer.subscription.deleted', canceled, { created: now + 30 }));
      const late = await postEvent(makeEvent('customer.subscription.updated', { ...sub, status: 'active' }, { created: now + 20 }));
      expect(late.status).toBe(200);
      expect((await sql<Obj>('select status from public.subscriptions where id = $1', [subscriptionId]))[0]!.status).toBe('canceled');
    });

    it('an event for a subscription the database has never seen creates it (created lost)', async () => {
      const { subscriptionId } = await subscribedUser();
      await sql('delete from public.subscriptions where id = $1', [subscriptionId]);
      const sub = await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`);
      expect((await postEvent(makeEvent('customer.subscription.updated', sub))).status).toBe(200);
      expect(await sql('select 1 from public.subscriptions where id = $1', [subscriptionId])).toHaveLength(1);
    });

    it('invoice for an unknown customer → 200, logged as ignored, nothing written', async () => {
      const stranger = await stripeApi('POST', '/v1/customers', { email: 'stranger@example.com' });
      const invoice = {
        id: 'in_unknowncustomer1',
        object: 'invoice',
        customer: stranger.id,
        status: 'paid',
        amount_paid: 1900,
        amount_due: 1900,
        currency: 'usd',
        parent: null,
        lines: { object: 'list', data: [] },
        created: Math.floor(Date.now() / 1000),
        status_transitions: {},
      };
      const result = await postEvent(makeEvent('invoice.paid', invoice));
      expect(result).toMatchObject({ status: 200, body: { status: 'ignored', reason: 'unknown_customer' } });
      expect(await sql('select 1 from public.payment_history where stripe_invoice_id = $1', [invoice.id])).toHaveLength(0);
    });

    it('unknown event types → 200', async () => {
      const result = await postEvent(makeEvent('charge.dispute.funds_withdrawn', { id: 'du_1', object: 'dispute' }));
      expect(result).toMatchObject({ status: 200, body: { received: true, reason: 'unhandled_event_type' } });
    });

    it('handles every documented type (checkout, subscription, invoice, customer, payment method events)', async () => {
      const { user, subscriptionId, customerId, checkout } = await subscribedUser();
      const sub = await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`);
      const invoice = await stripeApi('GET', `/v1/invoices/${sub.latest_invoice}`);
      const session = await stripeApi('GET', `/v1/checkout/sessions/${checkout.body.id}`);
      const pm = await stripeApi('GET', `/v1/payment_methods/${sub.default_payment_method}`);
      const customer = await stripeApi('POST', `/v1/customers/${customerId}`, { name: 'Renamed Person', phone: '+15555550100' });
      const types: [string, Obj][] = [
        ['checkout.session.completed', session],
        ['customer.subscription.created', sub],
        ['customer.subscription.updated', sub],
        ['invoice.paid', invoice],
        ['invoice.payment_failed', invoice],
        ['customer.updated', customer],
        ['payment_method.attached', pm],
        ['payment_method.updated', pm],
      ];
      for (const [type, object] of types) {
        const result = await postEvent(makeEvent(type, object));
        expect(result.status, `${type}: ${JSON.stringify(result.body)}`).toBe(200);
        expect(result.body.status, type).toBe('processed');
      }
      // invoice.payment_failed for an invoice Stripe says is paid: the re-fetch keeps it paid.
      expect((await sql<Obj>('select status from public.payment_history where stripe_invoice_id = $1', [invoice.id]))[0]!.status).toBe(
        'paid',
      );
      expect((await sql<Obj>('select name, phone from public.billing_information where user_id = $1', [user.user.id]))[0]).toEqual({
        name: 'Renamed Person',
        phone: '+15555550100',
      });

      await stripeApi('POST', `/v1/payment_methods/${pm.id}/detach`);
      const detached = await stripeApi('GET', `/v1/payment_methods/${pm.id}`);
      const result = await postEvent(makeEvent('payment_method.detached', detached, { previous_attributes: { customer: customerId } }));
      expect(result.status).toBe(200);
      expect(
        (await sql<Obj>('select card_last4 from public.billing_information where user_id = $1', [user.user.id]))[0]!.card_last4,
      ).toBeNull();

      await stripeApi('DELETE', `/v1/subscriptions/${subscriptionId}`);
      const deleted = await postEvent(
        makeEvent('customer.subscription.deleted', await stripeApi('GET', `/v1/subscriptions/${subscriptionId}`), {
          created: Math.floor(Date.now() / 1000) + 60,
        }),
      );
      expect(deleted.status).toBe(200);
    });
  });

  describe('quota and referrals', () => {
    const createInterview = (user: Signed) =>
      user.client.rpc('create_interview_session' as never, { p_job_role: 'Frontend Developer' } as never);

    it('a free user hits the monthly limit with a clear message; after the upgrade webhook they can create again', async () => {
      const user = await signedInUser('quota');
      const [free] = await sql<{ interviews_per_month: number }>(`select interviews_per_month from public.plans where id = 'free'`);
      for (let i = 0; i < free!.interviews_per_month; i++) {
        const { error } = await createInterview(user);
        expect(error, JSON.stringify(error)).toBeNull();
      }
      const { error: limited } = await createInterview(user);
      expect(limited?.message).toMatch(/Monthly interview limit reached/);
      expect(limited?.hint).toMatch(/Upgrade to Pro/);

      const checkout = await invoke(user, 'create-checkout-session', { plan: 'pro_monthly' });
      await payCheckout(checkout.body.url);
      const { error: afterUpgrade } = await createInterview(user);
      expect(afterUpgrade).toBeNull();
    });

    it('the referrer is rewarded exactly once when the referred user first pays; self-referral is impossible', async () => {
      const referrer = await signedInUser('referrer');
      const [{ referral_code: code }] = (await sql<{ referral_code: string }>(
        'select referral_code from public.user_profiles where id = $1',
        [referrer.user.id],
      )) as [{ referral_code: string }];
      const { error: self } = await referrer.client.rpc('claim_referral' as never, { p_referral_code: code } as never);
      expect(self?.message).toMatch(/own referral code/);

      const referred = await signedInUser('referred');
      const { error: claimError } = await referred.client.rpc('claim_referral' as never, { p_referral_code: code } as never);
      expect(claimError).toBeNull();
      const bonus = async () =>
        (await sql<{ bonus_interviews: number }>('select bonus_interviews from public.user_profiles where id = $1', [referrer.user.id]))[0]!
          .bonus_interviews;
      const before = await bonus();

      const checkout = await invoke(referred, 'create-checkout-session', { plan: 'pro_monthly' });
      await payCheckout(checkout.body.url);
      const afterFirst = await bonus();
      expect(afterFirst).toBeGreaterThan(before);

      // Redelivery and a second paid invoice (renewal) do not reward again.
      const [sub] = await sql<{ id: string }>('select id from public.subscriptions where user_id = $1', [referred.user.id]);
      await simControl(`/subscriptions/${sub!.id}/renew`, { outcome: 'paid' });
      const invoices = await stripeApi<StripeList>('GET', '/v1/invoices', { subscription: sub!.id });
      for (const invoice of invoices.data) await postEvent(makeEvent('invoice.paid', invoice));
      expect(await bonus()).toBe(afterFirst);
      const referral = await sql<Obj>('select status, reward_type from public.referrals where referred_user_id = $1', [referred.user.id]);
      expect(referral).toEqual([{ status: 'rewarded', reward_type: 'bonus_interviews' }]);
    });
  });
});
