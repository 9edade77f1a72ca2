import { randomUUID } from 'node:crypto';
import { isoTimestamp, type Queryable } from './db.ts';
import type { Json } from './users.ts';

/** A row of auth.mfa_factors (timestamps as Postgres text). */
export interface FactorRow {
  id: string;
  user_id: string;
  friendly_name: string | null;
  factor_type: 'totp' | 'webauthn' | 'phone';
  status: 'unverified' | 'verified';
  created_at: string;
  updated_at: string;
  secret: string | null;
  last_challenged_at: string | null;
}

/** GoTrue's defaults: MFA_MAX_ENROLLED_FACTORS, MFA_MAX_VERIFIED_FACTORS, challenge and unverified-factor expiry. */
export const MAX_ENROLLED_FACTORS = 10;
export const MAX_VERIFIED_FACTORS = 10;
export const CHALLENGE_EXPIRY_SECONDS = 300;
export const UNVERIFIED_FACTOR_EXPIRY_SECONDS = 300;

/** GoTrue's models.Factor JSON as it appears in the user's `factors`. */
export function factorJson(f: FactorRow): Json {
  const out: Json = {
    id: f.id,
    friendly_name: f.friendly_name ?? '',
    factor_type: f.factor_type,
    status: f.status,
    created_at: isoTimestamp(f.created_at),
    updated_at: isoTimestamp(f.updated_at),
  };
  if (f.last_challenged_at) out.last_challenged_at = isoTimestamp(f.last_challenged_at);
  return out;
}

export async function loadFactors(db: Queryable, userId: string): Promise<FactorRow[]> {
  const { rows } = await db.query<FactorRow>(
    `select id, user_id, friendly_name, factor_type::text as factor_type, status::text as status, created_at, updated_at,
            secret, last_challenged_at
       from auth.mfa_factors where user_id = $1 order by created_at, id`,
    [userId],
  );
  return rows;
}

export async function findFactor(db: Queryable, userId: string, factorId: string, forUpdate = false): Promise<FactorRow | null> {
  const { rows } = await db.query<FactorRow>(
    `select id, user_id, friendly_name, factor_type::text as factor_type, status::text as status, created_at, updated_at,
            secret, last_challenged_at
       from auth.mfa_factors where id = $1 and user_id = $2 ${forUpdate ? 'for update' : ''}`,
    [factorId, userId],
  );
  return rows[0] ?? null;
}

/** GoTrue's DeleteExpiredFactors: unverified factors nobody confirmed within the expiry go away. */
export async function deleteExpiredFactors(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `delete from auth.mfa_factors
      where user_id = $1 and status = 'unverified' and created_at < now() - make_interval(secs => $2::double precision)`,
    [userId, UNVERIFIED_FACTOR_EXPIRY_SECONDS],
  );
}

export async function insertTotpFactor(tx: Queryable, userId: string, friendlyName: string, secret: string): Promise<FactorRow> {
  const { rows } = await tx.query<FactorRow>(
    `insert into auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret)
     values ($1, $2, $3, 'totp', 'unverified', now(), now(), $4)
     returning id, user_id, friendly_name, factor_type::text as factor_type, status::text as status, created_at, updated_at,
               secret, last_challenged_at`,
    [randomUUID(), userId, friendlyName, secret],
  );
  return rows[0]!;
}

export interface ChallengeRow {
  id: string;
  factor_id: string;
  ip_address: string;
  verified_at: string | null;
  expired: boolean;
}

export async function createChallenge(tx: Queryable, factorId: string, ip: string): Promise<{ id: string; expiresAt: number }> {
  const id = randomUUID();
  const { rows } = await tx.query<{ expires_at: string }>(
    `insert into auth.mfa_challenges (id, factor_id, created_at, ip_address) values ($1, $2, now(), $3::inet)
     returning floor(extract(epoch from created_at + make_interval(secs => $4::double precision)))::bigint as expires_at`,
    [id, factorId, ip, CHALLENGE_EXPIRY_SECONDS],
  );
  await tx.query(`update auth.mfa_factors set last_challenged_at = now() where id = $1`, [factorId]);
  return { id, expiresAt: Number(rows[0]!.expires_at) };
}

/** The challenge, locked: a challenge can be verified once, even by concurrent requests. */
export async function findChallenge(tx: Queryable, factorId: string, challengeId: string): Promise<ChallengeRow | null> {
  const { rows } = await tx.query<ChallengeRow>(
    `select id, factor_id, host(ip_address) as ip_address, verified_at,
            created_at + make_interval(secs => $3::double precision) < now() as expired
       from auth.mfa_challenges where id = $1 and factor_id = $2 for update`,
    [challengeId, factorId, CHALLENGE_EXPIRY_SECONDS],
  );
  return rows[0] ?? null;
}

/**
 * GoTrue's updateMFASessionAndClaims + InvalidateSessionsWithAALLessThan: the session becomes aal2
 * with this factor, gets the method's AMR claim, and the user's other sessions below aal2 end.
 */
export async function upgradeSessionToAal2(tx: Queryable, userId: string, sessionId: string, factorId: string): Promise<void> {
  await tx.query(`update auth.sessions set aal = 'aal2', factor_id = $2, updated_at = now() where id = $1`, [sessionId, factorId]);
  await tx.query(`delete from auth.sessions where user_id = $1 and id <> $2 and (aal is null or aal < 'aal2')`, [userId, sessionId]);
}

/** GoTrue's DowngradeSessionsToAAL1: sessions that reached aal2 with a removed factor lose its claim. */
export async function downgradeSessionsOfFactor(tx: Queryable, factorId: string, factorType: string): Promise<void> {
  await tx.query(
    `delete from auth.mfa_amr_claims c using auth.sessions s
      where c.session_id = s.id and s.factor_id = $1 and c.authentication_method = $2`,
    [factorId, factorType],
  );
  await tx.query(`update auth.sessions set aal = 'aal1', factor_id = null, updated_at = now() where factor_id = $1`, [factorId]);
}
