import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMyProfile } from '../api/get-my-profile';
import { AchievementList } from '../components/AchievementList';
import { ProfileCard } from '../components/ProfileCard';

/** `/app/profile` — the signed-in user's profile row and achievements. */
export function ProfilePage() {
  useDocumentTitle('Your profile');
  const { user } = useAuth();
  // ProtectedRoute guarantees a user; the empty id only keeps hooks unconditional.
  const profile = useMyProfile(user?.id ?? '');

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>Your profile</h1>
        <p className="muted">Your account details. Interview practice, reports and progress will appear here soon.</p>
      </header>

      {profile.isPending ? (
        <LoadingState label="Loading your profile…" />
      ) : profile.isError ? (
        <ErrorState
          title="We couldn't load your profile"
          message={toUserMessage(profile.error)}
          onRetry={() => void profile.refetch()}
          isRetrying={profile.isFetching}
        />
      ) : profile.data === null ? (
        <EmptyState
          title="Your profile isn't ready yet"
          description="We couldn't find a profile for your account. It's usually created right after sign-up — try again in a moment."
          action={
            <Button variant="secondary" onClick={() => void profile.refetch()} isLoading={profile.isFetching}>
              Refresh
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
