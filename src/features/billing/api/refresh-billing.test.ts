import { describe, expect, it, vi } from 'vitest';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { planUsageQueryOptions } from '@/lib/plan-usage';
import { interviewKeys } from '@/lib/query-keys/interviews';
import { createTestQueryClient } from '@/test/render';
import { billingInformationQueryOptions } from './get-billing-information';
import { subscriptionQueryOptions } from './get-subscription';
import { paymentHistoryQueryOptions } from './list-payment-history';
import { plansQueryOptions } from './list-plans';
import { refreshBilling } from './refresh-billing';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const USER = '11111111-1111-4111-8111-111111111111';

function cached(client: QueryClient, keys: QueryKey[]) {
  for (const key of keys) client.setQueryData(key, { cached: true });
}
const invalidated = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated;

describe('refreshing billing after Checkout or the portal', () => {
  it('refreshes every read of the plan and subscription, in every feature, and nothing else', async () => {
    const client = createTestQueryClient();
    // The plan usage is the query the dashboard, the new-interview form and the coach read too.
    const billing = [
      planUsageQueryOptions().queryKey,
      subscriptionQueryOptions(USER).queryKey,
      billingInformationQueryOptions(USER).queryKey,
      paymentHistoryQueryOptions(USER).queryKey,
      plansQueryOptions().queryKey,
    ];
    cached(client, [...billing, interviewKeys.recent()]);

    await refreshBilling(client);

    for (const key of billing) expect(invalidated(client, key), JSON.stringify(key)).toBe(true);
    expect(invalidated(client, interviewKeys.recent())).toBe(false);
  });
});
