import { Link, useNavigate } from 'react-router-dom';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { forgetDeletedSession } from '../api/delete-my-account';
import { useMySettings } from '../api/get-my-settings';
import { ChangeEmailForm, ChangePasswordForm } from '../components/AccountSecurity';
import { DeleteAccount } from '../components/DeleteAccount';
import { ExportData } from '../components/ExportData';
import { AvatarSettings } from '../components/AvatarSettings';
import { ProfileForm } from '../components/ProfileForm';
import { ResumeSettings } from '../components/ResumeSettings';
import '../settings.css';

/** `/app/settings` — profile, preferences, email/password, export, delete. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const { user } = useAuth();
  const navigate = useNavigate();
  const settings = useMySettings(user?.id ?? '');

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>Settings</h1>
        <p className="muted">Your profile, preferences and account.</p>
        <nav aria-label="Account" className="account-links">
          <Link to="/app/billing">Billing &amp; plan</Link>
          <Link to="/app/referrals">Refer a friend</Link>
          <Link to="/pricing">Pricing</Link>
        </nav>
      </header>
      {settings.isPending ? (
        <LoadingState label="Loading your settings…" />
      ) : settings.isError ? (
        <ErrorState message={toUserMessage(settings.error)} onRetry={() => void settings.refetch()} isRetrying={settings.isFetching} />
      ) : settings.data === null ? (
        <EmptyState
          title="Your profile isn't ready yet"
          description="It's usually created right after sign-up — try again in a moment."
          action={
            <Button variant="secondary" onClick={() => void settings.refetch()}>
              Refresh
            </Button>
          }
        />
      ) : (
        <div className="stack">
          <section className="card">
            <ProfileForm key={settings.data.id} settings={settings.data} />
          </section>
          <AvatarSettings userId={settings.data.id} avatarUrl={settings.data.avatar_url} />
          <ResumeSettings userId={settings.data.id} />
          <section className="card stack" aria-labelledby="account-title">
            <h2 id="account-title">Sign-in</h2>
            <ChangeEmailForm currentEmail={user?.email ?? settings.data.email} />
            <hr className="divider" />
            <ChangePasswordForm email={user?.email ?? settings.data.email} />
          </section>
          <ExportData />
          <DeleteAccount
            onDeleted={() => {
              // Finish the (lazy) navigation first: signing out while still on a protected route would
              // bounce to /sign-in instead of the home page.
              void Promise.resolve(navigate('/', { replace: true, state: { accountDeleted: true } })).finally(
                () => void forgetDeletedSession(),
              );
            }}
          />
        </div>
      )}
    </div>
  );
}
