import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useIsAdmin } from '@/features/admin';
import { SignOutButton, useAuth } from '@/features/auth';
import { ButtonLink } from '@/components/Button';
import { ThemeToggle } from '@/components/ThemeToggle';
import { routes } from '@/lib/routes';

/** Only for admins (role read from user_profiles); the route itself refuses everyone else. */
function AdminLink() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  if (isAdmin.data !== true) return null;
  return (
    <NavLink to={routes.app.admin.dashboard} className="nav__link">
      {t('nav.admin')}
    </NavLink>
  );
}

/**
 * The signed-in links. On wide screens they sit in the header; on phones (CSS below 760 px) they fold into
 * a menu opened by a button: it moves focus to the first link, Escape closes it and returns focus to the
 * button, and it closes after navigating or on a click outside.
 */
function SignedInMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const { pathname } = useLocation();

  // Navigating closes the menu (adjusted while rendering, not in an effect).
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('a, button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !toggleRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    <div className="nav__signed-in" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="btn btn--secondary btn--sm nav__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('nav.menu')}
      </button>
      <div id={menuId} ref={menuRef} className={`nav__menu${open ? ' nav__menu--open' : ''}`}>
        <NavLink to={routes.app.dashboard} end className="nav__link">
          {t('nav.dashboard')}
        </NavLink>
        <NavLink to={routes.app.history} className="nav__link">
          {t('nav.history')}
        </NavLink>
        <NavLink to={routes.app.practice} className="nav__link">
          {t('nav.practice')}
        </NavLink>
        <NavLink to={routes.app.coach} className="nav__link">
          {t('nav.coach')}
        </NavLink>
        <NavLink to={routes.app.settings} className="nav__link">
          {t('nav.settings')}
        </NavLink>
        <AdminLink />
        <SignOutButton />
      </div>
    </div>
  );
}

export function MainNav() {
  const { t } = useTranslation();
  const { status } = useAuth();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {status === 'authenticated' ? (
        <SignedInMenu />
      ) : status === 'unauthenticated' ? (
        <>
          <NavLink to={routes.pricing} className="nav__link">
            {t('nav.pricing')}
          </NavLink>
          <NavLink to={routes.signIn} className="nav__link">
            {t('nav.signIn')}
          </NavLink>
          <ButtonLink to={routes.signUp} size="sm">
            {t('nav.signUp')}
          </ButtonLink>
        </>
      ) : null}
      <ThemeToggle />
    </nav>
  );
}
