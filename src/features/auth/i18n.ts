import { useTranslation } from 'react-i18next';
import { registerNamespace } from '@/lib/i18n';
import en from './locales/en.json';

export const namespace = registerNamespace('auth', en);

/** This feature's strings (src/features/auth/locales); keys prefixed `common:` reach the shared ones. */
export const useT = () => useTranslation(namespace);
