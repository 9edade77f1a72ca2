import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'interviewai.theme';
/** Dispatched on window when the theme is changed elsewhere (e.g. saved in settings), so the toggle resyncs. */
export const THEME_CHANGE_EVENT = 'interviewai:themechange';
const ORDER: ThemePreference[] = ['system', 'light', 'dark'];
const ICONS: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Applies the preference as `data-theme` on <html>; "system" follows prefers-color-scheme. */
export function applyTheme(preference: ThemePreference) {
  const root = document.documentElement;
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
  try {
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage may be unavailable (private mode); the attribute still applies for this visit.
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener(THEME_CHANGE_EVENT, onChange);
  return () => window.removeEventListener(THEME_CHANGE_EVENT, onChange);
}

// Prerendered HTML has no stored preference; hydration starts from it and then shows the stored one.
const serverPreference = (): ThemePreference => 'system';

export function ThemeToggle() {
  const { t } = useTranslation();
  const preference = useSyncExternalStore(subscribe, readPreference, serverPreference);

  const next = ORDER[(ORDER.indexOf(preference) + 1) % ORDER.length] ?? 'system';
  return (
    <button
      type="button"
      className="btn btn--ghost btn--sm theme-toggle"
      onClick={() => {
        applyTheme(next);
        window.dispatchEvent(new Event(THEME_CHANGE_EVENT));
      }}
      aria-label={t('theme.toggleLabel', { current: t(`theme.${preference}`), next: t(`theme.${next}`) })}
      title={t('theme.title', { current: t(`theme.${preference}`) })}
    >
      <span aria-hidden="true">{ICONS[preference]}</span>
    </button>
  );
}
