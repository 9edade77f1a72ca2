import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeAuth, renderWithProviders } from '@/test/render';
import { MainNav } from './MainNav';

vi.mock('@/features/admin', () => ({ useIsAdmin: () => ({ data: true }) }));

describe('MainNav on a phone', () => {
  it('is a menu button: aria-expanded, focus moves in, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MainNav />, { route: '/app', auth: makeAuth('authenticated') });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(menu).not.toHaveClass('nav__menu--open');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('nav__menu--open');
    expect(screen.getByRole('link', { name: 'Dashboard' })).toHaveFocus();
    for (const name of ['History', 'Practice', 'Coach', 'Settings', 'Admin']) {
      expect(menu).toContainElement(screen.getByRole('link', { name }));
    }
    expect(menu).toContainElement(screen.getByRole('button', { name: 'Sign out' }));

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes after choosing a page', async () => {
    const user = userEvent.setup();
    const { router } = renderWithProviders(<MainNav />, {
      route: '/app',
      path: '/app/*',
      auth: makeAuth('authenticated'),
    });
    const toggle = screen.getByRole('button', { name: 'Menu' });
    await user.click(toggle);
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(router.state.location.pathname).toBe('/app/history');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
