import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyProfile } from '../api/get-my-profile';
import { useT } from '../i18n';
import { AchievementList } from '../components/AchievementList';
import { ProfileCard } from '../components/ProfileCard';
import '../profile.css';

/** `/app/profile` — the signed-in user's profile row and achievements. */
export function ProfilePage() {
  const { t } = useT();
  useDocumentTitle(t('profile.title'));
  const { user } = useAuth();
  // ProtectedRoute guarantees a user; the empty id only keeps hooks unconditional.
  const profile = useMyProfile(user?.id ?? '');

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('profile.title')}</h1>
        <p className="muted">{t('profile.lead')}</p>
      </header>

      {profile.isPending ? (
        <LoadingState label={t('profile.loading')} />
      ) : profile.isError ? (
        <ErrorState
          title={t('profile.error')}
          message={toUserMessage(profile.error)}
          onRetry={() => void profile.refetch()}
          isRetrying={profile.isFetching}
        />
      ) : profile.data === null ? (
        <EmptyState
          title={t('profile.notReady.title')}
          description={t('profile.notReady.body')}
          action={
            <Button variant="secondary" onClick={() => void profile.refetch()} isLoading={profile.isFetching}>
              {t('profile.notReady.refresh')}
            </Button>
          }
        />
      ) : (
        <ProfileCard profile={profile.data} />
      )}
      <AchievementList />
    </div>
  );
}
