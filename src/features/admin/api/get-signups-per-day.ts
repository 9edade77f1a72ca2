import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const signupsPerDayRowSchema = z.object({ day: z.string(), signups: num });
export type SignupsPerDayRow = z.output<typeof signupsPerDayRowSchema>;

/** admin_analytics_signups_per_day (admin only, checked in SQL). */
export async function getSignupsPerDay(): Promise<SignupsPerDayRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_signups_per_day', { p_days: 30 }), i18next.t('admin:errors.loadChart'));
  return z.array(signupsPerDayRowSchema).parse(result.data ?? []);
}

export const signupsPerDayQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_signups_per_day'), queryFn: getSignupsPerDay });

export function useSignupsPerDay() {
  return useQuery(signupsPerDayQueryOptions());
}
