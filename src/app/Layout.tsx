import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router-dom';
import { BlockedAccountWatch } from '@/features/auth';
import { ReferralCapture } from '@/features/referrals';
import { HeaderAvatar, ThemeSync } from '@/features/settings';
import { MainNav } from './MainNav';
import { routes } from '@/lib/routes';

/** The logo link; index.html paints the same header before the app has loaded. */
export function Brand() {
  return (
    <Link to={routes.home} className="brand" aria-label="InterviewAI">
      <span className="brand__mark" aria-hidden="true">
        <svg viewBox="0 0 64 64" width="28" height="28">
          <rect width="64" height="64" rx="14" fill="currentColor" />
          <path d="M18 20h28a4 4 0 0 1 4 4v14a4 4 0 0 1-4 4H30l-9 7v-7h-3a4 4 0 0 1-4-4V24a4 4 0 0 1 4-4z" fill="var(--color-bg)" />
        </svg>
      </span>
      <span className="brand__name">InterviewAI</span>
    </Link>
  );
}

/** Moves focus to the page's <h1> (or <main>) after client-side navigation, so screen readers announce the new page. */
function useRouteFocus(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    // Not on the initial load (screen readers start at the top), only on client-side navigation.
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    const target = main.querySelector<HTMLElement>('h1') ?? main;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname, mainRef]);
}

export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const navigation = useNavigation();
  useRouteFocus(mainRef);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('layout.skipToMain')}
      </a>
      {navigation.state !== 'idle' ? <div className="nav-progress" aria-hidden="true" /> : null}
      <header className="site-header">
        <div className="container site-header__inner">
          <Brand />
          <MainNav />
          <HeaderAvatar />
        </div>
      </header>
      <main id="main" ref={mainRef} className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <span>{t('layout.copyright', { year: new Date().getFullYear() })}</span>
          <span className="muted">{t('layout.tagline')}</span>
        </div>
      </footer>
      <ScrollRestoration />
      <BlockedAccountWatch />
      <ReferralCapture />
      <ThemeSync />
    </div>
  );
}
