import { useEffect, useRef } from 'react';
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
import { TwoFactorSettings } from '../components/TwoFactorSettings';
import { ExportData } from '../components/ExportData';
import { NotificationSettings } from '../components/NotificationSettings';
import { AvatarSettings } from '../components/AvatarSettings';
import { ProfileForm } from '../components/ProfileForm';
import { ResumeSettings } from '../components/ResumeSettings';
import '../settings.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** `/app/settings` — profile, preferences, email/password, export, delete. */
export function SettingsPage() {
  const { t } = useT();
  useDocumentTitle(t('title'));
  const { user } = useAuth();
  const navigate = useNavigate();
  const settings = useMySettings(user?.id ?? '');
  const accountDeleted = useRef(false);
  // The deleted account's session is forgotten once the home page has replaced this one. Earlier, even after
  // navigate() has resolved (the router renders the new page in a transition), a sign-out re-renders this
  // protected page first and its guard redirects to /sign-in instead.
  useEffect(
    () => () => {
      if (accountDeleted.current) void forgetDeletedSession();
    },
    [],
  );

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p className="muted">{t('lead')}</p>
        <nav aria-label={t('links.label')} className="account-links">
          <Link to={routes.app.billing}>{t('links.billing')}</Link>
          <Link to={routes.app.referrals}>{t('links.referrals')}</Link>
          <Link to={routes.pricing}>{t('links.pricing')}</Link>
        </nav>
      </header>
      {settings.isPending ? (
        <LoadingState label={t('loading')} />
      ) : settings.isError ? (
        <ErrorState message={toUserMessage(settings.error)} onRetry={() => void settings.refetch()} isRetrying={settings.isFetching} />
      ) : settings.data === null ? (
        <EmptyState
          title={t('notReady.title')}
          description={t('notReady.body')}
          action={
            <Button variant="secondary" onClick={() => void settings.refetch()}>
              {t('notReady.refresh')}
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
            <h2 id="account-title">{t('signIn')}</h2>
            <ChangeEmailForm currentEmail={user?.email ?? settings.data.email} />
            <hr className="divider" />
            <ChangePasswordForm email={user?.email ?? settings.data.email} />
          </section>
          <NotificationSettings
            key={`notifications-${settings.data.id}`}
            userId={settings.data.id}
            preferences={settings.data.preferences}
          />
          <TwoFactorSettings />
          <ExportData />
          <DeleteAccount
            onDeleted={() => {
              accountDeleted.current = true;
              void navigate(routes.home, { replace: true, state: { accountDeleted: true } });
            }}
          />
        </div>
      )}
    </div>
  );
}
