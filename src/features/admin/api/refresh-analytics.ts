import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

/** Recomputes the analytics aggregates (materialized views); returns when it ran. */
export async function refreshAnalytics(): Promise<string | null> {
  const result = throwIfError(await supabase.rpc('admin_refresh_analytics'), "We couldn't refresh analytics.");
  return typeof result.data === 'string' ? result.data : null;
}

export function useRefreshAnalytics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'refresh-analytics'],
    mutationFn: refreshAnalytics,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'analytics'] }),
  });
}
