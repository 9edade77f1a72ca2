/**
 * The plan ids the SPA refers to by name. Everything else about a plan (name, price, currency, limits,
 * features) is read from the `plans` table (`usePlans` in the billing feature) and never written here.
 */
export const PLAN_IDS = {
  free: 'free',
  proMonthly: 'pro_monthly',
  proYearly: 'pro_yearly',
} as const;

/** The plans a person can buy through checkout (create-checkout-session accepts exactly these). */
export const PAID_PLAN_IDS = [PLAN_IDS.proMonthly, PLAN_IDS.proYearly] as const;
export type PaidPlanId = (typeof PAID_PLAN_IDS)[number];

export function isPaidPlanId(id: string | null | undefined): id is PaidPlanId {
  return (PAID_PLAN_IDS as readonly (string | null | undefined)[]).includes(id);
}

export const isFreePlan = (id: string | null | undefined): boolean => id === PLAN_IDS.free;

/** Whole months a yearly price saves against twelve monthly ones (0 when it saves none). */
export function monthsFreePerYear(monthlyCents: number, yearlyCents: number): number {
  if (monthlyCents <= 0) return 0;
  return Math.max(0, Math.round(12 - yearlyCents / monthlyCents));
}
