/** Pure helpers of the auth service (no stack needed). */
import { describe, expect, it } from 'vitest';
import { parseGoDuration } from '../../stack/auth/durations.ts';
import { passwordWeakness } from '../../stack/auth/passwords.ts';
import { isRedirectUrlValid } from '../../stack/auth/redirects.ts';
import { validateEmail } from '../../stack/auth/request.ts';
import { encodeValues } from '../../stack/auth/tokens.ts';
import { ApiError } from '../../stack/auth/errors.ts';

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
