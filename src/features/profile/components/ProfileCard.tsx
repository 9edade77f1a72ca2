import { formatDate } from '@/lib/i18n/format';
import type { MyProfile } from '../api/get-my-profile';
import { useT } from '../i18n';

const ACCOUNT_STATUSES = new Set(['active', 'blocked', 'pending']);

export function formatMemberSince(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatDate(date, { year: 'numeric', month: 'long', day: 'numeric' });
}

function initialsOf(profile: MyProfile): string {
  const source = profile.full_name?.trim() || profile.username?.trim() || profile.email;
  const parts = source.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

export function ProfileCard({ profile }: { profile: MyProfile }) {
  const { t } = useT();
  const name = profile.full_name?.trim() || profile.username?.trim() || null;
  return (
    <article className="card profile-card" aria-labelledby="profile-name">
      <div className="profile-card__header">
        {profile.avatar_url ? (
          <img className="avatar" src={profile.avatar_url} alt="" width={64} height={64} />
        ) : (
          <span className="avatar avatar--initials" aria-hidden="true">
            {initialsOf(profile)}
          </span>
        )}
        <div>
          <h2 id="profile-name" className="profile-card__name">
            {name ?? t('profile.card.nameNotSet')}
          </h2>
          {profile.username ? <p className="muted">@{profile.username}</p> : null}
        </div>
        {profile.role === 'admin' ? <span className="badge">{t('profile.card.admin')}</span> : null}
      </div>
      <dl className="details">
        <div className="details__row">
          <dt>{t('profile.card.email')}</dt>
          <dd>{profile.email}</dd>
        </div>
        <div className="details__row">
          <dt>{t('profile.card.memberSince')}</dt>
          <dd>
            <time dateTime={profile.created_at}>{formatMemberSince(profile.created_at)}</time>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('profile.card.status')}</dt>
          <dd className="capitalize">
            {ACCOUNT_STATUSES.has(profile.status) ? t(`profile.card.statuses.${profile.status}`) : profile.status}
          </dd>
        </div>
      </dl>
    </article>
  );
}
