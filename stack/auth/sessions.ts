import { randomUUID } from 'node:crypto';
import type { Queryable } from './db.ts';

/** GoTrue's authentication methods as recorded in auth.mfa_amr_claims and the JWT amr claim. */
export type AuthMethod = 'password' | 'otp' | 'magiclink' | 'recovery' | 'invite' | 'email/signup' | 'email_change' | 'totp' | 'oauth';

export interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  updated_at: string;
  aal: string | null;
  not_after: string | null;
  refreshed_at: string | null;
  user_agent: string | null;
  ip: string | null;
  /** computed: not_after has passed */
  expired: boolean;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Creates an auth.sessions row (aal1) and its first AMR claim. */
export async function createSession(tx: Queryable, userId: string, method: AuthMethod, client: ClientInfo): Promise<string> {
  const id = randomUUID();
  await tx.query(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
     values ($1, $2, now(), now(), 'aal1', $3, $4::inet)`,
    [id, userId, client.userAgent, client.ip],
  );
  await addAmrClaim(tx, id, method);
  return id;
}

/** GoTrue's AddClaimToSession: one row per (session, method), refreshed on repeat. */
export async function addAmrClaim(tx: Queryable, sessionId: string, method: AuthMethod): Promise<void> {
  await tx.query(
    `insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
     values ($1, now(), now(), $2, $3)
     on conflict (session_id, authentication_method) do update set updated_at = now()`,
    [sessionId, method, randomUUID()],
  );
}

export async function findSession(db: Queryable, id: string, forUpdate = false): Promise<SessionRow | null> {
  const { rows } = await db.query<SessionRow>(
    `select s.id, s.user_id, s.created_at, s.updated_at, s.aal::text as aal, s.not_after, s.refreshed_at, s.user_agent,
            host(s.ip) as ip, (s.not_after is not null and s.not_after < now()) as expired
       from auth.sessions s where s.id = $1 ${forUpdate ? 'for update' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/**
 * The session's assurance level (aal1 when the session is gone) and its AMR entries, newest first like
 * GoTrue's CalculateAALAndAMR, in one round trip: both go into every access token.
 */
export async function sessionAssurance(
  db: Queryable,
  sessionId: string,
): Promise<{ aal: string; amr: { method: string; timestamp: number }[] }> {
  const { rows } = await db.query<{ aal: string | null; amr: { method: string; timestamp: number }[] }>(
    `select (select aal::text from auth.sessions where id = $1) as aal,
            coalesce((select json_agg(json_build_object('method', authentication_method,
                                                        'timestamp', floor(extract(epoch from updated_at))::bigint)
                                      order by updated_at desc)
                        from auth.mfa_amr_claims where session_id = $1), '[]'::json) as amr`,
    [sessionId],
  );
  return { aal: rows[0]?.aal ?? 'aal1', amr: rows[0]?.amr ?? [] };
}

/** Records a refresh on the session (refreshed_at is GoTrue's `timestamp without time zone`). */
export async function touchSession(tx: Queryable, sessionId: string, client: ClientInfo): Promise<void> {
  await tx.query(
    `update auth.sessions set refreshed_at = now()::timestamp, updated_at = now(), user_agent = $2, ip = $3::inet where id = $1`,
    [sessionId, client.userAgent, client.ip],
  );
}

/** Deleting a session cascades to its refresh tokens and AMR claims. */
export async function deleteSession(tx: Queryable, sessionId: string): Promise<void> {
  await tx.query(`delete from auth.sessions where id = $1`, [sessionId]);
}

export async function deleteAllSessions(tx: Queryable, userId: string): Promise<void> {
  await tx.query(`delete from auth.sessions where user_id = $1`, [userId]);
  // Refresh tokens from before sessions existed carry no session_id (GoTrue's LogoutAllRefreshTokens).
  await tx.query(`delete from auth.refresh_tokens where user_id = $1`, [userId]);
}

export async function deleteOtherSessions(tx: Queryable, userId: string, keepSessionId: string): Promise<void> {
  await tx.query(`delete from auth.sessions where user_id = $1 and id <> $2`, [userId, keepSessionId]);
}
