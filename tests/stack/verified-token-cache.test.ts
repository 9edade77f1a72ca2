/** The gateway's cache of verified function-call tokens (no stack needed). */
import { describe, expect, it } from 'vitest';
import { hmacKey, signJwt } from '../../stack/lib/jwt.ts';
import { VerifiedTokenCache } from '../../stack/lib/verified-token-cache.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

describe('VerifiedTokenCache', () => {
  it('accepts a valid token again only until it expires', () => {
    let now = 1_000;
    const cache = new VerifiedTokenCache(hmacKey(SECRET), 100, () => now);
    const token = signJwt({ sub: 'u1', exp: 1_060 }, SECRET);
    expect(cache.valid(token)).toBe(true);
    now = 1_059;
    expect(cache.valid(token)).toBe(true);
    now = 1_060;
    expect(cache.valid(token)).toBe(false);
    expect(cache.valid(token)).toBe(false);
  });

  it('refuses a forged token every time, also after the genuine one was seen', () => {
    const cache = new VerifiedTokenCache(hmacKey(SECRET), 100, () => 1_000);
    const genuine = signJwt({ sub: 'u1', exp: 2_000 }, SECRET);
    const forged = signJwt({ sub: 'u1', exp: 2_000, role: 'service_role' }, 'another-secret-entirely-of-some-length');
    expect(cache.valid(genuine)).toBe(true);
    expect(cache.valid(forged)).toBe(false);
    expect(cache.valid(forged)).toBe(false);
    expect(cache.valid(`${genuine}x`)).toBe(false);
  });

  it('stays bounded: when full it starts over and still verifies', () => {
    const cache = new VerifiedTokenCache(hmacKey(SECRET), 2, () => 1_000);
    const tokens = [1, 2, 3].map((n) => signJwt({ sub: `u${n}`, exp: 2_000 }, SECRET));
    for (const token of tokens) {
      expect(cache.valid(token)).toBe(true);
      expect(cache.size).toBeLessThanOrEqual(2);
    }
    for (const token of tokens) expect(cache.valid(token)).toBe(true);
  });
});
