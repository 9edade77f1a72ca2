import { matchRoutes } from 'react-router-dom';
import { paths } from '@/lib/routes';
import { hasPersistedSession, loadSupabaseClient } from '@/lib/supabase-loader';
import { yieldToMain } from '@/lib/yield-to-main';

/**
 * Every page's module by route path. The route table loads pages lazily from here, and the entry starts
 * loading the page being opened at the same time as the app itself instead of after it (one request
 * round trip less before the page can render).
 */
export const pages = {
  [paths.home]: () => import('@/features/marketing/routes/landing-page'),
  [paths.signIn]: () => import('@/features/auth/routes/sign-in-page'),
  [paths.signUp]: () => import('@/features/auth/routes/sign-up-page'),
  [paths.forgotPassword]: () => import('@/features/auth/routes/forgot-password-page'),
  [paths.resetPassword]: () => import('@/features/auth/routes/reset-password-page'),
  [paths.pricing]: () => import('@/features/billing/routes/pricing-page'),
  [paths.sharedReport]: () => import('@/features/reports/routes/shared-report-page'),
  [paths.billingReturn]: () => import('@/features/billing/routes/billing-redirect'),
  [paths.app.dashboard]: () => import('@/features/dashboard/routes/dashboard-page'),
  [paths.app.newInterview]: () => import('@/features/interview/routes/new-interview-page'),
  [paths.app.interview]: () => import('@/features/interview/routes/interview-room-page'),
  [paths.app.report]: () => import('@/features/reports/routes/report-page'),
  [paths.app.profile]: () => import('@/features/profile/routes/profile-page'),
  [paths.app.history]: () => import('@/features/history/routes/history-page'),
  [paths.app.practice]: () => import('@/features/practice/routes/practice-page'),
  [paths.app.practiceQuestion]: () => import('@/features/practice/routes/practice-question-page'),
  [paths.app.coach]: () => import('@/features/coach/routes/coach-page'),
  [paths.app.settings]: () => import('@/features/settings/routes/settings-page'),
  [paths.app.billing]: () => import('@/features/billing/routes/billing-page'),
  [paths.app.referrals]: () => import('@/features/referrals/routes/referrals-page'),
  [paths.app.admin]: () => import('@/features/admin/routes/admin-page'),
  [paths.notFound]: () => import('@/components/NotFound'),
} as const;

export type PagePath = keyof typeof pages;

const SIGNED_IN_PAGES = new Set<string>(Object.values(paths.app));

/** Whether the page at route pattern `page` is for signed-in users only (the build's start-up modules use it too). */
export function isSignedInPage(page: string): boolean {
  return SIGNED_IN_PAGES.has(page);
}

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
  if (!page || page === paths.notFound) return null;
  if (isSignedInPage(page) && !hasPersistedSession()) return null;
  // A failure here is not the visitor's problem yet: the router loads the page again and reports it.
  // A signed-in page's module after supabase-js, which it imports: each evaluated in a task of its own.
  const after = isSignedInPage(page) ? loadSupabaseClient().then(yieldToMain) : Promise.resolve();
  after.then((): Promise<unknown> => pages[page]()).catch(() => {});
  return page;
}
