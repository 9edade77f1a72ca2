import { Trans } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { FormError } from '@/components/FormError';
import { LoadingState } from '@/components/LoadingState';
import { wasSignedOutAsBlocked } from '@/lib/account-status';
import { safeNextPath } from '@/lib/app-url';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthCard } from '../components/AuthCard';
import { GoogleSignInButton } from '../components/GoogleSignInButton';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { SignInForm } from '../components/SignInForm';
import { useT } from '../i18n';
import { useAuth } from '../lib/auth-context';
import { routes } from '@/lib/routes';
import '../auth.css';

export function SignInPage() {
  const { t } = useT();
  useDocumentTitle(t('signIn.documentTitle'));
  const { status } = useAuth();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  // Whichever redirect brought the person here after the app signed them out.
  const blocked = params.get('reason') === 'blocked' || wasSignedOutAsBlocked();

  // Covers both "already signed in" and "just signed in": the session arrives via onAuthStateChange.
  if (status === 'authenticated') return <Navigate to={next} replace />;
  if (status === 'loading') return <LoadingState label={t('common:states.checkingSession')} fullPage />;
  if (status === 'second_factor') {
    return (
      <AuthCard title={t('signIn.title')}>
        <SecondFactorForm />
      </AuthCard>
    );
  }

  const signUpHref = routes.signUpThen(rawNext ? next : null);
  return (
    <AuthCard
      title={t('signIn.title')}
      subtitle={rawNext ? t('signIn.subtitleContinue') : t('signIn.subtitle')}
      footer={
        <p>
          <Trans t={t} i18nKey="signIn.footer" components={{ a: <Link to={signUpHref} /> }} />
        </p>
      }
    >
      {blocked ? <FormError title={t('signIn.blocked.title')} message={t('signIn.blocked.body')} /> : null}
      <GoogleSignInButton />
      <SignInForm />
    </AuthCard>
  );
}
