import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadSupabaseClient } from '@/lib/supabase-loader';

export type ThemePreference = 'system' | 'light' | 'dark';

/** The saved theme preference (user_profiles.preferences.theme). Used app-wide from the layout. */
export async function getMyTheme(userId: string): Promise<ThemePreference | null> {
  // Layout code: load the client on demand so supabase-js stays out of the first load.
  const supabase = await loadSupabaseClient();
  const { data, error } = await supabase.from('user_profiles').select('preferences').eq('id', userId).maybeSingle();
  if (error || !data) return null;
  const theme = (data.preferences as { theme?: unknown } | null)?.theme;
  return theme === 'light' || theme === 'dark' || theme === 'system' ? theme : null;
}

export function myThemeQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['settings', 'theme', userId] as const,
    queryFn: () => getMyTheme(userId),
    enabled: userId !== '',
    staleTime: Infinity,
  });
}

export function useMyTheme(userId: string) {
  return useQuery(myThemeQueryOptions(userId));
}
