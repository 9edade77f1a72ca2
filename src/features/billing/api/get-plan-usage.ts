import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export const planUsageSchema = z.object({
  plan_id: z.string(),
  plan_name: z.string(),
  features: z.record(z.unknown()).nullable().catch({}),
  interviews_used: z.number(),
  interviews_limit: z.number().nullable(),
  interviews_remaining: z.number().nullable(),
  bonus_interviews: z.number().nullable(),
  period_start: z.string(),
  period_end: z.string(),
  subscription_id: z.string().nullable(),
  subscription_status: z.string().nullable(),
  cancel_at_period_end: z.boolean().nullable(),
  current_period_end: z.string().nullable(),
  past_due: z.boolean().nullable(),
  grace_until: z.string().nullable(),
});
export type PlanUsage = z.output<typeof planUsageSchema>;

/** The plan in force, this month's usage and the subscription summary (get_plan_usage). */
export async function getPlanUsage(): Promise<PlanUsage> {
  const result = throwIfError(await supabase.rpc('get_plan_usage'), "We couldn't load your plan. Please try again.");
  return planUsageSchema.parse(result.data);
}

export const planUsageQueryOptions = () => queryOptions({ queryKey: ['billing', 'usage'] as const, queryFn: getPlanUsage });

export function usePlanUsage() {
  return useQuery(planUsageQueryOptions());
}
