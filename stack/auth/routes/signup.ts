import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { withTx, type Queryable } from '../db.ts';
import { clientInfo, FIVE_MINUTES, type AuthDeps } from '../deps.ts';
import { unprocessable, badRequest } from '../errors.ts';
import { assertPasswordStrength } from '../passwords.ts';
import { clientIp } from '../rate-limit.ts';
import { assertMetadataWithinLimits } from '../metadata.ts';
import { obj, readJson, str, validateEmail } from '../request.ts';
import { issueSession } from '../tokens.ts';
import { confirmEmail, findUserByEmail, insertEmailIdentity, insertUser, auditActorOf, type Json } from '../users.ts';

export const EMAIL_APP_METADATA = { provider: 'email', providers: ['email'] };

/**
 * Creates an e-mail user the way GoTrue's signup does: auth.users row (project triggers fire here),
 * the e-mail identity (provider_id = user id) and identity data mirrored into user_metadata.
 * Must run inside the caller's transaction.
 */
export async function createEmailUser(
  tx: Queryable,
  email: string,
  encryptedPassword: string,
  data: Json,
  opts: { confirm: boolean; failureMessage?: string },
): Promise<string> {
  const id = randomUUID();
  const identityData = { sub: id, email, email_verified: false, phone_verified: false };
  await insertUser(
    tx,
    { id, email, encryptedPassword, appMetadata: EMAIL_APP_METADATA, userMetadata: { ...data, ...identityData } },
    opts.failureMessage,
  );
  await insertEmailIdentity(tx, id, email);
  if (opts.confirm) await confirmEmail(tx, id);
  return id;
}

/** POST /signup — autoconfirm is on locally, so a successful sign-up returns a session. */
export function registerSignup(app: Hono, deps: AuthDeps): void {
  app.post('/signup', async (c) => {
    deps.limiter.enforce(
      `signup:${clientIp(c) ?? 'unknown'}`,
      deps.config.rateLimits.signupPerIpPer5Min,
      FIVE_MINUTES,
      'over_request_rate_limit',
      'Request rate limit reached',
    );
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    const phone = str(body, 'phone');
    const password = str(body, 'password') ?? '';
    const data = obj(body, 'data') ?? {};
    assertMetadataWithinLimits(data);

    if (password === '') throw unprocessable('validation_failed', 'Signup requires a valid password');
    assertPasswordStrength(password, deps.config.passwordMinLength);
    if (rawEmail && phone) throw unprocessable('validation_failed', 'Only an email address or phone number should be provided on signup.');
    if (!rawEmail && phone) throw unprocessable('phone_provider_disabled', 'Phone signups are disabled');
    if (!rawEmail) throw badRequest('validation_failed', 'To signup, please provide your email');
    const email = validateEmail(rawEmail);
    const client = clientInfo(c);

    const existing = await findUserByEmail(deps.db, email);
    if (existing) {
      // GoTrue records the repeated sign-up, then refuses (autoconfirm on). An existing but
      // unconfirmed account is refused as well rather than confirmed without its password.
      await audit(deps.db, auditActorOf(existing), 'user_repeated_signup', client.ip, { provider: 'email' });
      throw unprocessable('user_already_exists', 'User already registered');
    }

    // Hash outside the transaction: bcrypt at cost 12 takes a while and should not hold locks.
    const encryptedPassword = await deps.passwords.hash(password, deps.config.bcryptCost);
    const session = await withTx(deps.db, async (tx) => {
      const userId = await createEmailUser(tx, email, encryptedPassword, data, { confirm: false });
      const actor = { id: userId, email, fullName: data.full_name };
      await audit(tx, actor, 'user_signedup', client.ip, { provider: 'email' });
      await confirmEmail(tx, userId);
      await audit(tx, actor, 'login', client.ip, { provider: 'email' });
      return issueSession(tx, deps.tokens, userId, 'password', client);
    });
    return c.json(session);
  });
}
