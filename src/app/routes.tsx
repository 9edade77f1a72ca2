import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router-dom';
import { Layout } from './Layout';
import { LoadingState } from '@/components/LoadingState';
import { ProtectedRoute } from './ProtectedRoute';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';

function AppLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('states.loadingApp')} fullPage />;
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
            lazy: async () => ({ Component: (await import('@/features/marketing/routes/landing-page')).LandingPage }),
          },
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-in-page')).SignInPage }),
          },
          {
            path: 'sign-up',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-up-page')).SignUpPage }),
          },
          {
            path: 'forgot-password',
            lazy: async () => ({
              Component: (await import('@/features/auth/routes/forgot-password-page')).ForgotPasswordPage,
            }),
          },
          {
            path: 'reset-password',
            lazy: async () => ({
              Component: (await import('@/features/auth/routes/reset-password-page')).ResetPasswordPage,
            }),
          },
          // ── Part B: public pricing, and /billing (Stripe's default return URL) → /app/billing ──
          {
            path: 'pricing',
            lazy: async () => ({ Component: (await import('@/features/billing/routes/pricing-page')).PricingPage }),
          },
          {
            path: 'shared/:token',
            lazy: async () => ({ Component: (await import('@/features/reports/routes/shared-report-page')).SharedReportPage }),
          },
          {
            path: 'billing',
            lazy: async () => ({ Component: (await import('@/features/billing/routes/billing-redirect')).BillingRedirect }),
          },
          {
            element: <ProtectedRoute />,
            children: [
              // ── Part A: dashboard, interview setup + room, report, history ──
              {
                path: 'app',
                lazy: async () => ({ Component: (await import('@/features/dashboard/routes/dashboard-page')).DashboardPage }),
              },
              {
                path: 'app/interviews/new',
                lazy: async () => ({ Component: (await import('@/features/interview/routes/new-interview-page')).NewInterviewPage }),
              },
              {
                path: 'app/interviews/:id',
                lazy: async () => ({ Component: (await import('@/features/interview/routes/interview-room-page')).InterviewRoomPage }),
              },
              {
                path: 'app/interviews/:id/report',
                lazy: async () => ({ Component: (await import('@/features/reports/routes/report-page')).ReportPage }),
              },
              {
                path: 'app/history',
                lazy: async () => ({ Component: (await import('@/features/history/routes/history-page')).HistoryPage }),
              },
              // ── Part B: practice, coach, settings, billing, referrals, admin ──
              {
                path: 'app/practice',
                lazy: async () => ({ Component: (await import('@/features/practice/routes/practice-page')).PracticePage }),
              },
              {
                path: 'app/practice/:questionId',
                lazy: async () => ({
                  Component: (await import('@/features/practice/routes/practice-question-page')).PracticeQuestionPage,
                }),
              },
              {
                path: 'app/coach/:chatId?',
                lazy: async () => ({ Component: (await import('@/features/coach/routes/coach-page')).CoachPage }),
              },
              {
                path: 'app/settings',
                lazy: async () => ({ Component: (await import('@/features/settings/routes/settings-page')).SettingsPage }),
              },
              {
                path: 'app/billing',
                lazy: async () => ({ Component: (await import('@/features/billing/routes/billing-page')).BillingPage }),
              },
              {
                path: 'app/referrals',
                lazy: async () => ({ Component: (await import('@/features/referrals/routes/referrals-page')).ReferralsPage }),
              },
              {
                // Refused (not-found) for non-admins inside the page; every admin RPC checks the role in SQL too.
                path: 'app/admin/*',
                lazy: async () => ({ Component: (await import('@/features/admin/routes/admin-page')).AdminPage }),
              },
            ],
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('@/components/NotFound')).NotFound }),
          },
        ],
      },
    ],
  },
];
