import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { ResetPasswordPage } from './reset-password-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

describe('ResetPasswordPage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('explains what to do when opened without a reset link', async () => {
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password', auth: makeAuth('unauthenticated') });
    expect(await screen.findByRole('heading', { name: 'Open the link from your email' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send me a reset link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('updates the password with the recovery session', async () => {
    vi.mocked(supabase.auth.updateUser).mockResolvedValue({ data: { user: {} }, error: null } as never);
    renderWithProviders(<ResetPasswordPage />, {
      route: '/reset-password',
      auth: makeAuth('authenticated', { isPasswordRecovery: true }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('New password'), 'weak');
    await user.click(screen.getByRole('button', { name: 'Update password' }));
    expect(await screen.findByText('Password must be at least 8 characters.')).toBeInTheDocument();
    expect(supabase.auth.updateUser).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'N3wPassword');
    await user.click(screen.getByRole('button', { name: 'Update password' }));

    expect(await screen.findByRole('heading', { name: 'Password updated' })).toBeInTheDocument();
    expect(supabase.auth.updateUser).toHaveBeenCalledWith({ password: 'N3wPassword' });
    expect(screen.getByRole('link', { name: 'Continue to your profile' })).toHaveAttribute('href', '/app');
  });
});
