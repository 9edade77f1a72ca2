import type { MyProfile } from '../api/get-my-profile';

const dateFormatter = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

export function formatMemberSince(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateFormatter.format(date);
}

function initialsOf(profile: MyProfile): string {
  const source = profile.full_name?.trim() || profile.username?.trim() || profile.email;
  const parts = source.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts[1]?.[0] ?? '')).toUpperCase() || '?';
}

export function ProfileCard({ profile }: { profile: MyProfile }) {
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
            {name ?? 'Name not set'}
          </h2>
          {profile.username ? <p className="muted">@{profile.username}</p> : null}
        </div>
        {profile.role === 'admin' ? <span className="badge">Admin</span> : null}
      </div>
      <dl className="details">
        <div className="details__row">
          <dt>Email</dt>
          <dd>{profile.email}</dd>
        </div>
        <div className="details__row">
          <dt>Member since</dt>
          <dd>
            <time dateTime={profile.created_at}>{formatMemberSince(profile.created_at)}</time>
          </dd>
        </div>
        <div className="details__row">
          <dt>Account status</dt>
          <dd className="capitalize">{profile.status}</dd>
        </div>
      </dl>
    </article>
  );
}
