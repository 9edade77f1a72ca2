import { Link } from 'react-router-dom';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { latestEarned, useAchievements } from '../api/get-achievements';
import { useT } from '../i18n';
import { AchievementBadge } from './AchievementBadge';
import './achievements.css';
import { routes } from '@/lib/routes';

const SHOWN = 3;

/** The dashboard's compact view: the latest few achievements earned and a link to all of them. */
export function RecentAchievements() {
  const { t } = useT();
  const achievements = useAchievements();
  const latest = achievements.data ? latestEarned(achievements.data).slice(0, SHOWN) : [];
  return (
    <section className="card" aria-labelledby="recent-achievements-title">
      <h2 id="recent-achievements-title">{t('achievements.recentTitle')}</h2>
      {achievements.isPending ? (
        <LoadingState label={t('achievements.loading')} />
      ) : achievements.isError ? (
        <p className="muted">{toUserMessage(achievements.error)}</p>
      ) : latest.length === 0 ? (
        <p className="muted">{t('achievements.noneYet')}</p>
      ) : (
        <ul className="achievement-grid achievement-grid--compact">
          {latest.map((achievement) => (
            <li key={achievement.key}>
              <AchievementBadge achievement={achievement} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={routes.app.profile}>{t('achievements.seeAll')}</Link>
      </p>
    </section>
  );
}
