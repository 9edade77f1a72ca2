import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { Brand, Layout } from './Layout';
import { LoadingState } from '@/components/LoadingState';
import { ProtectedRoute } from './ProtectedRoute';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';
import { paths } from '@/lib/routes';
import { pages, type PagePath } from './pages';

/** While the first page loads: the header index.html painted stays in place, with a spinner under it. */
function AppLoading() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="site-header">
        <div className="container site-header__inner">
          <Brand />
        </div>
      </header>
      <LoadingState label={t('states.loadingApp')} fullPage />
    </div>
  );
}

type PageModule<P extends PagePath> = Awaited<ReturnType<(typeof pages)[P]>>;

/** A route for the page at `path`, loaded lazily from its module in `pages` (so each page is its own chunk). */
function page<P extends PagePath>(path: P, component: (module: PageModule<P>) => ComponentType): RouteObject {
  return { path, lazy: async () => ({ Component: component((await pages[path]()) as PageModule<P>) }) };
}

/** Route table. Paths are the patterns of `paths` (src/lib/routes.ts); pages are lazy-loaded. */
export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        // Errors inside a page render within the layout (nav stays usable).
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, lazy: async () => ({ Component: (await pages[paths.home]()).LandingPage }) },
          page(paths.signIn, (m) => m.SignInPage),
          page(paths.signUp, (m) => m.SignUpPage),
          page(paths.forgotPassword, (m) => m.ForgotPasswordPage),
          page(paths.resetPassword, (m) => m.ResetPasswordPage),
          // ── public pricing, and Stripe's default return URL → the billing page ──
          page(paths.pricing, (m) => m.PricingPage),
          page(paths.sharedReport, (m) => m.SharedReportPage),
          page(paths.billingReturn, (m) => m.BillingRedirect),
          {
            element: <ProtectedRoute />,
            children: [
              // ── the interview loop: dashboard, interview setup + room, report, history ──
              page(paths.app.dashboard, (m) => m.DashboardPage),
              page(paths.app.newInterview, (m) => m.NewInterviewPage),
              page(paths.app.interview, (m) => m.InterviewRoomPage),
              page(paths.app.report, (m) => m.ReportPage),
              page(paths.app.profile, (m) => m.ProfilePage),
              page(paths.app.history, (m) => m.HistoryPage),
              // ── around it: practice, coach, settings, billing, referrals, admin ──
              page(paths.app.practice, (m) => m.PracticePage),
              page(paths.app.practiceQuestion, (m) => m.PracticeQuestionPage),
              page(paths.app.coach, (m) => m.CoachPage),
              page(paths.app.settings, (m) => m.SettingsPage),
              page(paths.app.billing, (m) => m.BillingPage),
              page(paths.app.referrals, (m) => m.ReferralsPage),
              // Refused (not-found) for non-admins inside the page; every admin RPC checks the role in SQL too.
              page(paths.app.admin, (m) => m.AdminPage),
            ],
          },
          page(paths.notFound, (m) => m.NotFound),
        ],
      },
    ],
  },
];
