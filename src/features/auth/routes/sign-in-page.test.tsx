import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeAuth, renderWithProviders } from '@/test/render';
import { SignInPage } from './sign-in-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

describe('SignInPage', () => {
  it('shows the form to signed-out visitors', async () => {
    renderWithProviders(<SignInPage />, { route: '/sign-in', auth: makeAuth('unauthenticated') });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
  });

  it('sends a signed-in user to the `next` destination', async () => {
    renderWithProviders(<SignInPage />, {
      route: `/sign-in?next=${encodeURIComponent('/app?tab=history')}`,
      path: '/sign-in',
      auth: makeAuth('authenticated'),
    });
    expect(await screen.findByTestId('location')).toHaveTextContent('/app?tab=history');
  });

  it('ignores off-site `next` values', async () => {
    renderWithProviders(<SignInPage />, {
      route: `/sign-in?next=${encodeURIComponent('//evil.example/phish')}`,
      path: '/sign-in',
      auth: makeAuth('authenticated'),
    });
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/app$/);
  });
});
