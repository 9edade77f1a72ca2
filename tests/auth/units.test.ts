/** Pure helpers of the auth service (no stack needed). */
import { describe, expect, it } from 'vitest';
import { parseGoDuration } from '../../stack/auth/durations.ts';
import { passwordWeakness } from '../../stack/auth/passwords.ts';
import { isRedirectUrlValid } from '../../stack/auth/redirects.ts';
import { validateEmail } from '../../stack/auth/request.ts';
import { encodeValues } from '../../stack/auth/tokens.ts';
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUri, totpCode, verifyTotp } from '../../stack/auth/totp.ts';
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

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B: the ASCII keys "1234567890" repeated to 20, 32 and 64 bytes, 8 digits.
  const keys = {
    sha1: Buffer.from('12345678901234567890'),
    sha256: Buffer.from('12345678901234567890123456789012'),
    sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
  };
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  it.each(vectors)('at %i s gives the RFC codes', (time, sha1, sha256, sha512) => {
    const step = Math.floor(time / 30);
    expect(hotp(keys.sha1, step, 8, 'sha1')).toBe(sha1);
    expect(hotp(keys.sha256, step, 8, 'sha256')).toBe(sha256);
    expect(hotp(keys.sha512, step, 8, 'sha512')).toBe(sha512);
  });

  it('round-trips base32 and checks 6-digit codes with one step of skew either way', () => {
    expect(base32Encode(keys.sha1)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')).toEqual(keys.sha1);
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const now = 1_700_000_000;
    expect(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59)).toBe('287082');
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now - 30), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now + 30), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now - 60), now)).toBe(false);
    expect(verifyTotp(secret, totpCode(secret, now + 60), now)).toBe(false);
    expect(verifyTotp(secret, '12345', now)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', now)).toBe(false);
  });

  it('builds the otpauth URI authenticator apps read', () => {
    expect(otpauthUri('ABC', 'InterviewAI', 'a@b.co')).toBe(
      'otpauth://totp/InterviewAI:a%40b.co?algorithm=SHA1&digits=6&issuer=InterviewAI&period=30&secret=ABC',
    );
  });
});
