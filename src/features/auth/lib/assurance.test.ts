import type { Session } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { accessTokenAal, needsSecondFactor } from './assurance';

const token = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

const session = (aal: string, factors: { status: string }[] | undefined) =>
  ({ access_token: token({ sub: 'u', aal }), user: { id: 'u', factors } }) as unknown as Session;

describe('needsSecondFactor', () => {
  it('reads the aal claim of an access token', () => {
    expect(accessTokenAal(token({ aal: 'aal2' }))).toBe('aal2');
    expect(accessTokenAal('not-a-jwt')).toBeNull();
  });

  it('asks for the code only when a verified factor exists and the session is below aal2', () => {
    expect(needsSecondFactor(null)).toBe(false);
    expect(needsSecondFactor(session('aal1', undefined))).toBe(false);
    expect(needsSecondFactor(session('aal1', [{ status: 'unverified' }]))).toBe(false);
    expect(needsSecondFactor(session('aal1', [{ status: 'verified' }]))).toBe(true);
    expect(needsSecondFactor(session('aal2', [{ status: 'verified' }]))).toBe(false);
  });
});
