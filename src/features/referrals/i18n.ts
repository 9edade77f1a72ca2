import { useTranslation } from 'react-i18next';
import { registerNamespace } from '@/lib/i18n';
import en from './locales/en.json';

export const namespace = registerNamespace('referrals', en);

/** This feature's strings (src/features/referrals/locales); keys prefixed `common:` reach the shared ones. */
export const useT = () => useTranslation(namespace);
