import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

const countsSchema = z.record(z.union([z.number(), z.string()]).transform(Number)).catch({});
export const lifecycleResultSchema = z.object({ archived: countsSchema, purged: countsSchema, ran_at: z.string().optional() });
export type LifecycleResult = z.output<typeof lifecycleResultSchema>;

/** Archives old interviews/chats and purges expired analytics now (normally scheduled). */
export async function runLifecycle(): Promise<LifecycleResult> {
  const result = throwIfError(await supabase.rpc('admin_run_lifecycle'), i18next.t('admin:errors.runLifecycle'));
  return lifecycleResultSchema.parse(result.data);
}

export function useRunLifecycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'run-lifecycle'],
    mutationFn: runLifecycle,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
