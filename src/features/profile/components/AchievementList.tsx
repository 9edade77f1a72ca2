import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useAchievements } from '../api/get-achievements';
import { useT } from '../i18n';
import { AchievementBadge } from './AchievementBadge';
import './achievements.css';

/** Every achievement: earned ones with their date, the others greyed with how to earn them. */
export function AchievementList() {
  const { t } = useT();
  const achievements = useAchievements();
  const earned = achievements.data?.filter((a) => a.unlockedAt !== null).length ?? 0;
  return (
    <section className="card" aria-labelledby="achievements-title">
      <h2 id="achievements-title">{t('achievements.title')}</h2>
      {achievements.isPending ? (
        <LoadingState label={t('achievements.loading')} />
      ) : achievements.isError ? (
        <ErrorState
          title={t('achievements.error')}
          message={toUserMessage(achievements.error)}
          onRetry={() => void achievements.refetch()}
        />
      ) : (
        <>
          <p className="muted">{t('achievements.progress', { earned, total: achievements.data.length })}</p>
          <ul className="achievement-grid">
            {achievements.data.map((achievement) => (
              <li key={achievement.key}>
                <AchievementBadge achievement={achievement} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
