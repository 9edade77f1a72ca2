import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '@/locales/en.json';

/** Languages the whole UI is translated into. Any other preference falls back to English. */
export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', de: 'Deutsch' };
export const DEFAULT_LANGUAGE: Language = 'en';

const STORAGE_KEY = 'interviewai.language';

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** `de-AT` → `de`; anything not translated → null. */
export function toSupportedLanguage(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isSupportedLanguage(base) ? base : null;
}

/** The browser's first supported language (navigator.languages order), else English. */
export function browserLanguage(): Language {
  const tags = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of tags) {
    const language = toSupportedLanguage(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

function rememberedLanguage(): Language | null {
  try {
    return toSupportedLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

// English ships with each feature's own chunk (registerNamespace); other languages are one lazy chunk
// each, loaded whole before they are shown so that no screen renders half-translated.
const languagePacks: Record<Exclude<Language, 'en'>, () => Promise<Resource[string]>> = {
  de: () => import('@/locales/packs/de').then((m) => m.default),
};
const loadedPacks = new Set<Language>(['en']);

async function ensureLanguagePack(language: Language): Promise<void> {
  if (loadedPacks.has(language)) return;
  const pack = await languagePacks[language as Exclude<Language, 'en'>]();
  for (const [namespace, bundle] of Object.entries(pack)) {
    i18next.addResourceBundle(language, namespace, bundle, true, true, { silent: false, skipCopy: true });
  }
  loadedPacks.add(language);
}

void i18next.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  defaultNS: 'common',
  fallbackNS: 'common',
  ns: ['common'],
  resources: { en: { common } },
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  react: { useSuspense: false },
});

/** Adds a feature's English strings (bundled with the feature); call once at module level. */
export function registerNamespace(namespace: string, english: ResourceLanguage[string]): string {
  // No copy: i18next would deep-copy every bundle (JSON round trip), on the start-up's main thread; these
  // are module constants that nothing writes to.
  if (!i18next.hasResourceBundle('en', namespace))
    i18next.addResourceBundle('en', namespace, english, false, false, { silent: false, skipCopy: true });
  return namespace;
}

/** Switches the UI language (loading its strings first), remembers it on this device, updates <html lang>. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLanguagePack(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the profile still carries the preference
  }
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** The language the UI starts in: the one remembered on this device, else the browser's. */
export function startLanguage(): Language {
  return rememberedLanguage() ?? browserLanguage();
}

/** Before the first render: the language remembered on this device, else the browser's. */
export async function startI18n(): Promise<void> {
  await setLanguage(startLanguage()).catch(() => setLanguage(DEFAULT_LANGUAGE));
}

export function currentLanguage(): Language {
  return toSupportedLanguage(i18next.language) ?? DEFAULT_LANGUAGE;
}

export { i18next };
