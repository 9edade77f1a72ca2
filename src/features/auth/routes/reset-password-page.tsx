import { useState } from 'react';
import { ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useDocumentTitle } from '@/lib/use-document-title';
import { getInitialAuthRedirect } from '../api/auth-state';
import { AuthCard } from '../components/AuthCard';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import { mapAuthError } from '../lib/auth-errors';
import { useAuth } from '../lib/auth-context';

export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { status, user } = useAuth();
  const [updated, setUpdated] = useState(false);

  if (updated) {
    return (
      <AuthCard title="Password updated">
        <div className="stack" role="status">
          <p>Your password has been updated. You&apos;re signed in with your new password.</p>
          <ButtonLink to="/app" block size="lg">
            Continue to your profile
          </ButtonLink>
        </div>
      </AuthCard>
    );
  }

  if (status === 'loading') return <LoadingState label="Checking your reset link…" fullPage />;

  if (!user) {
    const redirect = getInitialAuthRedirect();
    const linkError = redirect?.errorCode || redirect?.errorDescription;
    return (
      <div className="auth-page">
        <div className="card auth-card">
          <h1 tabIndex={-1}>Choose a new password</h1>
          {linkError ? (
            <ErrorState
              title="This reset link can't be used"
              message={
                mapAuthError({
                  code: redirect?.errorCode === 'otp_expired' ? 'otp_expired' : undefined,
                  message: redirect?.errorDescription,
                  status: 400,
                }).message
              }
              action={<ButtonLink to="/forgot-password">Request a new link</ButtonLink>}
            />
          ) : (
            <EmptyState
              icon="✉"
              title="Open the link from your email"
              description="To choose a new password, follow the reset link we emailed you. Links expire after a while — you can always request a new one."
              action={<ButtonLink to="/forgot-password">Send me a reset link</ButtonLink>}
            />
          )}
        </div>
      </div>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      subtitle={
        <>
          Set a new password for <strong>{user.email}</strong>.
        </>
      }
    >
      <ResetPasswordForm onUpdated={() => setUpdated(true)} />
    </AuthCard>
  );
}
