import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { SignInForm } from './SignInForm';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

async function submit(email = 'ada@example.com', password = 'whatever') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('validates fields before calling the server', async () => {
    renderWithProviders(<SignInForm />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(supabase.auth.signInWithPassword).not.toHaveBeenCalled();
  });

  it('trims and lower-cases the email', async () => {
    vi.mocked(supabase.auth.signInWithPassword).mockResolvedValue({
      data: { user: {}, session: {} },
      error: null,
    } as never);
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await submit('  Ada@Example.com ', 'Secret123');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(supabase.auth.signInWithPassword).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'Secret123' });
  });

  it.each([
    ['invalid_credentials', new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'), 'Email or password is incorrect.'],
    [
      'email_not_confirmed',
      new AuthApiError('Email not confirmed', 400, 'email_not_confirmed'),
      'Please confirm your email address first.',
    ],
    ['user_banned', new AuthApiError('User is banned', 400, 'user_banned'), 'This account has been blocked.'],
    [
      'rate limit (429) shows the server message',
      new AuthApiError('Too many failed attempts. Try again in 15 minutes.', 429, 'over_request_rate_limit'),
      'Too many failed attempts. Try again in 15 minutes.',
    ],
    [
      'a locked account (429 account_locked) points to the e-mail link',
      new AuthApiError(
        'Too many failed sign-in attempts. Try again in 15 minutes, or sign in with a link sent by email.',
        429,
        'account_locked',
      ),
      'Password sign-in is paused for this account after too many failed attempts. To get in now, use "Forgot your password?"',
    ],
    [
      'rate limit without a readable message',
      new AuthApiError('{}', 429, undefined),
      'Too many attempts. Please wait a moment and try again.',
    ],
    [
      'account locked (400 with message)',
      new AuthApiError('Account locked after too many failed sign-in attempts. Try again later.', 400, undefined),
      'Account locked after too many failed sign-in attempts. Try again later.',
    ],
    // Without a code the readable sentence is shown as the server wrote it; its words are never matched.
    ['blocked by a hook without a code', new AuthApiError('This account is blocked', 403, undefined), 'This account is blocked'],
    ['network failure', new AuthRetryableFetchError('Failed to fetch', 0), "We couldn't reach the server."],
    [
      'raw JSON payload is never shown',
      new AuthApiError('{"code":500,"error_code":"unexpected_failure","msg":"boom"}', 500, 'unexpected_failure'),
      'Something went wrong. Please try again.',
    ],
  ])('maps %s to a readable message', async (_name, error, expected) => {
    vi.mocked(supabase.auth.signInWithPassword).mockResolvedValue({
      data: { user: null, session: null },
      error,
    } as never);
    renderWithProviders(<SignInForm />);
    await submit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(expected);
    expect(alert.textContent).not.toMatch(/[{}]/);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
