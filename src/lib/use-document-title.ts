import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const APP_NAME = 'InterviewAI';

/** Sets `document.title` to "<title> · InterviewAI" while the page is mounted (and again when the language changes). */
export function useDocumentTitle(title: string | null | undefined) {
  const { t, i18n } = useTranslation();
  const fallback = t('documentTitle.default', { app: APP_NAME });
  useEffect(() => {
    document.title = title ? t('documentTitle.page', { title, app: APP_NAME }) : fallback;
  }, [title, fallback, t, i18n.language]);
}
