import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAuth } from '@/features/auth';
import { loadSupabaseClient } from '@/lib/supabase-loader';
import { adminKeys } from './keys';

/**
 * Whether the signed-in user is an active admin (user_profiles.role). Only decides what the UI shows;
 * every admin RPC checks the role in SQL. Used by the layout, so the client is loaded on demand.
 */
export async function getIsAdmin(userId: string): Promise<boolean> {
  const supabase = await loadSupabaseClient();
  const { data, error } = await supabase.from('user_profiles').select('role,status').eq('id', userId).maybeSingle();
  if (error) throw error;
  return data?.role === 'admin' && data.status === 'active';
}

export const isAdminQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: adminKeys.isAdmin(userId),
    queryFn: () => getIsAdmin(userId),
    enabled: userId !== '',
    staleTime: 5 * 60_000,
  });

export function useIsAdmin() {
  const { user } = useAuth();
  return useQuery(isAdminQueryOptions(user?.id ?? ''));
}
