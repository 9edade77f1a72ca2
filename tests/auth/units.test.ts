/** Pure helpers of the auth service (no stack needed). */
import { describe, expect, it } from 'vitest';
import { parseGoDuration } from '../../stack/auth/durations.ts';
import { passwordWeakness } from '../../stack/auth/passwords.ts';
import { isRedirectUrlValid } from '../../stack/auth/redirects.ts';
import { validateEmail } from '../../stack/auth/request.ts';
import { encodeValues } from '../../stack/auth/tokens.ts';
import type { ApiError } from '../../stack/auth/errors.ts';
import { assertMetadataWithinLimits, MAX_METADATA_BYTES, MAX_METADATA_DEPTH } from '../../stack/auth/metadata.ts';

describe('parseGoDuration (ban_duration)', () => {
  it('parses Go durations', () => {
    expect(parseGoDuration('24h')).toBe(86_400_000);
    expect(parseGoDuration('876000h')).toBe(876_000 * 3_600_000);
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('300ms')).toBe(300);
    expect(parseGoDuration('-2m')).toBe(-120_000);
    expect(parseGoDuration('0')).toBe(0);
  });

  it('rejects what Go rejects', () => {
    for (const bad of ['', 'forever', '24', 'h', '1d', '1h x', '9999999999h']) expect(() => parseGoDuration(bad), bad).toThrow(/time: /);
  });
});

describe('password policy', () => {
  it('reports length and missing character classes', () => {
    expect(passwordWeakness('Abcdefg1', 8)).toBeNull();
    expect(passwordWeakness('Abc1', 8)!.reasons).toEqual(['length']);
    const weak = passwordWeakness('abcdefgh', 8)!;
    expect(weak.reasons).toEqual(['characters']);
    expect(weak.message).toContain('Missing: an uppercase letter and a digit.');
    expect(passwordWeakness('ABCDEFGH1', 8)!.message).toContain('Missing: a lowercase letter.');
    expect(passwordWeakness('', 8)!.reasons).toEqual(['length', 'characters']);
  });
});

describe('redirect allow list', () => {
  const config = { siteUrl: 'http://localhost:5173', additionalRedirectUrls: ['https://*.example.com/auth/**', 'https://app.test/cb'] };
  it.each([
    ['http://localhost:5173/reset', true],
    ['https://a.example.com/auth/callback/x', true],
    ['https://a.b.example.com/auth/callback', false],
    ['https://evil.com/?https://a.example.com/auth/', false],
    ['https://app.test/cb', true],
    ['https://app.test/cb?next=1', true],
    ['https://app.test/cbx', false],
    ['https://app.test.evil.com/cb', false],
    ['http://user@evil.com/', false],
    ['ftp://localhost:5173/', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isRedirectUrlValid(config, url)).toBe(expected);
  });

  // The local stack's entry: any port on the loopback IP. A `*` must not reach past the port.
  const loopback = { siteUrl: 'http://localhost:5173', additionalRedirectUrls: ['http://127.0.0.1:*/**'] };
  it.each([
    ['http://127.0.0.1:4173/auth/callback', true],
    ['http://127.0.0.1:5173/', true],
    ['http://127.0.0.1:x@evil-host/steal', false],
    ['http://127.0.0.1:5173@evil-host/steal', false],
    ['http://127.0.0.1@evil-host/steal', false],
    ['http://evil-host/http://127.0.0.1:5173/', false],
    ['http://127.0.0.1.evil-host:5173/', false],
    ['https://127.0.0.1:5173/', false],
    ['http://127.0.0.1/no-port', false],
    ['http://user:pass@localhost:5173/', false],
  ])('%s → %s (loopback, any port)', (url, expected) => {
    expect(isRedirectUrlValid(loopback, url)).toBe(expected);
  });
});

describe('metadata caps', () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return 'ok';
    } catch (err) {
      return `${(err as ApiError).status} ${(err as ApiError).errorCode}`;
    }
  };
  it('accepts ordinary metadata and refuses oversized or deeply nested metadata with 400 validation_failed', () => {
    expect(codeOf(() => assertMetadataWithinLimits({ full_name: 'Ada Lovelace', prefs: { theme: { mode: 'dark' } } }))).toBe('ok');
    expect(codeOf(() => assertMetadataWithinLimits({ full_name: 'x'.repeat(MAX_METADATA_BYTES) }))).toBe('400 validation_failed');
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 3000; i++) deep = { d: deep };
    expect(codeOf(() => assertMetadataWithinLimits(deep))).toBe('400 validation_failed');
    let limit: Record<string, unknown> = {};
    for (let i = 0; i < MAX_METADATA_DEPTH - 1; i++) limit = { d: limit };
    expect(codeOf(() => assertMetadataWithinLimits(limit))).toBe('ok');
    expect(codeOf(() => assertMetadataWithinLimits({ d: limit }))).toBe('400 validation_failed');
  });
});

describe('validateEmail', () => {
  it('normalises and classifies', () => {
    expect(validateEmail('  Someone@Example.COM ')).toBe('someone@example.com');
    const codeOf = (value: string) => {
      try {
        validateEmail(value);
        return 'ok';
      } catch (err) {
        return (err as ApiError).errorCode;
      }
    };
    expect(codeOf('')).toBe('validation_failed');
    expect(codeOf('a@b@c.com')).toBe('validation_failed');
    expect(codeOf('someone@localhost')).toBe('email_address_invalid');
    expect(codeOf('someone@mail.invalid')).toBe('email_address_invalid');
  });
});

describe("Go's url.Values encoding (redirect fragments)", () => {
  it('sorts keys and escapes like QueryEscape', () => {
    expect(encodeValues({ type: 'recovery', error_description: "It's (gone) now!", a: 'x y' })).toBe(
      'a=x+y&error_description=It%27s+%28gone%29+now%21&type=recovery',
    );
  });
});
