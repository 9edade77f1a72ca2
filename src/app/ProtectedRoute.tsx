import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '@/features/auth';
import { LoadingState } from '@/components/LoadingState';
import { routes } from '@/lib/routes';

/** Renders its children (or the nested route) only for signed-in users; otherwise redirects to /sign-in?next=… (home after a deliberate sign-out). */
export function ProtectedRoute({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const { status, signedOutOnPurpose } = useAuth();
  const location = useLocation();

  if (status === 'loading') return <LoadingState label={t('states.checkingSession')} fullPage />;
  // Signed out with the sign-out button: home, not "sign in to see this page".
  if (status === 'unauthenticated' && signedOutOnPurpose) return <Navigate to={routes.home} replace />;
  if (status === 'unauthenticated' || status === 'second_factor') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={routes.signInThen(next)} replace />;
  }
  return children ?? <Outlet />;
}
