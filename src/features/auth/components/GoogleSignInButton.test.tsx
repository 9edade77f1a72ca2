import { AuthApiError } from '@supabase/supabase-js';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { SignInPage } from '../routes/sign-in-page';
import { SignUpPage } from '../routes/sign-up-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

describe('Continue with Google', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    supabase.auth.signInWithOAuth.mockResolvedValue({ data: { provider: 'google', url: 'http://auth/authorize' }, error: null });
  });

  it('starts the Google flow from sign-in and comes back to the sign-in page with `next`', async () => {
    renderWithProviders(<SignInPage />, { route: `/sign-in?next=${encodeURIComponent('/app/settings')}`, path: '/sign-in' });
    const button = await screen.findByRole('button', { name: 'Continue with Google' });
    expect(button).toHaveAttribute('type', 'button');
    await userEvent.setup().click(button);
    expect(supabase.auth.signInWithOAuth).toHaveBeenCalledWith({
      provider: 'google',
      options: { redirectTo: `${window.location.origin}/sign-in?next=${encodeURIComponent('/app/settings')}` },
    });
  });

  it('is offered on sign-up too', async () => {
    renderWithProviders(<SignUpPage />, { route: '/sign-up' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect(supabase.auth.signInWithOAuth).toHaveBeenCalledWith({
      provider: 'google',
      options: { redirectTo: `${window.location.origin}/sign-in` },
    });
  });

  it('explains a refused or cancelled Google sign-in that Auth sent back in the fragment', async () => {
    renderWithProviders(<SignInPage />, {
      route: '/sign-in#error=access_denied&error_code=provider_error&error_description=The+user+denied+access',
      path: '/sign-in',
    });
    expect(await screen.findByText("Google sign-in didn't work")).toBeInTheDocument();
    expect(screen.getByText(/the sign-in was cancelled or refused/)).toBeInTheDocument();
    // Never the server's raw text.
    expect(screen.queryByText(/denied access/)).not.toBeInTheDocument();
  });

  it('explains a blocked account sent back in the query (PKCE)', async () => {
    renderWithProviders(<SignInPage />, {
      route: '/sign-in?error=server_error&error_code=user_banned&error_description=User+is+banned',
      path: '/sign-in',
    });
    expect(await screen.findByText(/This account has been blocked/)).toBeInTheDocument();
  });

  it('shows no error on a plain visit', async () => {
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    await screen.findByRole('button', { name: 'Continue with Google' });
    expect(screen.queryByText("Google sign-in didn't work")).not.toBeInTheDocument();
  });

  it('shows why the flow could not start', async () => {
    supabase.auth.signInWithOAuth.mockResolvedValue({
      data: { provider: 'google', url: null },
      error: new AuthApiError('Too many requests', 429, 'over_request_rate_limit'),
    });
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Continue with Google' }));
    expect(await screen.findByText('Too many requests')).toBeInTheDocument();
  });
});
