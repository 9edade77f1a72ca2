import { useState } from 'react';
import { Trans } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { safeNextPath } from '@/lib/app-url';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { SignUpResult } from '../api/sign-up';
import { AuthCard } from '../components/AuthCard';
import { GoogleSignInButton } from '../components/GoogleSignInButton';
import { CheckInbox } from '../components/CheckInbox';
import { SignUpForm } from '../components/SignUpForm';
import { useT } from '../i18n';
import { useAuth } from '../lib/auth-context';
import { routes } from '@/lib/routes';
import '../auth.css';

export function SignUpPage() {
  const { t } = useT();
  useDocumentTitle(t('signUp.documentTitle'));
  const { status } = useAuth();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [pending, setPending] = useState<SignUpResult | null>(null);

  // Local auth auto-confirms, so signUp returns a session and we land on /app.
  if (status === 'authenticated') return <Navigate to={next} replace />;
  if (status === 'loading') return <LoadingState label={t('common:states.checkingSession')} fullPage />;

  if (pending && !pending.signedIn) {
    return (
      <AuthCard title={t('signUp.confirm.title')}>
        <CheckInbox
          email={pending.email}
          lead={<Trans t={t} i18nKey="signUp.confirm.lead" values={{ email: pending.email }} components={{ strong: <strong /> }} />}
        >
          <ButtonLink to={routes.signIn} variant="secondary">
            {t('signUp.confirm.back')}
          </ButtonLink>
        </CheckInbox>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('signUp.title')}
      subtitle={t('signUp.subtitle')}
      footer={
        <p>
          <Trans t={t} i18nKey="signUp.footer" components={{ a: <Link to={routes.signIn} /> }} />
        </p>
      }
    >
      <GoogleSignInButton />
      <SignUpForm onSignedUp={setPending} />
    </AuthCard>
  );
}
