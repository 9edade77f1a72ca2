import { applyTheme, THEME_CHANGE_EVENT, type ThemePreference } from '@/components/ThemeToggle';

/** Last server value applied on this device: header-toggle choices stick until the saved setting changes. */
const SYNCED_KEY = 'interviewai.theme.synced';

/** Applies a theme app-wide (`data-theme` on <html>) and tells the header toggle. */
export function setAppTheme(theme: ThemePreference) {
  applyTheme(theme);
  try {
    localStorage.setItem(SYNCED_KEY, theme);
  } catch {
    // ignore
  }
  window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
}

/** Applies the saved preference when it differs from the one last synced on this device. */
export function syncSavedTheme(saved: ThemePreference) {
  let last: string | null = null;
  try {
    last = localStorage.getItem(SYNCED_KEY);
  } catch {
    // ignore
  }
  if (last !== saved) setAppTheme(saved);
}
