import { formatDate } from '@/lib/i18n/format';
import type { Achievement } from '../api/get-achievements';
import { useT } from '../i18n';

const ICONS: Record<string, string> = { flag: '🏁', target: '🎯', medal: '🏅', star: '⭐', crown: '👑', flame: '🔥', chat: '💬' };

/** One achievement: icon, title, what it is for and when it was earned — or, greyed, how to earn it. */
export function AchievementBadge({ achievement }: { achievement: Achievement }) {
  const { t } = useT();
  const earned = achievement.unlockedAt !== null;
  const title = t(`achievements.items.${achievement.key}.title`, { defaultValue: achievement.title });
  return (
    <div className={`achievement${earned ? '' : ' achievement--locked'}`}>
      <span className="achievement__icon" aria-hidden="true">
        {ICONS[achievement.icon ?? ''] ?? '🏆'}
      </span>
      <div className="achievement__text">
        <h3 className="achievement__title">{title}</h3>
        {earned ? (
          <>
            <p className="achievement__description">
              {t(`achievements.items.${achievement.key}.description`, { defaultValue: achievement.description })}
            </p>
            <p className="achievement__status">{t('achievements.earnedOn', { date: formatDate(achievement.unlockedAt!) })}</p>
          </>
        ) : (
          <>
            <p className="achievement__description">
              {t('achievements.howTo', {
                how: t(`achievements.items.${achievement.key}.howTo`, { defaultValue: achievement.description }),
              })}
            </p>
            <p className="achievement__status">{t('achievements.notYet')}</p>
          </>
        )}
      </div>
    </div>
  );
}
