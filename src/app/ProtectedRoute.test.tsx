import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeAuth, renderWithProviders } from '@/test/render';
import { ProtectedRoute } from './ProtectedRoute';

// The auth feature's public index pulls in the Supabase client; keep it off the network.
vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const secret = (
  <ProtectedRoute>
    <h1>Your profile</h1>
  </ProtectedRoute>
);

describe('ProtectedRoute', () => {
  it('redirects signed-out visitors to /sign-in with the original location as next', async () => {
    renderWithProviders(secret, { route: '/app?tab=history#latest', path: '/app', auth: makeAuth('unauthenticated') });
    expect(await screen.findByTestId('location')).toHaveTextContent(`/sign-in?next=${encodeURIComponent('/app?tab=history#latest')}`);
    expect(screen.queryByRole('heading', { name: 'Your profile' })).not.toBeInTheDocument();
  });

  it('sends someone who signed out on purpose home, not to sign in again', async () => {
    renderWithProviders(secret, { route: '/app/settings', auth: makeAuth('unauthenticated', { signedOutOnPurpose: true }) });
    expect(await screen.findByTestId('location')).toHaveTextContent(/^\/$/);
    expect(screen.queryByRole('heading', { name: 'Your profile' })).not.toBeInTheDocument();
  });

  it('renders the page for signed-in users', async () => {
    renderWithProviders(secret, { route: '/app', auth: makeAuth('authenticated') });
    expect(await screen.findByRole('heading', { name: 'Your profile' })).toBeInTheDocument();
  });

  it('waits for the session to be restored before deciding', async () => {
    renderWithProviders(secret, { route: '/app', auth: makeAuth('loading') });
    expect(await screen.findByRole('status')).toHaveTextContent('Checking your session…');
    expect(screen.queryByTestId('location')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your profile' })).not.toBeInTheDocument();
  });
});
