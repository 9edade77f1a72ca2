import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { FormError } from '@/components/FormError';
import { LoadingState } from '@/components/LoadingState';
import { ACCOUNT_BLOCKED_MESSAGE, wasSignedOutAsBlocked } from '@/lib/account-status';
import { safeNextPath } from '@/lib/app-url';
import { useDocumentTitle } from '@/lib/use-document-title';
import { AuthCard } from '../components/AuthCard';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { SignInForm } from '../components/SignInForm';
import { useAuth } from '../lib/auth-context';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const { status } = useAuth();
  const [params] = useSearchParams();
  const rawNext = params.get('next');
  const next = safeNextPath(rawNext);
  // Whichever redirect brought the person here after the app signed them out.
  const blocked = params.get('reason') === 'blocked' || wasSignedOutAsBlocked();

  // Covers both "already signed in" and "just signed in": the session arrives via onAuthStateChange.
  if (status === 'authenticated') return <Navigate to={next} replace />;
  if (status === 'loading') return <LoadingState label="Checking your session…" fullPage />;
  if (status === 'second_factor') {
    return (
      <AuthCard title="Welcome back">
        <SecondFactorForm />
      </AuthCard>
    );
  }

  const signUpHref = rawNext ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';
  return (
    <AuthCard
      title="Welcome back"
      subtitle={rawNext ? 'Sign in to continue where you left off.' : 'Sign in to continue your interview practice.'}
      footer={
        <p>
          New to InterviewAI? <Link to={signUpHref}>Create an account</Link>
        </p>
      }
    >
      {blocked ? <FormError title="You have been signed out" message={ACCOUNT_BLOCKED_MESSAGE} /> : null}
      <SignInForm />
    </AuthCard>
  );
}
