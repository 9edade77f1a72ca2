import { useEffect } from 'react';

export const APP_NAME = 'InterviewAI';

/** Sets `document.title` to "<title> · InterviewAI" while the page is mounted. */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : `${APP_NAME} — AI mock interviews`;
  }, [title]);
}
