import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const completionRateRowSchema = z.object({ total_sessions: num, completed_sessions: num, completion_rate: numOrNull });
export type CompletionRateRow = z.output<typeof completionRateRowSchema>;

/** admin_analytics_completion_rate (admin only, checked in SQL). */
export async function getCompletionRate(): Promise<CompletionRateRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_completion_rate'), i18next.t('admin:errors.loadChart'));
  return z.array(completionRateRowSchema).parse(result.data ?? []);
}

export const completionRateQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_completion_rate'), queryFn: getCompletionRate });

export function useCompletionRate() {
  return useQuery(completionRateQueryOptions());
}
