import type { KeyObject } from 'node:crypto';
import { verifyJwt, type JwtPayload } from '../lib/jwt.ts';
import { StorageError } from './errors.ts';

export type ApiRole = 'anon' | 'authenticated' | 'service_role';
const API_ROLES: readonly string[] = ['anon', 'authenticated', 'service_role'];

export interface Caller {
  role: ApiRole;
  claims: JwtPayload;
  /** The user id (`sub`) of an authenticated caller. */
  userId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is calling: the Bearer JWT, else the apikey (which is itself a JWT carrying only a role), as
 * Supabase Storage decides. The gateway does not check keys on /storage/v1 (public object URLs are
 * fetched without one), so the signature is checked here.
 */
export function callerOf(headers: Headers, key: KeyObject): Caller {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  const token = bearer ?? headers.get('apikey') ?? undefined;
  if (!token) throw new StorageError(400, 'InvalidRequest', "headers must have required property 'authorization'");
  let claims: JwtPayload;
  try {
    claims = verifyJwt(token, key);
  } catch (error) {
    throw new StorageError(403, 'InvalidJWT', (error as Error).message);
  }
  if (typeof claims.role !== 'string' || !API_ROLES.includes(claims.role)) {
    throw new StorageError(403, 'InvalidJWT', 'The token carries no API role');
  }
  const userId = typeof claims.sub === 'string' && UUID.test(claims.sub) ? claims.sub : null;
  return { role: claims.role as ApiRole, claims, userId };
}
