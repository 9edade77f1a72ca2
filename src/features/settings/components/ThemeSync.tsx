import { useEffect } from 'react';
import { useAuth } from '@/features/auth';
import { setLanguage } from '@/lib/i18n';
import { useMyDisplayPreferences } from '../api/get-my-display-preferences';
import { syncSavedTheme } from '../lib/theme';

/** Mounted in the layout: applies the signed-in user's saved theme and language on this device. Renders nothing. */
export function ThemeSync() {
  const { user } = useAuth();
  const preferences = useMyDisplayPreferences(user?.id ?? '');
  const theme = preferences.data?.theme;
  const language = preferences.data?.language;
  useEffect(() => {
    if (theme) syncSavedTheme(theme);
  }, [theme]);
  useEffect(() => {
    if (language) void setLanguage(language);
  }, [language]);
  return null;
}
