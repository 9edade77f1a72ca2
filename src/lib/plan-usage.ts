/**
 * get_plan_usage, read once for every feature that shows or checks the plan (dashboard, new interview,
 * billing, coach): one schema and one cache key (`billingKeys.planUsage()`), so that anything that changes the
 * plan or the month's usage refreshes all of them by invalidating it (or `billingKeys.all`).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from './errors';
import { supabase } from './supabase';
import { billingKeys } from './query-keys/billing';

export const planUsageSchema = z.object({
  plan_id: z.string(),
  plan_name: z.string(),
  features: z
    .object({ voice: z.boolean().optional(), coach_chat: z.boolean().optional() })
    .passthrough()
    .nullable()
    .catch({})
    .transform((value) => value ?? {}),
  interviews_used: z.number(),
  interviews_limit: z.number().nullable(),
  interviews_remaining: z.number().nullable(),
  bonus_interviews: z
    .number()
    .nullable()
    .transform((value) => value ?? 0),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  subscription_id: z.string().nullable(),
  subscription_status: z.string().nullable(),
  cancel_at_period_end: z.boolean().nullable(),
  current_period_end: z.string().nullable(),
  past_due: z.boolean().nullable(),
  grace_until: z.string().nullable(),
});
export type PlanUsage = z.output<typeof planUsageSchema>;

/** The plan in force, its features, this month's usage and the subscription summary. */
export async function getPlanUsage(): Promise<PlanUsage> {
  const { data, error, status } = await supabase.rpc('get_plan_usage');
  if (error) throw fromPostgrestError(error, "We couldn't load your plan. Please try again.", status);
  const parsed = planUsageSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export const planUsageQueryOptions = () => queryOptions({ queryKey: billingKeys.planUsage(), queryFn: getPlanUsage });

export function usePlanUsage() {
  return useQuery(planUsageQueryOptions());
}
