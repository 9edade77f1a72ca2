import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { renderWithProviders } from '@/test/render';
import type * as Env from '@/lib/env';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { ForgotPasswordForm } from './ForgotPasswordForm';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
vi.mock('@/lib/env', async (importOriginal) => ({
  ...(await importOriginal<typeof Env>()),
  getLocalMailboxUrl: () => 'http://127.0.0.1:54324',
}));
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

describe('ForgotPasswordForm', () => {
  it('sends the reset link to /reset-password and shows the inbox state with the local mailbox', async () => {
    vi.mocked(supabase.auth.resetPasswordForEmail).mockResolvedValue({ data: {}, error: null } as never);
    renderWithProviders(<ForgotPasswordForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), ' Ada@Example.com');
    await user.click(screen.getByRole('button', { name: 'Send reset link' }));

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeInTheDocument();
    expect(supabase.auth.resetPasswordForEmail).toHaveBeenCalledWith('ada@example.com', {
      redirectTo: `${window.location.origin}/reset-password`,
    });
    expect(screen.getByRole('link', { name: 'http://127.0.0.1:54324' })).toHaveAttribute('href', 'http://127.0.0.1:54324');
  });
});
