import { Link } from 'react-router-dom';
import { useAuth } from '@/features/auth';
import { useMySettings } from '../api/get-my-settings';
import { useT } from '../i18n';

/** The signed-in user's picture in the site header (nothing until they have uploaded one). */
export function HeaderAvatar() {
  const { t } = useT();
  const { user } = useAuth();
  const settings = useMySettings(user?.id ?? '');
  const url = user ? settings.data?.avatar_url : null;
  if (!url) return null;
  return (
    <Link to="/app/settings" className="header-avatar" aria-label={t('avatar.headerLink')}>
      <img className="avatar" src={url} alt="" width={32} height={32} />
    </Link>
  );
}
