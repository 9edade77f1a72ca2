// Imported by Node (auth, storage) and by Deno (the functions runtime's verify_jwt check): Node built-ins only.
import { Buffer } from 'node:buffer';
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

export type JwtPayload = Record<string, unknown> & { exp?: number; iat?: number; role?: string; sub?: string };

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

export function signJwt(payload: JwtPayload, secret: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify(payload));
  const signature = createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

export class JwtError extends Error {}

/** The HMAC key for a secret, imported once; pass it to verifyJwt on hot paths instead of the string. */
export function hmacKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/** Verifies an HS256 token and its expiry; returns the payload. */
export function verifyJwt(token: string, secret: string | KeyObject, nowSeconds = Math.floor(Date.now() / 1000)): JwtPayload {
  const parts = token.split('.');
  if (parts.length !== 3) throw new JwtError('malformed token');
  const [header, body, signature] = parts as [string, string, string];
  let alg: unknown;
  try {
    alg = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
  } catch {
    throw new JwtError('malformed token header');
  }
  if (alg !== 'HS256') throw new JwtError('unsupported signing algorithm');
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError('invalid signature');
  let payload: JwtPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new JwtError('malformed token payload');
  }
  if (typeof payload.exp === 'number' && payload.exp <= nowSeconds) throw new JwtError('token is expired');
  return payload;
}
