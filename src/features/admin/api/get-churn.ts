import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const churnRowSchema = z.object({ month: z.string(), active_at_start: num, churned: num, churn_rate: numOrNull });
export type ChurnRow = z.output<typeof churnRowSchema>;

/** admin_analytics_churn (admin only, checked in SQL). */
export async function getChurn(): Promise<ChurnRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_churn', { p_months: 6 }), i18next.t('admin:errors.loadChart'));
  return z.array(churnRowSchema).parse(result.data ?? []);
}

export const churnQueryOptions = () => queryOptions({ queryKey: adminKeys.analytics('admin_analytics_churn'), queryFn: getChurn });

export function useChurn() {
  return useQuery(churnQueryOptions());
}
