import { useState } from 'react';
import { Trans } from 'react-i18next';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useDocumentTitle } from '@/lib/use-document-title';
import { getInitialAuthRedirect } from '../api/auth-state';
import { AuthCard } from '../components/AuthCard';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import { useT } from '../i18n';
import { fromAuthError } from '@/lib/auth-errors';
import { useAuth } from '../lib/auth-context';
import { routes } from '@/lib/routes';
import '../auth.css';

export function ResetPasswordPage() {
  const { t } = useT();
  useDocumentTitle(t('reset.title'));
  const { status, user } = useAuth();
  const [updated, setUpdated] = useState(false);

  if (updated) {
    return (
      <AuthCard title={t('reset.updated.title')}>
        <div className="stack" role="status">
          <p>{t('reset.updated.body')}</p>
          <ButtonLink to={routes.app.dashboard} block size="lg">
            {t('reset.updated.continue')}
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }

  if (status === 'loading') return <LoadingState label={t('reset.checking')} fullPage />;

  if (!user) {
    const redirect = getInitialAuthRedirect();
    const linkError = redirect?.errorCode || redirect?.errorDescription;
    return (
      <div className="auth-page">
        <div className="card auth-card">
          <h1 tabIndex={-1}>{t('reset.title')}</h1>
          {linkError ? (
            <ErrorState
              title={t('reset.linkError.title')}
              message={
                fromAuthError({
                  code: redirect?.errorCode === 'otp_expired' ? 'otp_expired' : undefined,
                  message: redirect?.errorDescription,
                  status: 400,
                }).message
              }
              action={<ButtonLink to={routes.forgotPassword}>{t('reset.linkError.action')}</ButtonLink>}
            />
          ) : (
            <EmptyState
              icon="✉"
              title={t('reset.noLink.title')}
              description={t('reset.noLink.body')}
              action={<ButtonLink to={routes.forgotPassword}>{t('reset.noLink.action')}</ButtonLink>}
            />
          )}
        </div>
      </div>
    );
  }

  return (
    <AuthCard
      title={t('reset.title')}
      subtitle={<Trans t={t} i18nKey="reset.subtitle" values={{ email: user.email }} components={{ strong: <strong /> }} />}
    >
      <ResetPasswordForm onUpdated={() => setUpdated(true)} />
    </AuthCard>
  );
}
