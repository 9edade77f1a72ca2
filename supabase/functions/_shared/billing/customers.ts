// Exactly one Stripe customer per user, even on a double click:
//  1. the DB row (billing_information, primary key user_id) wins if it exists;
//  2. otherwise the customer is created with an idempotency key derived from the user id, so two
//     concurrent requests get the same customer back from Stripe;
//  3. the link is inserted with ON CONFLICT DO NOTHING and re-read; if another request stored a
//     different customer first (e.g. the idempotency key had expired), ours is deleted.
// A linked customer that was deleted in Stripe (dashboard, support) is replaced the same way:
// a new customer, then a compare-and-set of the link from the deleted id to the new one.
import type { Stripe } from './stripe.ts';
import type { BillingStore } from './store.ts';
import type { BillingUser } from './auth.ts';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Same user + same parameters → same key (Stripe rejects a reused key with different parameters). */
export async function customerIdempotencyKey(user: BillingUser): Promise<string> {
  return `interviewai-customer-${user.id}-${(await sha256Hex(`${user.email ?? ''}|${user.name ?? ''}`)).slice(0, 16)}`;
}

function customerParams(user: BillingUser) {
  return {
    ...(user.email ? { email: user.email } : {}),
    ...(user.name ? { name: user.name } : {}),
    metadata: { user_id: user.id },
  };
}

export async function ensureCustomer(stripe: Stripe, store: BillingStore, user: BillingUser): Promise<string> {
  const existing = await store.getBillingInfo(user.id);
  if (existing) return existing.stripe_customer_id;

  const customer = await stripe.customers.create(customerParams(user), { idempotencyKey: await customerIdempotencyKey(user) });
  const stored = await store.linkCustomer({
    user_id: user.id,
    stripe_customer_id: customer.id,
    email: user.email?.toLowerCase() ?? null,
    name: user.name,
  });
  return keepStored(stripe, user, stored.stripe_customer_id, customer.id);
}

/**
 * The user's linked customer no longer exists in Stripe: creates a new one and moves the link to it.
 * The idempotency key names the deleted customer, so a double click creates one replacement, and the
 * link only moves if it still points at the deleted customer (a concurrent replacement wins).
 */
export async function replaceDeletedCustomer(stripe: Stripe, store: BillingStore, user: BillingUser, deletedCustomerId: string) {
  const customer = await stripe.customers.create(customerParams(user), {
    idempotencyKey: `${await customerIdempotencyKey(user)}-replaces-${deletedCustomerId}`,
  });
  console.warn(`billing: customer ${deletedCustomerId} of user ${user.id} was deleted in Stripe; linking new customer ${customer.id}`);
  const stored = await store.replaceCustomer(deletedCustomerId, {
    user_id: user.id,
    stripe_customer_id: customer.id,
    email: user.email?.toLowerCase() ?? null,
    name: user.name,
  });
  return keepStored(stripe, user, stored.stripe_customer_id, customer.id);
}

/** Another request linked a different customer first: that one stands and ours is deleted. */
async function keepStored(stripe: Stripe, user: BillingUser, storedId: string, createdId: string): Promise<string> {
  if (storedId !== createdId) {
    console.warn(`billing: user ${user.id} already had customer ${storedId}; deleting duplicate ${createdId}`);
    await stripe.customers.del(createdId).catch((error: unknown) => console.error('billing: could not delete duplicate customer', error));
  }
  return storedId;
}
