import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router-dom';
import { Brand, Layout } from './Layout';
import { LoadingState } from '@/components/LoadingState';
import { ProtectedRoute } from './ProtectedRoute';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';
import { pages } from './pages';

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

/** Route table. Pages are lazy-loaded so each one is its own chunk. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        // Errors inside a page render within the layout (nav stays usable).
        errorElement: <RouteErrorBoundary />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await pages['/']()).LandingPage }),
          },
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await pages['/sign-in']()).SignInPage }),
          },
          {
            path: 'sign-up',
            lazy: async () => ({ Component: (await pages['/sign-up']()).SignUpPage }),
          },
          {
            path: 'forgot-password',
            lazy: async () => ({
              Component: (await pages['/forgot-password']()).ForgotPasswordPage,
            }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({
              Component: (await pages['/reset-password']()).ResetPasswordPage,
            }),
          },
          // ── public pricing, and /billing (Stripe's default return URL) → /app/billing ──
          {
            path: 'pricing',
            lazy: async () => ({ Component: (await pages['/pricing']()).PricingPage }),
          },
          {
            path: 'shared/:token',
            lazy: async () => ({ Component: (await pages['/shared/:token']()).SharedReportPage }),
          },
          {
            path: 'billing',
            lazy: async () => ({ Component: (await pages['/billing']()).BillingRedirect }),
          },
          {
            element: <ProtectedRoute />,
            children: [
              // ── the interview loop: dashboard, interview setup + room, report, history ──
              {
                path: 'app',
                lazy: async () => ({ Component: (await pages['/app']()).DashboardPage }),
              },
              {
                path: 'app/interviews/new',
                lazy: async () => ({ Component: (await pages['/app/interviews/new']()).NewInterviewPage }),
              },
              {
                path: 'app/interviews/:id',
                lazy: async () => ({ Component: (await pages['/app/interviews/:id']()).InterviewRoomPage }),
              },
              {
                path: 'app/interviews/:id/report',
                lazy: async () => ({ Component: (await pages['/app/interviews/:id/report']()).ReportPage }),
              },
              {
                path: 'app/profile',
                lazy: async () => ({ Component: (await pages['/app/profile']()).ProfilePage }),
              },
              {
                path: 'app/history',
                lazy: async () => ({ Component: (await pages['/app/history']()).HistoryPage }),
              },
              // ── around it: practice, coach, settings, billing, referrals, admin ──
              {
                path: 'app/practice',
                lazy: async () => ({ Component: (await pages['/app/practice']()).PracticePage }),
              },
              {
                path: 'app/practice/:questionId',
                lazy: async () => ({
                  Component: (await pages['/app/practice/:questionId']()).PracticeQuestionPage,
                }),
              },
              {
                path: 'app/coach/:chatId?',
                lazy: async () => ({ Component: (await pages['/app/coach/:chatId?']()).CoachPage }),
              },
              {
                path: 'app/settings',
                lazy: async () => ({ Component: (await pages['/app/settings']()).SettingsPage }),
              },
              {
                path: 'app/billing',
                lazy: async () => ({ Component: (await pages['/app/billing']()).BillingPage }),
              },
              {
                path: 'app/referrals',
                lazy: async () => ({ Component: (await pages['/app/referrals']()).ReferralsPage }),
              },
              {
                // Refused (not-found) for non-admins inside the page; every admin RPC checks the role in SQL too.
                path: 'app/admin/*',
                lazy: async () => ({ Component: (await pages['/app/admin/*']()).AdminPage }),
              },
            ],
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await pages['*']()).NotFound }),
          },
        ],
      },
    ],
  },
];
