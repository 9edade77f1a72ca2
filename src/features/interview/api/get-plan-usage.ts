import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, GENERIC_ERROR_MESSAGE, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export const planUsageSchema = z.object({
  plan_id: z.string(),
  plan_name: z.string(),
  features: z
    .object({ voice: z.boolean().optional(), coach_chat: z.boolean().optional() })
    .passthrough()
    .nullable()
    .transform((value) => value ?? {}),
  interviews_used: z.number(),
  interviews_limit: z.number().nullable(),
  interviews_remaining: z.number().nullable(),
  bonus_interviews: z
    .number()
    .nullable()
    .transform((value) => value ?? 0),
  period_end: z.string().nullable(),
});
export type PlanUsage = z.infer<typeof planUsageSchema>;

/** get_plan_usage: the plan, its features and this month's interview count. */
export async function getPlanUsage(): Promise<PlanUsage> {
  const { data, error, status } = await supabase.rpc('get_plan_usage');
  if (error) throw fromPostgrestError(error, "We couldn't load your plan usage.", status);
  const parsed = planUsageSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(GENERIC_ERROR_MESSAGE, { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export const planUsageQueryOptions = () => queryOptions({ queryKey: ['dashboard', 'plan-usage'], queryFn: getPlanUsage });

export function usePlanUsage() {
  return useQuery(planUsageQueryOptions());
}
