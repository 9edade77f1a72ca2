// Bench users: signed up through the real auth API, then made Pro (unlimited interviews) by the service
// role the way a processed Stripe webhook leaves them: an active pro_monthly subscription row.
import { randomUUID } from 'node:crypto';
import { CallFailed, timedCall } from './http.ts';
import { ipFor, type Api, type Session, type VirtualUser } from './api.ts';
import type { Recorder } from './recorder.ts';

export const emailFor = (runId: string, index: number) => `load-${runId}-${index}@example.com`;

export function userFrom(index: number, email: string, session: Session): VirtualUser {
  return {
    index,
    email,
    id: session.user.id,
    accessToken: session.access_token,
    refreshToken: session.refresh_token,
    ip: ipFor(index),
  };
}

/** Runs `task` over `items` with at most `limit` in flight (setup work that is not being measured). */
export async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Signs up users a few at a time (setup: the ones the sign-up burst did not create). A burst sign-up
 * that timed out on the client may still have landed: then the user signs in instead.
 */
export async function signUpUsers(api: Api, runId: string, indexes: number[]): Promise<VirtualUser[]> {
  return mapLimited(indexes, 4, async (index) => {
    const email = emailFor(runId, index);
    try {
      return userFrom(index, email, await api.signUp('setup: sign-up', email, ipFor(index)));
    } catch (error) {
      if (!(error instanceof CallFailed && error.summary.includes('user_already_exists'))) throw error;
      return userFrom(index, email, await api.passwordGrant('setup: sign-in', email, ipFor(index)));
    }
  });
}

/** One active Pro subscription per user, inserted in one request with the service role key. */
export async function makePro(api: Api, setup: Recorder, users: VirtualUser[]): Promise<void> {
  const rows = users.map((user) => ({
    id: `sub_load${randomUUID().replaceAll('-', '')}`,
    user_id: user.id,
    stripe_customer_id: `cus_load${randomUUID().replaceAll('-', '').slice(0, 14)}`,
    plan_id: 'pro_monthly',
    status: 'active',
  }));
  await timedCall(setup, 'setup: pro subscriptions', `${api.stack.apiUrl}/rest/v1/subscriptions`, {
    headers: { apikey: api.stack.serviceRoleKey, authorization: `Bearer ${api.stack.serviceRoleKey}`, prefer: 'return=minimal' },
    body: rows,
    timeoutMs: 60_000,
  });
}
