import { randomBytes } from 'node:crypto';
import { signJwt } from '../lib/jwt.ts';
import { INSTANCE_ID, type Queryable } from './db.ts';
import { createSession, sessionAssurance, type AuthMethod, type ClientInfo } from './sessions.ts';
import { loadFactors } from './factors.ts';
import { findUserById, loadIdentities, recordSignIn, userJson, type Json, type UserRow } from './users.ts';

export interface TokenSettings {
  jwtSecret: string;
  jwtExpirySeconds: number;
  issuer: string;
}

export interface SessionResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Json;
  weak_password?: { message: string; reasons: string[] };
}

/** GoTrue's v1 refresh tokens: random, URL-safe, stored as-is in auth.refresh_tokens.token. */
export function newRefreshTokenValue(): string {
  return randomBytes(16).toString('base64url');
}

/** Inserts a refresh token for a session; `parent` is the token it replaces (rotation). */
export async function insertRefreshToken(tx: Queryable, userId: string, sessionId: string, parent: string | null): Promise<string> {
  const token = newRefreshTokenValue();
  await tx.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
     values ($1, $2, $3, false, now(), now(), $4, $5)`,
    [INSTANCE_ID, token, userId, parent, sessionId],
  );
  return token;
}

/** Signs the access token with exactly GoTrue's claim set. */
export async function signAccessToken(
  db: Queryable,
  settings: TokenSettings,
  user: UserRow,
  sessionId: string,
): Promise<{ token: string; expiresAt: number }> {
  const iat = Math.floor(Date.now() / 1000);
  const exp = iat + settings.jwtExpirySeconds;
  // The session's assurance level: aal2 once a factor was verified in it (GoTrue's CalculateAALAndAMR).
  const { aal, amr } = await sessionAssurance(db, sessionId);
  const claims = {
    iss: settings.issuer,
    sub: user.id,
    aud: user.aud ?? 'authenticated',
    exp,
    iat,
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role ?? '',
    aal,
    amr,
    session_id: sessionId,
    is_anonymous: user.is_anonymous,
  };
  return { token: signJwt(claims, settings.jwtSecret), expiresAt: exp };
}

/**
 * Builds the session JSON (AccessTokenResponse) for a user/session/refresh token. `current` is the user's row
 * when the caller has just read or written it in the same transaction (saves reading it again).
 */
export async function sessionResponse(
  db: Queryable,
  settings: TokenSettings,
  userId: string,
  sessionId: string,
  refreshToken: string,
  current?: UserRow,
): Promise<SessionResponse> {
  const user = current ?? (await findUserById(db, userId));
  if (!user) throw new Error(`user ${userId} vanished while issuing a session`);
  const identities = await loadIdentities(db, [userId]);
  const factors = await loadFactors(db, userId);
  const { token, expiresAt } = await signAccessToken(db, settings, user, sessionId);
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: settings.jwtExpirySeconds,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: userJson(user, identities.get(userId) ?? [], factors),
  };
}

/**
 * GoTrue's issueRefreshToken: a new session + its first refresh token, last_sign_in_at updated.
 * Must run inside the caller's transaction.
 */
export async function issueSession(
  tx: Queryable,
  settings: TokenSettings,
  userId: string,
  method: AuthMethod,
  client: ClientInfo,
): Promise<SessionResponse> {
  const sessionId = await createSession(tx, userId, method, client);
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, null);
  const user = await recordSignIn(tx, userId);
  return sessionResponse(tx, settings, userId, sessionId, refreshToken, user ?? undefined);
}

/** The implicit-flow redirect fragment GoTrue builds (url.Values encoding: sorted keys, '+' for spaces). */
export function sessionRedirectUrl(redirectTo: string, session: SessionResponse, extra: Record<string, string>): string {
  const params: Record<string, string> = {
    ...extra,
    access_token: session.access_token,
    token_type: session.token_type,
    expires_in: String(session.expires_in),
    expires_at: String(session.expires_at),
    refresh_token: session.refresh_token,
    sb: '',
  };
  return `${stripFragment(redirectTo)}#${encodeValues(params)}`;
}

export function stripFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Go's url.Values.Encode(): keys sorted, QueryEscape (space → '+'). */
export function encodeValues(values: Record<string, string>): string {
  return Object.keys(values)
    .sort()
    .map((key) => `${goQueryEscape(key)}=${goQueryEscape(values[key]!)}`)
    .join('&');
}

