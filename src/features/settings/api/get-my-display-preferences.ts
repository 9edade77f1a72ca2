import { queryOptions, useQuery } from '@tanstack/react-query';
import { toSupportedLanguage, type Language } from '@/lib/i18n';
import { loadSupabaseClient } from '@/lib/supabase-loader';
import { profileKeys } from '@/lib/query-keys/profile';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface DisplayPreferences {
  theme: ThemePreference | null;
  /** A translated UI language; null when the saved preference is one the UI doesn't have. */
  language: Language | null;
  /** The profile picture's public URL (shown in the header), if one was uploaded. */
  avatarUrl: string | null;
}

/** The saved theme and language (user_profiles.preferences) and the avatar: what the layout shows on every page. */
export async function getMyDisplayPreferences(userId: string): Promise<DisplayPreferences | null> {
  // Layout code: load the client on demand so supabase-js stays out of the first load.
  const supabase = await loadSupabaseClient();
  const { data, error } = await supabase.from('user_profiles').select('preferences, avatar_url').eq('id', userId).maybeSingle();
  if (error || !data) return null;
  const preferences = (data.preferences ?? {}) as { theme?: unknown; language?: unknown };
  const theme = preferences.theme;
  return {
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : null,
    language: typeof preferences.language === 'string' ? toSupportedLanguage(preferences.language) : null,
    avatarUrl: typeof data.avatar_url === 'string' && data.avatar_url !== '' ? data.avatar_url : null,
  };
}

export function myDisplayPreferencesQueryOptions(userId: string) {
  return queryOptions({
    queryKey: profileKeys.displayPreferences(userId),
    queryFn: () => getMyDisplayPreferences(userId),
    enabled: userId !== '',
    staleTime: Infinity,
  });
}

export function useMyDisplayPreferences(userId: string) {
  return useQuery(myDisplayPreferencesQueryOptions(userId));
}
