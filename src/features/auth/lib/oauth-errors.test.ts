import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import { oauthErrorKey, oauthRedirectError } from './oauth-errors';

describe('oauthRedirectError', () => {
  it('reads the implicit flow fragment and the PKCE query', () => {
    expect(oauthRedirectError({ search: '', hash: '#error=access_denied&error_code=provider_error&error_description=x' })).toBe(
      'cancelled',
    );
    expect(oauthRedirectError({ search: '?error=server_error&error_code=flow_state_not_found', hash: '' })).toBe('expired');
    expect(oauthRedirectError({ search: '?next=%2Fapp', hash: '' })).toBeNull();
  });

  it('falls back to a general message for codes it does not know', () => {
    expect(oauthErrorKey('bad_oauth_callback')).toBe('failed');
    expect(oauthErrorKey(null)).toBe('failed');
  });

  it('has words for every key it can return', () => {
    for (const code of ['provider_error', 'user_banned', 'flow_state_expired', 'signup_disabled', 'email_exists', 'x']) {
      expect(en.oauth.errors[oauthErrorKey(code)]).toBeTruthy();
    }
  });
});
