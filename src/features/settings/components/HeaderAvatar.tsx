import { Link } from 'react-router-dom';
import { useAuth } from '@/features/auth';
import { useMyDisplayPreferences } from '../api/get-my-display-preferences';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** The signed-in user's picture in the site header (nothing until they have uploaded one). */
export function HeaderAvatar() {
  const { t } = useT();
  const { user } = useAuth();
  // The layout's own small query (supabase-js loaded on demand), not the settings page's: the header is
  // part of every page's first load.
  const display = useMyDisplayPreferences(user?.id ?? '');
  const url = user ? display.data?.avatarUrl : null;
  if (!url) return null;
  return (
    <Link to={routes.app.settings} className="header-avatar" aria-label={t('avatar.headerLink')}>
      <img className="avatar" src={url} alt="" width={32} height={32} />
    </Link>
  );
}
