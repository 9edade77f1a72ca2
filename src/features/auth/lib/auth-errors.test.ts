import { AuthApiError, AuthWeakPasswordError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/errors';
import { AUTH_MESSAGES, mapAuthError } from './auth-errors';

describe('mapAuthError', () => {
  it.each([
    ['user_already_exists', AUTH_MESSAGES.userAlreadyExists],
    ['email_exists', AUTH_MESSAGES.userAlreadyExists],
    ['same_password', AUTH_MESSAGES.samePassword],
    ['otp_expired', AUTH_MESSAGES.linkExpired],
    ['session_not_found', AUTH_MESSAGES.sessionExpired],
    ['signup_disabled', AUTH_MESSAGES.signupDisabled],
  ])('maps %s', (code, message) => {
    expect(mapAuthError(new AuthApiError('raw server text', 400, code)).message).toBe(message);
  });

  it('turns weak-password reasons into readable details', () => {
    const error = mapAuthError(new AuthWeakPasswordError('weak', 422, ['length', 'characters']));
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.message).toBe(AUTH_MESSAGES.weakPassword);
    expect(error.details).toEqual(['It is too short.', 'It needs an uppercase letter, a lowercase letter and a number.']);
  });

  it('maps the lockout hook’s refusal (429 without a code of its own) to the lock explanation, not a rate limit', () => {
    const locked = mapAuthError(new AuthApiError('Too many failed sign-in attempts. Try again in 15 minutes.', 429, 'unknown'));
    expect(locked.message).toBe(AUTH_MESSAGES.accountLocked);
    const limited = mapAuthError(new AuthApiError('Request rate limit reached', 429, 'over_request_rate_limit'));
    expect(limited.message).toBe('Request rate limit reached');
  });

  it('is decided by the code, never by matching the words of a message without one', () => {
    // Without a machine code the server's readable sentence is shown as written, whatever it says.
    expect(mapAuthError(new AuthApiError('Invalid login credentials', 400, undefined)).message).toBe('Invalid login credentials');
    expect(mapAuthError(new AuthApiError('Invalid login credentials', 400, undefined)).code).toBe('http_400');
  });

  it('never surfaces unknown non-auth errors', () => {
    expect(mapAuthError(new Error('TypeError: x is undefined at foo (bar.js:1:2)')).message).toBe(
      'Something went wrong. Please try again.',
    );
    expect(mapAuthError('boom').message).toBe('Something went wrong. Please try again.');
  });
});
