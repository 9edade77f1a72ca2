import type { Context, Hono } from 'hono';
import { audit } from '../audit.ts';
import { withTx } from '../db.ts';
import { clientInfo, limitTokenRequests, type AuthDeps } from '../deps.ts';
import { badRequest, CommitWithError, OAuthError, unprocessable } from '../errors.ts';
import { passwordVerificationAttempt } from '../hooks.ts';
import { pkceGrant } from './external.ts';
import { passwordWeakness } from '../passwords.ts';
import { readJson, str } from '../request.ts';
import { issueSession, isRefreshFailure, rotateRefreshToken } from '../tokens.ts';
import { auditActorOf, findUserByEmail } from '../users.ts';

export const INVALID_LOGIN = 'Invalid login credentials';

/** POST /token?grant_type=password|refresh_token */
export function registerToken(app: Hono, deps: AuthDeps): void {
  app.post('/token', async (c) => {
    const grantType = c.req.query('grant_type') ?? '';
    if (grantType !== 'password' && grantType !== 'refresh_token' && grantType !== 'pkce') {
      throw badRequest('validation_failed', 'unsupported_grant_type');
    }
    limitTokenRequests(deps, c, 'token');
    const body = await readJson(c);
    if (grantType === 'pkce') return c.json(await pkceGrant(deps, body, c));
    return c.json(grantType === 'password' ? await passwordGrant(deps, body, c) : await refreshGrant(deps, body, c));
  });
}

async function passwordGrant(deps: AuthDeps, body: Record<string, unknown>, c: Context) {
  const rawEmail = str(body, 'email');
  const phone = str(body, 'phone');
  const password = str(body, 'password') ?? '';
  if (rawEmail && phone) throw badRequest('validation_failed', 'Only an email address or phone number should be provided on login.');
  if (!rawEmail && phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
  if (!rawEmail) throw badRequest('validation_failed', 'missing email or phone');
  const email = rawEmail.trim().toLowerCase();
  const client = clientInfo(c);

  // bcrypt runs before any transaction, so a sign-in holds no connection of the main pool while it
  // waits for a hashing slot. An unknown e-mail costs the same bcrypt round as a known one.
  const candidate = await findUserByEmail(deps.db, email);
  const verifiedHash = candidate?.encrypted_password || null;
  const passwordOk = await deps.passwords.verify(password, verifiedHash, deps.config.bcryptCost);
  if (!candidate || !verifiedHash) throw badRequest('invalid_credentials', INVALID_LOGIN);
  // GoTrue asks the hook about every password checked for a known user (the sign-in lockout lives there).
  await passwordVerificationAttempt(deps.db, deps.config.hooks, { userId: candidate.id, valid: passwordOk });

  const session = await withTx(deps.db, async (tx) => {
    const user = await findUserByEmail(tx, email);
    // The password may have changed while it was being checked: only the hash that was checked counts.
    const ok = passwordOk && user !== null && user.id === candidate.id && user.encrypted_password === verifiedHash;
    if (!user || !ok) throw badRequest('invalid_credentials', INVALID_LOGIN);
    if (user.is_banned) throw badRequest('user_banned', 'User is banned');
    if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');
    await audit(tx, auditActorOf(user), 'login', client.ip, { provider: 'email' });
    return issueSession(tx, deps.tokens, user.id, 'password', client);
  });
  // Like GoTrue, a sign-in with a password that no longer meets the policy succeeds but says so.
  const weak = passwordWeakness(password, deps.config.passwordMinLength);
  return weak ? { ...session, weak_password: weak } : session;
}

async function refreshGrant(deps: AuthDeps, body: Record<string, unknown>, c: Context) {
  const refreshToken = str(body, 'refresh_token') ?? '';
  if (!refreshToken) throw new OAuthError('invalid_request', 'refresh_token required');
  const client = clientInfo(c);
  return withTx(deps.db, async (tx) => {
    const result = await rotateRefreshToken(
      tx,
      deps.tokens,
      refreshToken,
      deps.config.refreshTokenReuseIntervalSeconds,
      client,
      async (userId, sessionId) => {
        await audit(tx, { id: userId }, 'token_revoked', client.ip, { session_id: sessionId, reason: 'refresh_token_reuse' });
      },
    );
    if (!isRefreshFailure(result)) {
      const user = result.user as { id: string; email?: string };
      await audit(tx, { id: user.id, email: user.email }, 'token_refreshed', client.ip);
      return result;
    }
    switch (result.kind) {
      case 'not_found':
        throw badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
      case 'no_session':
        throw new CommitWithError(badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found'));
      case 'banned':
        throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
      case 'session_expired':
        throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired');
      case 'reused':
        // The family revocation must survive the error response.
        throw new CommitWithError(badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used'));
    }
  });
}
