import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

/** Recomputes the analytics aggregates (materialized views); returns when it ran. */
export async function refreshAnalytics(): Promise<string | null> {
  const result = throwIfError(await supabase.rpc('admin_refresh_analytics'), i18next.t('admin:errors.refreshAnalytics'));
  return typeof result.data === 'string' ? result.data : null;
}

export function useRefreshAnalytics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'refresh-analytics'],
    mutationFn: refreshAnalytics,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.analyticsAll() }),
  });
}
