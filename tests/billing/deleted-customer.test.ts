// A Stripe customer deleted outside the app (dashboard, support, a cleanup script) must not break
// checkout: create-checkout-session makes a new customer, moves the user's link to it and carries on.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, sql } from '../helpers/stack.ts';
import { ensureLocalPrices, simulatorUrl, stripeApi, type Obj, type StripeCustomer } from './helpers.ts';

async function checkout(user: Awaited<ReturnType<typeof signedInUser>>) {
  const { data, error } = await user.client.functions.invoke('create-checkout-session', { body: { plan: 'pro_monthly' } });
  if (!error) return { status: 200, body: data as Obj };
  const response = (error as { context?: Response }).context;
  return { status: response?.status ?? 0, body: ((await response?.json().catch(() => ({}))) ?? {}) as Obj };
}

async function linkedCustomer(userId: string) {
  const rows = await sql<{ stripe_customer_id: string }>('select stripe_customer_id from public.billing_information where user_id = $1', [
    userId,
  ]);
  return rows[0]?.stripe_customer_id;
}

describe('checkout when the linked Stripe customer was deleted', () => {
  beforeAll(ensureLocalPrices);

  it('creates a new customer, re-links the user to it and returns a checkout page', async () => {
    const user = await signedInUser('deleted-customer');
    const first = await checkout(user);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const original = await linkedCustomer(user.user.id);
    expect(original).toMatch(/^cus_/);

    expect((await stripeApi('DELETE', `/v1/customers/${original}`)).deleted).toBe(true);
    await sql(`update public.billing_information set card_brand = 'visa', card_last4 = '4242' where user_id = $1`, [user.user.id]);

    const second = await checkout(user);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.url).toMatch(new RegExp(`^${simulatorUrl()}/checkout/cs_test_`));
    const replacement = await linkedCustomer(user.user.id);
    expect(replacement).toMatch(/^cus_/);
    expect(replacement).not.toBe(original);
    const customer = await stripeApi<StripeCustomer>('GET', `/v1/customers/${replacement}`);
    expect(customer.metadata.user_id).toBe(user.user.id);
    expect(customer.email).toBe(user.email.toLowerCase());
    const session = await stripeApi('GET', `/v1/checkout/sessions/${second.body.id}`);
    expect(session.customer).toBe(replacement);
    // the deleted customer's card is not shown as the user's card any more
    const [row] = await sql('select card_brand, card_last4 from public.billing_information where user_id = $1', [user.user.id]);
    expect(row).toEqual({ card_brand: null, card_last4: null });

    // the next checkout reuses the replacement
    const third = await checkout(user);
    expect(third.status).toBe(200);
    expect(await linkedCustomer(user.user.id)).toBe(replacement);
  });
});
