import type { Context } from 'hono';
import { JwtError, verifyJwt, type JwtPayload } from '../lib/jwt.ts';
import { ApiError, badRequest, forbidden } from './errors.ts';
import type { AuthDeps } from './deps.ts';
import { findSession, type SessionRow } from './sessions.ts';
import { findUserById, type UserRow } from './users.ts';

/** Roles GoTrue treats as admin (GOTRUE_JWT_ADMIN_ROLES default). */
export const ADMIN_ROLES = ['service_role', 'supabase_admin'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** golang-jwt v5's wording, which GoTrue includes in bad_jwt messages. */
function jwtReason(err: unknown): string {
  const message = err instanceof JwtError ? err.message : String(err);
  if (message.includes('expired')) return 'token has invalid claims: token is expired';
  if (message.includes('signature')) return 'token signature is invalid: signature is invalid';
  if (message.includes('algorithm')) return 'token is unverifiable: signing method is invalid';
  return 'token is malformed: could not parse token';
}

export function bearerToken(c: Context): string {
  const match = /^bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
  if (!match) throw new ApiError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
  return match[1]!;
}

export function verifiedClaims(deps: AuthDeps, token: string): JwtPayload {
  try {
    return verifyJwt(token, deps.config.jwtSecret);
  } catch (err) {
    throw forbidden('bad_jwt', `invalid JWT: unable to parse or verify signature, ${jwtReason(err)}`);
  }
}

export interface Authenticated {
  claims: JwtPayload;
  user: UserRow;
  session: SessionRow | null;
}

/** GoTrue's requireAuthentication + maybeLoadUserOrSession for user endpoints (/user, /logout). */
export async function requireUser(deps: AuthDeps, c: Context): Promise<Authenticated> {
  const claims = verifiedClaims(deps, bearerToken(c));
  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  if (!sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (!isUuid(sub)) throw badRequest('bad_jwt', 'invalid claim: sub claim must be a UUID');
  const sessionId = typeof claims.session_id === 'string' ? claims.session_id : '';
  const hasSession = sessionId !== '' && sessionId !== '00000000-0000-0000-0000-000000000000';
  if (hasSession && !isUuid(sessionId)) throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
  // both reads at once (every user endpoint pays for them); the user's checks still come first
  const [user, session] = await Promise.all([findUserById(deps.db, sub), hasSession ? findSession(deps.db, sessionId) : null]);
  if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
  if (hasSession && (!session || session.user_id !== user.id)) {
    throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  if (user.is_banned) throw forbidden('user_banned', 'User is banned');
  return { claims, user, session };
}

/** GoTrue's requireAdmin: a valid JWT whose role is an admin role. */
export function requireAdmin(deps: AuthDeps, c: Context): { role: string } {
  const claims = verifiedClaims(deps, bearerToken(c));
  const role = typeof claims.role === 'string' ? claims.role : '';
  if (!ADMIN_ROLES.includes(role)) throw forbidden('not_admin', 'User not allowed');
  return { role };
}
