import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import { afterEach, describe, expect, it } from 'vitest';
import { fromAuthError } from './auth-errors';
import { UserFacingError } from './errors';
import { setLanguage } from './i18n';

describe('fromAuthError', () => {
  afterEach(() => setLanguage('en'));

  it.each([
    ['user_already_exists', 'An account with this email already exists. Try signing in instead.'],
    ['email_exists', 'An account with this email already exists.'],
    ['identity_already_exists', 'An account with this email already exists.'],
    ['same_password', 'Your new password must be different from your current password.'],
    ['otp_expired', 'This link is invalid or has expired. Please request a new one.'],
    ['session_not_found', 'Your session has expired. Please request a new link or sign in again.'],
    ['reauthentication_needed', 'Please sign in again before changing this.'],
    ['signup_disabled', 'New sign-ups are currently disabled.'],
    ['user_banned', 'This account has been blocked. Contact support if you think this is a mistake.'],
  ])('words %s by its code, whatever the server wrote', (code, message) => {
    expect(fromAuthError(new AuthApiError('raw server text', 400, code))).toMatchObject({ code, message });
  });

  it('words a code in the UI language', async () => {
    await setLanguage('de');
    expect(fromAuthError(new AuthApiError('Invalid login credentials', 400, 'invalid_credentials')).message).toBe(
      'E-Mail-Adresse oder Passwort ist falsch.',
    );
  });

  it('turns weak-password reasons into readable details', () => {
    const error = fromAuthError(new AuthWeakPasswordError('weak', 422, ['length', 'characters']));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe('Please choose a stronger password.');
    expect(error.details).toEqual(['It is too short.', 'It needs an uppercase letter, a lowercase letter and a number.']);
  });

  it('maps the lockout hook’s refusal (429 without a code of its own) to the lock explanation, not a rate limit', () => {
    const locked = fromAuthError(new AuthApiError('Too many failed sign-in attempts. Try again in 15 minutes.', 429, 'unknown'));
    expect(locked.message).toMatch(/^Password sign-in is paused for this account/);
    const limited = fromAuthError(new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'));
    expect(limited.message).toBe('Request rate limit reached');
    expect(fromAuthError({ code: 'over_email_send_rate_limit', status: 429, message: '' }).message).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });

  it('is decided by the code, never by matching the words of a message without one', () => {
    // Without a machine code the server's readable sentence is shown as written, whatever it says.
    expect(fromAuthError(new AuthApiError('Invalid login credentials', 400, undefined)).message).toBe('Invalid login credentials');
    expect(fromAuthError(new AuthApiError('Invalid login credentials', 400, undefined)).code).toBe('http_400');
  });

  it("uses the caller's fallback for a 5xx or an unknown error, never a raw payload", () => {
    expect(fromAuthError(new AuthApiError('db down', 500, 'unexpected_failure'), 'Could not change your email.').message).toBe(
      'Could not change your email.',
    );
    expect(fromAuthError(new Error('TypeError: x is undefined at foo (bar.js:1:2)')).message).toBe(
      'Something went wrong. Please try again.',
    );
    expect(fromAuthError('boom').message).toBe('Something went wrong. Please try again.');
  });
});
