/**
 * The runtime's per-function JWT check (supabase/config.toml `verify_jwt`, default true), made before a
 * function's handler runs, as hosted Supabase's edge runtime does it in its main service rather than in
 * Kong. Whichever gateway is in front (nginx, or the Node gateway when nginx is absent) proxies function
 * calls without looking at the token; the answers below are the ones the platform gives.
 */
import { hmacKey, verifyJwt } from '../lib/jwt.ts';

export interface JwtGateOptions {
  /** The stack's JWT secret (HS256, as every key and access token the local auth service signs). */
  jwtSecret: string;
  /** Functions listed with false are called without a JWT; every other function needs one. */
  verifyJwt: Readonly<Record<string, boolean>>;
}

export interface JwtRefusal {
  status: 401;
  body: { code: 401; message: string };
}

const MISSING: JwtRefusal = { status: 401, body: { code: 401, message: 'Missing authorization header' } };
const INVALID: JwtRefusal = { status: 401, body: { code: 401, message: 'Invalid JWT' } };

/** Returns a check answering null when the call may go on to the function, or the refusal to send. */
export function jwtGate(options: JwtGateOptions): (functionName: string, authorization: string | null) => JwtRefusal | null {
  const key = hmacKey(options.jwtSecret);
  return (functionName, authorization) => {
    if (options.verifyJwt[functionName] === false) return null;
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return MISSING;
    try {
      verifyJwt(token, key);
      return null;
    } catch {
      return INVALID;
    }
  };
}
