import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const featureUsageRowSchema = z.object({ feature: z.string(), users: num, uses: num });
export type FeatureUsageRow = z.output<typeof featureUsageRowSchema>;

/** admin_analytics_feature_usage over the last 30 days (admin only, checked in SQL). */
export async function getFeatureUsage(): Promise<FeatureUsageRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_feature_usage', {}), i18next.t('admin:errors.loadFeatureUsage'));
  return z.array(featureUsageRowSchema).parse(result.data ?? []);
}

export const featureUsageQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_feature_usage'), queryFn: getFeatureUsage });

export function useFeatureUsage() {
  return useQuery(featureUsageQueryOptions());
}
