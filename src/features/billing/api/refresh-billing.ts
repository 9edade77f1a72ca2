import type { QueryClient } from '@tanstack/react-query';
import { billingKeys } from '@/lib/query-keys/billing';

/**
 * After Checkout or the Customer Portal, Stripe's webhook changes the plan, the month's allowance, the
 * subscription, the card and the payments together: refresh every read of them, in every feature.
 */
export function refreshBilling(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: billingKeys.all });
}
