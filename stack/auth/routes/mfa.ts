import type { Context, Hono } from 'hono';
import QRCode from 'qrcode';
import { audit } from '../audit.ts';
import { isUuid, requireUser, type Authenticated } from '../auth-context.ts';
import { withTx } from '../db.ts';
import { clientInfo, FIVE_MINUTES, limitTokenRequests, type AuthDeps } from '../deps.ts';
import { ApiError, badRequest, forbidden, internalError, notFound, unprocessable } from '../errors.ts';
import {
  createChallenge,
  deleteExpiredFactors,
  downgradeSessionsOfFactor,
  findChallenge,
  findFactor,
  insertTotpFactor,
  loadFactors,
  MAX_ENROLLED_FACTORS,
  MAX_VERIFIED_FACTORS,
  upgradeSessionToAal2,
  type FactorRow,
} from '../factors.ts';
import { readJson, str } from '../request.ts';
import { addAmrClaim } from '../sessions.ts';
import { insertRefreshToken, sessionResponse } from '../tokens.ts';
import { auditActorOf } from '../users.ts';
import { newTotpSecret, otpauthUri, verifyTotp } from '../totp.ts';

/** Verify attempts per factor, whatever the client address: 3 of 10^6 codes are valid at a time. */
export const DEFAULT_MFA_VERIFY_PER_FACTOR_PER_5_MIN = 15;

/** GoTrue's requireAuthentication + requireNotAnonymous for the factor endpoints (a session is needed). */
async function requireSessionUser(deps: AuthDeps, c: Context): Promise<Authenticated & { session: NonNullable<Authenticated['session']> }> {
  const auth = await requireUser(deps, c);
  if (auth.user.is_anonymous) throw forbidden('no_authorization', 'Anonymous user not allowed to perform these actions');
  if (!auth.session) throw unauthorizedSession();
  return auth as Authenticated & { session: NonNullable<Authenticated['session']> };
}

const unauthorizedSession = () => new ApiError(401, 'session_not_found', 'A valid session is required to manage factors');

async function loadFactorParam(deps: AuthDeps, c: Context, userId: string): Promise<FactorRow> {
  const factorId = c.req.param('id') ?? '';
  if (!isUuid(factorId)) throw notFound('mfa_factor_not_found', 'Factor not found');
  const factor = await findFactor(deps.db, userId, factorId);
  if (!factor) throw notFound('mfa_factor_not_found', 'Factor not found');
  return factor;
}

function issuerFor(deps: AuthDeps, requested: string | undefined): string {
  if (requested) return requested;
  try {
    return new URL(deps.config.siteUrl).host;
  } catch {
    throw internalError('site url is improperly formatted');
  }
}

