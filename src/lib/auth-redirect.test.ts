import { describe, expect, it } from 'vitest';
import { parseAuthRedirect } from './auth-redirect';

describe('parseAuthRedirect', () => {
  it('reads a recovery redirect from the hash', () => {
    expect(parseAuthRedirect('http://localhost:5173/reset-password#access_token=abc&refresh_token=r&type=recovery')).toEqual({
      type: 'recovery',
      hasSession: true,
      errorCode: null,
      errorDescription: null,
    });
  });

  it('reads an expired-link error', () => {
    expect(
      parseAuthRedirect(
        'http://localhost:5173/reset-password#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired',
      ),
    ).toEqual({
      type: null,
      hasSession: false,
      errorCode: 'otp_expired',
      errorDescription: 'Email link is invalid or has expired',
    });
  });

  it('returns nothing special for a plain URL', () => {
    expect(parseAuthRedirect('http://localhost:5173/app')).toEqual({
      type: null,
      hasSession: false,
      errorCode: null,
      errorDescription: null,
    });
  });
});
