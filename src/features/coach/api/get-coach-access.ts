import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

const schema = z.object({ plan_name: z.string(), features: z.record(z.unknown()).nullable().catch({}) });

/** Whether the user's plan includes the coach (plans.features.coach_chat). */
export async function getCoachAccess(): Promise<{ allowed: boolean; planName: string }> {
  const result = throwIfError(await supabase.rpc('get_plan_usage'), "We couldn't check your plan. Please try again.");
  const data = schema.parse(result.data);
  return { allowed: data.features?.coach_chat === true, planName: data.plan_name };
}

export const coachAccessQueryOptions = () => queryOptions({ queryKey: ['coach', 'access'] as const, queryFn: getCoachAccess });

export function useCoachAccess() {
  return useQuery(coachAccessQueryOptions());
}
