import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { SignUpForm } from './SignUpForm';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;

async function fill(values: { fullName?: string; email?: string; password?: string; confirm?: string }) {
  const user = userEvent.setup();
  if (values.fullName !== undefined) await user.type(screen.getByLabelText('Full name'), values.fullName);
  if (values.email !== undefined) await user.type(screen.getByLabelText('Email'), values.email);
  if (values.password !== undefined) await user.type(screen.getByLabelText('Password'), values.password);
  if (values.confirm !== undefined) await user.type(screen.getByLabelText('Confirm password'), values.confirm);
  return user;
}

describe('SignUpForm', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('shows a message for every missing field and focuses the first one', async () => {
    renderWithProviders(<SignUpForm />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    expect(await screen.findByText('Enter your full name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter a password.')).toBeInTheDocument();
    expect(screen.getByText('Confirm your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveFocus();
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    expect(supabase.auth.signUp).not.toHaveBeenCalled();
  });

  it.each([
    ['Ab1', 'Password must be at least 8 characters.'],
    ['alllowercase1', 'Password must include an uppercase letter.'],
    ['ALLUPPERCASE1', 'Password must include a lowercase letter.'],
    ['NoDigitsHere', 'Password must include a number.'],
  ])('enforces the password policy: %s → %s', async (password, message) => {
    renderWithProviders(<SignUpForm />);
    const user = await fill({ fullName: 'Ada', email: 'ada@example.com', password, confirm: password });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    const field = screen.getByLabelText('Password');
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field).toHaveFocus();
    expect(supabase.auth.signUp).not.toHaveBeenCalled();
  });

  it('shows the policy as a live checklist', async () => {
    renderWithProviders(<SignUpForm />);
    expect(screen.getByText('At least 8 characters')).toHaveTextContent('(missing)');
    await fill({ password: 'Abcdefg1' });
    for (const label of ['At least 8 characters', 'An uppercase letter (A–Z)', 'A lowercase letter (a–z)', 'A number (0–9)']) {
      expect(screen.getByText(label)).toHaveTextContent('(done)');
    }
  });

  it('reports mismatched passwords on the confirmation field', async () => {
    renderWithProviders(<SignUpForm />);
    const user = await fill({ fullName: 'Ada', email: 'ada@example.com', password: 'Str0ngPass', confirm: 'Str0ngPas' });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    expect(await screen.findByText('Passwords do not match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Confirm password')).toHaveFocus();
    expect(supabase.auth.signUp).not.toHaveBeenCalled();
  });

  it('validates the email format once the field is left', async () => {
    renderWithProviders(<SignUpForm />);
    const user = await fill({ email: 'not-an-email' });
    await user.tab();
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('signs up with a normalised email, the full name in user metadata and the /app redirect', async () => {
    vi.mocked(supabase.auth.signUp).mockResolvedValue({
      data: { user: { id: 'u1', identities: [{}] }, session: { access_token: 't' } },
      error: null,
    } as never);
    const onSignedUp = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    const user = await fill({
      fullName: '  Ada Lovelace ',
      email: '  Ada@Example.COM ',
      password: 'Str0ngPass',
      confirm: 'Str0ngPass',
    });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    await waitFor(() => expect(onSignedUp).toHaveBeenCalledWith({ signedIn: true, email: 'ada@example.com' }));
    expect(supabase.auth.signUp).toHaveBeenCalledWith({
      email: 'ada@example.com',
      password: 'Str0ngPass',
      options: {
        data: { full_name: 'Ada Lovelace' },
        emailRedirectTo: `${window.location.origin}/app`,
      },
    });
  });

  it('maps weak_password from the server and lists the reasons', async () => {
    vi.mocked(supabase.auth.signUp).mockResolvedValue({
      data: { user: null, session: null },
      error: new AuthWeakPasswordError('Password is known to be weak and easy to guess', 422, ['pwned']),
    } as never);
    renderWithProviders(<SignUpForm />);
    const user = await fill({ fullName: 'Ada', email: 'ada@example.com', password: 'Passw0rd1', confirm: 'Passw0rd1' });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please choose a stronger password.');
    expect(alert).toHaveTextContent('It has appeared in a known data breach.');
  });

  it('maps user_already_exists to a readable message', async () => {
    vi.mocked(supabase.auth.signUp).mockResolvedValue({
      data: { user: null, session: null },
      error: new AuthApiError('User already registered', 422, 'user_already_exists'),
    } as never);
    renderWithProviders(<SignUpForm />);
    const user = await fill({ fullName: 'Ada', email: 'ada@example.com', password: 'Str0ngPass', confirm: 'Str0ngPass' });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('An account with this email already exists. Try signing in instead.');
  });
});
