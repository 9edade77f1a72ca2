import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const dailyActiveUsersRowSchema = z.object({ day: z.string(), active_users: num });
export type DailyActiveUsersRow = z.output<typeof dailyActiveUsersRowSchema>;

/** admin_analytics_daily_active_users (admin only, checked in SQL). */
export async function getDailyActiveUsers(): Promise<DailyActiveUsersRow[]> {
  const result = throwIfError(
    await supabase.rpc('admin_analytics_daily_active_users', { p_days: 30 }),
    i18next.t('admin:errors.loadChart'),
  );
  return z.array(dailyActiveUsersRowSchema).parse(result.data ?? []);
}

export const dailyActiveUsersQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_daily_active_users'), queryFn: getDailyActiveUsers });

export function useDailyActiveUsers() {
  return useQuery(dailyActiveUsersQueryOptions());
}
