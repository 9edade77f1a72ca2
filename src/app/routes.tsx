import type { RouteObject } from 'react-router-dom'
import { Layout } from '@/components/Layout'
import { LoadingState } from '@/components/LoadingState'
import { ProtectedRoute } from '@/components/ProtectedRoute'
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary'

/** Route table. Pages are lazy-loaded so each one is its own chunk. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorBoundary />,
    hydrateFallbackElement: <LoadingState label="Loading InterviewAI…" fullPage />,
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
          {
            element: <ProtectedRoute />,
            children: [
              {
                path: 'app',
                lazy: async () => ({ Component: (await import('@/features/profile/routes/profile-page')).ProfilePage }),
              },
            ],
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./routes/not-found-page')).NotFoundPage }),
          },
        ],
      },
    ],
  },
]
