import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const systemHealthSchema = z.object({
  captured_at: z.string(),
  status: z.string(),
  database_size_bytes: num,
  connections: num,
  table_rows: z
    .record(num)
    .nullable()
    .transform((v) => v ?? {}),
  slow_queries: z.array(z.object({ query: z.string(), calls: num, mean_ms: num, total_ms: num })).catch([]),
  ai_last_hour: z
    .array(
      z.object({ provider: z.string(), calls: num, errors: num, error_rate: numOrNull, p95_latency_ms: numOrNull, status: z.string() }),
    )
    .catch([]),
  ai_error_rate_last_hour: numOrNull,
  recent_ai_errors: z
    .array(
      z.object({
        created_at: z.string(),
        provider: z.string(),
        model: z.string().nullable(),
        operation: z.string(),
        error_type: z.string().nullable(),
        error_message: z.string().nullable(),
      }),
    )
    .catch([]),
  active_users_today: num,
  new_registrations_today: num,
});
export type SystemHealth = z.output<typeof systemHealthSchema>;

export async function getSystemHealth(): Promise<SystemHealth> {
  const result = throwIfError(await supabase.rpc('admin_system_health'), i18next.t('admin:errors.loadHealth'));
  return systemHealthSchema.parse(result.data);
}

export const systemHealthQueryOptions = () => queryOptions({ queryKey: adminKeys.health(), queryFn: getSystemHealth });

export function useSystemHealth() {
  return useQuery(systemHealthQueryOptions());
}
