import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const mrrRowSchema = z.object({ plan_id: z.string().nullable(), active_subscriptions: num, mrr_cents: num });
export type MrrRow = z.output<typeof mrrRowSchema>;

/** admin_analytics_mrr (admin only, checked in SQL). */
export async function getMrr(): Promise<MrrRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_mrr'), i18next.t('admin:errors.loadChart'));
  return z.array(mrrRowSchema).parse(result.data ?? []);
}

export const mrrQueryOptions = () => queryOptions({ queryKey: adminKeys.analytics('admin_analytics_mrr'), queryFn: getMrr });

export function useMrr() {
  return useQuery(mrrQueryOptions());
}
