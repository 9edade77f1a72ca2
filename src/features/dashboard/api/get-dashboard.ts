import i18next from 'i18next';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useMyUserId } from '@/features/auth';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { planUsageQueryOptions, planUsageSchema } from '@/lib/plan-usage';
import { supabase } from '@/lib/supabase';
import { yieldToMain } from '@/lib/yield-to-main';
import '../i18n';
import { dashboardKeys } from './keys';
import { historyRowSchema, recentInterviewsQueryOptions } from './get-recent-interviews';
import { latestGapPerSkill, skillGapSummaryQueryOptions } from './get-skill-gap-summary';
import { userStatsQueryOptions, userStatsSchema } from './get-user-stats';

const dashboardSchema = z.object({
  stats: z.unknown(),
  plan_usage: z.unknown(),
  recent_interviews: z.unknown(),
  skill_gaps: z.unknown(),
});

/**
 * get_dashboard: the statistics, plan usage, latest interviews and skill gaps in one request. Each part
 * goes into its own query (the keys the rest of the app refreshes), when it is valid; a part that is not
 * is then fetched by its own query as before.
 */
export async function loadDashboard(client: QueryClient, userId: string): Promise<true> {
  const { data, error, status } = await supabase.rpc('get_dashboard');
  if (error) throw fromPostgrestError(error, i18next.t('dashboard:apiErrors.loadStats'), status);
  const parts = dashboardSchema.safeParse(data);
  if (!parts.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parts.error });
  const { stats, plan_usage, recent_interviews, skill_gaps } = parts.data;
  // One part per task: validating all four at once is one long task on a phone (zod's first runs over a
  // schema are slow). The queries get their parts together, so the page never renders half of them.
  const statsPart = userStatsSchema.safeParse(stats);
  const planUsagePart = planUsageSchema.safeParse(plan_usage);
  await yieldToMain();
  const recentPart = z.array(historyRowSchema).safeParse(recent_interviews);
  await yieldToMain();
  const gapsPart = userId !== '' ? latestGapPerSkill(skill_gaps) : null;
  const seed = <T>(key: readonly unknown[], parsed: { success: true; data: T } | { success: false }) => {
    if (parsed.success) client.setQueryData(key, parsed.data);
  };
  seed(userStatsQueryOptions().queryKey, statsPart);
  seed(planUsageQueryOptions().queryKey, planUsagePart);
  seed(recentInterviewsQueryOptions().queryKey, recentPart);
  if (gapsPart) seed(skillGapSummaryQueryOptions(userId).queryKey, gapsPart);
  return true;
}

export const dashboardQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: dashboardKeys.page(userId),
    queryFn: ({ client }) => loadDashboard(client, userId),
    enabled: userId !== '',
    retry: false, // on failure each part is asked for on its own, with its own retries and error
  });

/**
 * The dashboard's four parts. They wait while the one request for all of them runs and then read what
 * it put into their queries; only a part it could not give (or a later refresh) asks on its own.
 */
export function useDashboardData() {
  const userId = useMyUserId();
  const page = useQuery(dashboardQueryOptions(userId));
  const settled = !page.isFetching;
  return {
    stats: useQuery({ ...userStatsQueryOptions(), enabled: settled }),
    planUsage: useQuery({ ...planUsageQueryOptions(), enabled: settled }),
    recent: useQuery({ ...recentInterviewsQueryOptions(), enabled: settled }),
    gaps: useQuery({ ...skillGapSummaryQueryOptions(userId), enabled: settled && userId !== '' }),
  };
}
