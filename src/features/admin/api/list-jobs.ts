import i18next from 'i18next';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

export const scheduledJobSchema = z.object({
  name: z.string(),
  schedule: z.string(),
  description: z.string(),
  edge_function: z.string().nullable(),
  last_started_at: z.string().nullable(),
  last_finished_at: z.string().nullable(),
  last_outcome: z.enum(['ok', 'error', 'skipped']).nullable().catch(null),
  last_message: z.string().nullable(),
  last_duration_ms: z.number().nullable(),
  next_run_at: z.string().nullable(),
  pg_cron_available: z.boolean(),
  /** null when pg_cron is not installed (the local stack's scheduler runs the jobs then). */
  cron_scheduled: z.boolean().nullable(),
});
export type ScheduledJob = z.output<typeof scheduledJobSchema>;

export async function listJobs(): Promise<ScheduledJob[]> {
  const result = throwIfError(await supabase.rpc('admin_list_jobs'), i18next.t('admin:errors.loadJobs'));
  return z.array(scheduledJobSchema).parse(result.data ?? []);
}

export const jobsQuery = () => queryOptions({ queryKey: adminKeys.jobs(), queryFn: listJobs, refetchInterval: 60_000 });
export const useJobs = () => useQuery(jobsQuery());

export const jobRunSchema = z.object({ outcome: z.enum(['ok', 'error', 'skipped']), message: z.string().optional() });

export async function runJob(name: string) {
  const result = throwIfError(await supabase.rpc('admin_run_job', { p_name: name }), i18next.t('admin:errors.runJob'));
  return jobRunSchema.parse(result.data);
}

export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'run-job'],
    mutationFn: runJob,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: adminKeys.jobs() }),
  });
}
