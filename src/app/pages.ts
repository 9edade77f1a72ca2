import { matchRoutes } from 'react-router-dom';
import { hasPersistedSession } from '@/lib/supabase-loader';

/**
 * Every page's module by route path. The route table loads pages lazily from here, and the entry starts
 * loading the page being opened at the same time as the app itself instead of after it (one request
 * round trip less before the page can render).
 */
export const pages = {
  '/': () => import('@/features/marketing/routes/landing-page'),
  '/sign-in': () => import('@/features/auth/routes/sign-in-page'),
  '/sign-up': () => import('@/features/auth/routes/sign-up-page'),
  '/forgot-password': () => import('@/features/auth/routes/forgot-password-page'),
  '/reset-password': () => import('@/features/auth/routes/reset-password-page'),
  '/pricing': () => import('@/features/billing/routes/pricing-page'),
  '/shared/:token': () => import('@/features/reports/routes/shared-report-page'),
  '/billing': () => import('@/features/billing/routes/billing-redirect'),
  '/app': () => import('@/features/dashboard/routes/dashboard-page'),
  '/app/interviews/new': () => import('@/features/interview/routes/new-interview-page'),
  '/app/interviews/:id': () => import('@/features/interview/routes/interview-room-page'),
  '/app/interviews/:id/report': () => import('@/features/reports/routes/report-page'),
  '/app/profile': () => import('@/features/profile/routes/profile-page'),
  '/app/history': () => import('@/features/history/routes/history-page'),
  '/app/practice': () => import('@/features/practice/routes/practice-page'),
  '/app/practice/:questionId': () => import('@/features/practice/routes/practice-question-page'),
  '/app/coach/:chatId?': () => import('@/features/coach/routes/coach-page'),
  '/app/settings': () => import('@/features/settings/routes/settings-page'),
  '/app/billing': () => import('@/features/billing/routes/billing-page'),
  '/app/referrals': () => import('@/features/referrals/routes/referrals-page'),
  '/app/admin/*': () => import('@/features/admin/routes/admin-page'),
  '*': () => import('@/components/NotFound'),
} as const;

export type PagePath = keyof typeof pages;

/** The page the router will show for `pathname` (same ranking as the router), if any. */
export function pageFor(pathname: string): PagePath | null {
  const matches = matchRoutes(
    Object.keys(pages).map((path) => ({ path })),
    pathname,
  );
  return (matches?.[0]?.route.path as PagePath | undefined) ?? null;
}

/**
 * Starts loading the module of the page at `pathname`. Signed-in pages only when a session may be
 * restored: a signed-out visitor is redirected to sign-in and would never use them.
 */
export function preloadPage(pathname: string): PagePath | null {
  const page = pageFor(pathname);
  if (!page || page === '*') return null;
  if (page.startsWith('/app') && !hasPersistedSession()) return null;
  // A failure here is not the visitor's problem yet: the router loads the page again and reports it.
  pages[page]().catch(() => {});
  return page;
}
