import { useEffect } from 'react';
import { useAuth } from '@/features/auth';
import { useMyTheme } from '../api/get-my-theme';
import { syncSavedTheme } from '../lib/theme';

/** Mounted in the layout: applies the signed-in user's saved theme on this device. Renders nothing. */
export function ThemeSync() {
  const { user } = useAuth();
  const theme = useMyTheme(user?.id ?? '');
  useEffect(() => {
    if (theme.data) syncSavedTheme(theme.data);
  }, [theme.data]);
  return null;
}
