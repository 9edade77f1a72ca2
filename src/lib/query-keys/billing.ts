/**
 * The user's plan and subscription: what get_plan_usage reports (read by every feature that shows or checks
 * the plan), the subscription row, the card, the payments and the price list. One prefix, so anything that
 * changes the plan or the month's usage refreshes every view of it with `billingKeys.all`.
 */
export const billingKeys = {
  all: ['billing'] as const,
  planUsage: () => [...billingKeys.all, 'plan-usage'] as const,
  plans: () => [...billingKeys.all, 'plans'] as const,
  subscription: (userId: string) => [...billingKeys.all, 'subscription', userId] as const,
  information: (userId: string) => [...billingKeys.all, 'information', userId] as const,
  payments: (userId: string) => [...billingKeys.all, 'payments', userId] as const,
};
