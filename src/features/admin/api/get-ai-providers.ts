import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const aiProvidersRowSchema = z.object({
  provider: z.string(),
  calls: num,
  errors: num,
  error_rate: numOrNull,
  fallbacks: num,
  average_latency_ms: numOrNull,
  p95_latency_ms: numOrNull,
  total_tokens: numOrNull,
  total_cost_usd: numOrNull,
});
export type AiProvidersRow = z.output<typeof aiProvidersRowSchema>;

/** admin_analytics_ai_providers (admin only, checked in SQL). */
export async function getAiProviders(): Promise<AiProvidersRow[]> {
  const result = throwIfError(await supabase.rpc('admin_analytics_ai_providers', { p_days: 30 }), i18next.t('admin:errors.loadChart'));
  return z.array(aiProvidersRowSchema).parse(result.data ?? []);
}

export const aiProvidersQueryOptions = () =>
  queryOptions({ queryKey: adminKeys.analytics('admin_analytics_ai_providers'), queryFn: getAiProviders });

export function useAiProviders() {
  return useQuery(aiProvidersQueryOptions());
}