function goQueryEscape(value: string): string {
  return encodeURIComponent(value)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

interface RefreshTokenRow {
  id: string;
  token: string;
  user_id: string;
  revoked: boolean;
  parent: string | null;
  session_id: string | null;
  /** computed: revoked less than the reuse interval ago */
  within_reuse_interval: boolean;
}

/**
 * The refresh_token grant with rotation and reuse detection.
 *
 * - an active token is revoked and replaced by a child (parent = old token) in the same session;
 * - a revoked token presented within the reuse interval (GoTrue's client-failed-to-save case)
 *   gets the session's currently active token back, without another rotation;
 * - a revoked token outside the interval is treated as theft: the whole session (every token of the
 *   family, and so every access token carrying its session_id) is destroyed and the request fails
 *   with refresh_token_already_used. That destruction is committed even though the request fails.
 *
 * The session row is locked for the duration, so concurrent refreshes of one session serialise.
 */
export async function rotateRefreshToken(
  tx: Queryable,
  settings: TokenSettings,
  presented: string,
  reuseIntervalSeconds: number,
  client: ClientInfo,
  onReuseDetected: (userId: string, sessionId: string) => Promise<void>,
): Promise<SessionResponse | RefreshFailure> {
  const found = await tx.query<RefreshTokenRow>(
    `select id, token, user_id, revoked, parent, session_id,
            (updated_at > now() - make_interval(secs => $2::double precision)) as within_reuse_interval
       from auth.refresh_tokens where token = $1`,
    [presented, reuseIntervalSeconds],
  );
  const token = found.rows[0];
  if (!token) return { kind: 'not_found' };
  if (!token.session_id) {
    await tx.query(`delete from auth.refresh_tokens where id = $1`, [token.id]);
    return { kind: 'no_session' };
  }
  // Lock the session: concurrent refreshes of the same session wait here.
  const session = await tx.query<{ id: string; expired: boolean }>(
    `select id, (not_after is not null and not_after < now()) as expired from auth.sessions where id = $1 for update`,
    [token.session_id],
  );
  if (!session.rows[0]) return { kind: 'no_session' };
  // Re-read under the lock: another request may have rotated this token meanwhile.
  const current = await tx.query<RefreshTokenRow>(
    `select id, token, user_id, revoked, parent, session_id,
            (updated_at > now() - make_interval(secs => $2::double precision)) as within_reuse_interval
       from auth.refresh_tokens where id = $1`,
    [token.id, reuseIntervalSeconds],
  );
  const locked = current.rows[0];
  if (!locked) return { kind: 'not_found' };

  const user = await findUserById(tx, locked.user_id);
  if (!user) return { kind: 'not_found' };
  if (user.is_banned) return { kind: 'banned' };
  if (session.rows[0].expired) return { kind: 'session_expired' };

  let issued: string;
  if (locked.revoked) {
    const active = await tx.query<{ token: string }>(
      `select token from auth.refresh_tokens where session_id = $1 and revoked = false order by id desc limit 1`,
      [locked.session_id],
    );
    if (locked.within_reuse_interval && active.rows[0]) {
      issued = active.rows[0].token;
    } else {
      await onReuseDetected(user.id, locked.session_id!);
      await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and revoked = false`, [
        locked.session_id,
      ]);
      await tx.query(`delete from auth.sessions where id = $1`, [locked.session_id]);
      return { kind: 'reused' };
    }
  } else {
    await tx.query(`update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1`, [locked.id]);
    issued = await insertRefreshToken(tx, user.id, locked.session_id!, locked.token);
  }
  await tx.query(
    `update auth.sessions set refreshed_at = now()::timestamp, updated_at = now(), user_agent = $2, ip = $3::inet where id = $1`,
    [locked.session_id, client.userAgent, client.ip],
  );
  return sessionResponse(tx, settings, user.id, locked.session_id!, issued, user);
}

export type RefreshFailure = { kind: 'not_found' | 'no_session' | 'banned' | 'session_expired' | 'reused' };

export function isRefreshFailure(value: SessionResponse | RefreshFailure): value is RefreshFailure {
  return 'kind' in value;
}
