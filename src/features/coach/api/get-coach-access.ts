import { useQuery } from '@tanstack/react-query';
import { planUsageQueryOptions, type PlanUsage } from '@/lib/plan-usage';

/** Whether the user's plan includes the coach (plans.features.coach_chat). */
export function coachAccess(usage: PlanUsage): { allowed: boolean; planName: string } {
  return { allowed: usage.features.coach_chat === true, planName: usage.plan_name };
}

export function useCoachAccess() {
  return useQuery({ ...planUsageQueryOptions(), select: coachAccess });
}