/** GoTrue's MFA API (TOTP factors): enroll, challenge, verify, unenroll. */
export function registerMfa(app: Hono, deps: AuthDeps): void {
  app.post('/factors', async (c) => {
    const { user, session } = await requireSessionUser(deps, c);
    const body = await readJson(c);
    const factorType = str(body, 'factor_type') ?? '';
    const friendlyName = (str(body, 'friendly_name') ?? '').trim();
    if (factorType === 'phone') throw unprocessable('mfa_phone_enroll_not_enabled', 'MFA enroll is disabled for Phone');
    if (factorType === 'webauthn') throw unprocessable('mfa_webauthn_enroll_not_enabled', 'MFA enroll is disabled for WebAuthn');
    if (factorType !== 'totp') throw badRequest('validation_failed', 'factor_type needs to be totp, phone, or webauthn');
    const issuer = issuerFor(deps, str(body, 'issuer'));
    const secret = newTotpSecret();
    const uri = otpauthUri(secret, issuer, user.email ?? '');
    const client = clientInfo(c);

    const factor = await withTx(deps.db, async (tx) => {
      // The user row serialises enrolments, so the factor limits hold under parallel calls.
      await tx.query(`select 1 from auth.users where id = $1 for update`, [user.id]);
      await deleteExpiredFactors(tx, user.id);
      const factors = await loadFactors(tx, user.id);
      if (friendlyName && factors.some((f) => f.friendly_name === friendlyName)) {
        throw unprocessable('mfa_factor_name_conflict', `A factor with the friendly name "${friendlyName}" for this user already exists`);
      }
      const verified = factors.filter((f) => f.status === 'verified').length;
      if (factors.length >= MAX_ENROLLED_FACTORS || verified >= MAX_VERIFIED_FACTORS) {
        throw unprocessable('too_many_enrolled_mfa_factors', 'Maximum number of verified factors reached, unenroll to continue');
      }
      if (verified > 0 && session.aal !== 'aal2') throw forbidden('insufficient_aal', 'AAL2 required to enroll a new factor');
      const created = await insertTotpFactor(tx, user.id, friendlyName, secret);
      await audit(tx, auditActorOf(user), 'factor_in_progress', client.ip, { factor_id: created.id });
      return created;
    });
    // GoTrue answers the raw SVG; supabase-js turns it into a data: URI.
    const qrCode = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'H', margin: 1 });
    return c.json({
      id: factor.id,
      type: 'totp',
      friendly_name: factor.friendly_name ?? '',
      totp: { qr_code: qrCode, secret, uri },
    });
  });

  app.post('/factors/:id/challenge', async (c) => {
    const { user } = await requireSessionUser(deps, c);
    const factor = await loadFactorParam(deps, c, user.id);
    await readJson(c, true);
    const client = clientInfo(c);
    const challenge = await withTx(deps.db, async (tx) => {
      const created = await createChallenge(tx, factor.id, client.ip ?? '127.0.0.1');
      await audit(tx, auditActorOf(user), 'challenge_created', client.ip, { factor_id: factor.id, factor_status: factor.status });
      return created;
    });
    return c.json({ id: challenge.id, type: factor.factor_type, expires_at: challenge.expiresAt });
  });

  app.post('/factors/:id/verify', async (c) => {
    const { user, session } = await requireSessionUser(deps, c);
    const factor = await loadFactorParam(deps, c, user.id);
    const body = await readJson(c);
    const challengeId = str(body, 'challenge_id') ?? '';
    const code = (str(body, 'code') ?? '').trim();
    if (!code) throw badRequest('validation_failed', 'Code needs to be non-empty');
    if (!isUuid(challengeId)) throw unprocessable('mfa_factor_not_found', 'MFA factor with the provided challenge ID not found');
    limitTokenRequests(deps, c, 'verify');
    // Guesses are bounded per factor too, so spreading them over client addresses does not help.
    deps.limiter.enforce(
      `mfa:verify:${factor.id}`,
      deps.config.rateLimits.mfaVerifyPerFactorPer5Min ?? DEFAULT_MFA_VERIFY_PER_FACTOR_PER_5_MIN,
      FIVE_MINUTES,
      'over_request_rate_limit',
      'Too many verification attempts for this factor. Please wait a few minutes and try again.',
    );
    const client = clientInfo(c);

    const result = await withTx(deps.db, async (tx) => {
      const challenge = await findChallenge(tx, factor.id, challengeId);
      if (!challenge || challenge.verified_at) {
        throw unprocessable('mfa_factor_not_found', 'MFA factor with the provided challenge ID not found');
      }
      if (challenge.ip_address !== (client.ip ?? '127.0.0.1')) {
        throw unprocessable('mfa_ip_address_mismatch', 'Challenge and verify IP addresses mismatch.');
      }
      if (challenge.expired) {
        throw unprocessable(
          'mfa_challenge_expired',
          `MFA challenge ${challenge.id} has expired, verify against another challenge or create a new challenge.`,
        );
      }
      const locked = await findFactor(tx, user.id, factor.id, true);
      if (!locked?.secret) throw notFound('mfa_factor_not_found', 'Factor not found');
      if (!verifyTotp(locked.secret, code)) {
        throw unprocessable('mfa_verification_failed', 'Invalid TOTP code entered');
      }
      await audit(tx, auditActorOf(user), 'verification_attempted', client.ip, {
        factor_id: factor.id,
        challenge_id: challenge.id,
        factor_type: factor.factor_type,
      });
      await tx.query(`update auth.mfa_challenges set verified_at = now() where id = $1`, [challenge.id]);
      if (locked.status !== 'verified') {
        await tx.query(`update auth.mfa_factors set status = 'verified', updated_at = now() where id = $1`, [factor.id]);
      }
      await upgradeSessionToAal2(tx, user.id, session.id, factor.id);
      await addAmrClaim(tx, session.id, 'totp');
      // A fresh refresh token for the upgraded session; the earlier ones of the session are revoked.
      const { rows } = await tx.query<{ token: string }>(
        `update auth.refresh_tokens set revoked = true, updated_at = now() where session_id = $1 and revoked = false returning token`,
        [session.id],
      );
      const refreshToken = await insertRefreshToken(tx, user.id, session.id, rows[0]?.token ?? null);
      // GoTrue's DeleteUnverifiedFactors: other pending factors of this type are dropped.
      await tx.query(`delete from auth.mfa_factors where user_id = $1 and status = 'unverified' and factor_type = $2::auth.factor_type`, [
        user.id,
        factor.factor_type,
      ]);
      return sessionResponse(tx, deps.tokens, user.id, session.id, refreshToken);
    });
    return c.json(result);
  });

  app.delete('/factors/:id', async (c) => {
    const { user, session } = await requireSessionUser(deps, c);
    const factor = await loadFactorParam(deps, c, user.id);
    if (factor.status === 'verified' && session.aal !== 'aal2') {
      throw unprocessable('insufficient_aal', 'AAL2 required to unenroll verified factor');
    }
    const client = clientInfo(c);
    await withTx(deps.db, async (tx) => {
      await downgradeSessionsOfFactor(tx, factor.id, factor.factor_type);
      await tx.query(`delete from auth.mfa_factors where id = $1`, [factor.id]);
      await audit(tx, auditActorOf(user), 'factor_unenrolled', client.ip, {
        factor_id: factor.id,
        factor_status: factor.status,
        session_id: session.id,
      });
    });
    return c.json({ id: factor.id });
  });
}
