import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { safeNextPath } from '@/lib/app-url';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { SignUpResult } from '../api/sign-up';
import { AuthCard } from '../components/AuthCard';
import { CheckInbox } from '../components/CheckInbox';
import { SignUpForm } from '../components/SignUpForm';
import { useAuth } from '../lib/auth-context';

export function SignUpPage() {
  useDocumentTitle('Sign up');
  const { status } = useAuth();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [pending, setPending] = useState<SignUpResult | null>(null);

  // Local auth auto-confirms, so signUp returns a session and we land on /app.
  if (status === 'authenticated') return <Navigate to={next} replace />;
  if (status === 'loading') return <LoadingState label="Checking your session…" fullPage />;

  if (pending && !pending.signedIn) {
    return (
      <AuthCard title="Confirm your email">
        <CheckInbox
          email={pending.email}
          lead={
            <>
              We&apos;ve sent a confirmation link to <strong>{pending.email}</strong>. Open it to activate your account.
            </>
          }
        >
          <ButtonLink to="/sign-in" variant="secondary">
            Back to sign in
          </ButtonLink>
        </CheckInbox>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Create your account"
      subtitle="Start practising interviews with instant, specific feedback."
      footer={
        <p>
          Already have an account? <Link to="/sign-in">Sign in instead</Link>
        </p>
      }
    >
      <SignUpForm onSignedUp={setPending} />
    </AuthCard>
  );
}
