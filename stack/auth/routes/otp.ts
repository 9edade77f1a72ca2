import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { withTx } from '../db.ts';
import { clientInfo, limitEmailSends, type AuthDeps } from '../deps.ts';
import { badRequest, unprocessable } from '../errors.ts';
import { emailActionLink, sendActionEmail } from '../mail.ts';
import { issueOneTimeToken } from '../one-time-tokens.ts';
import { resolveRedirect } from '../redirects.ts';
import { assertMetadataWithinLimits } from '../metadata.ts';
import { bool, obj, readJson, str, validateEmail } from '../request.ts';
import { auditActorOf, findUserByEmail } from '../users.ts';
import { createEmailUser } from './signup.ts';

/** A random password that satisfies the policy; the user never sees it (magic-link sign-ups). */
function randomPassword(): string {
  return `${randomBytes(40).toString('base64url')}aA1`;
}

/** POST /otp (magic link) and POST /resend. */
export function registerOtp(app: Hono, deps: AuthDeps): void {
  app.post('/otp', async (c) => {
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    const phone = str(body, 'phone');
    const data = obj(body, 'data') ?? {};
    assertMetadataWithinLimits(data);
    const createUser = bool(body, 'create_user') ?? true;
    if (phone && !rawEmail) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
    if (!rawEmail || phone) throw badRequest('validation_failed', 'Only an email address or phone number should be provided');
    const email = validateEmail(rawEmail);
    limitEmailSends(deps, c, email);
    const redirectTo = resolveRedirect(c, deps.config, str(body, 'redirect_to'));
    const client = clientInfo(c);

    const user = await findUserByEmail(deps.db, email);
    if (!user && !createUser) throw unprocessable('otp_disabled', 'Signups not allowed for otp');
    const encryptedPassword = user ? null : await deps.passwords.hash(randomPassword(), deps.config.bcryptCost);
    await withTx(deps.db, async (tx) => {
      let userId = user?.id;
      if (!userId) {
        userId = await createEmailUser(tx, email, encryptedPassword!, data, { confirm: true });
        await audit(tx, { id: userId, email }, 'user_signedup', client.ip, { provider: 'email' });
      }
      await audit(tx, user ? auditActorOf(user) : { id: userId, email }, 'user_recovery_requested', client.ip);
      const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, userId, email, 'recovery_token');
      await sendActionEmail(
        deps.config.mailbox,
        email,
        'magiclink',
        emailActionLink(deps.config.externalUrl, 'magiclink', hash, redirectTo),
        otp,
      );
    });
    return c.json({});
  });

  app.post('/resend', async (c) => {
    const body = await readJson(c);
    const type = str(body, 'type') ?? '';
    const rawEmail = str(body, 'email');
    if (type === 'sms' || type === 'phone_change') throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
    if (type !== 'signup' && type !== 'email_change') {
      throw badRequest('validation_failed', 'Missing one of these types: signup, email_change, sms, phone_change');
    }
    if (!rawEmail) throw badRequest('validation_failed', 'An email address is required');
    const email = validateEmail(rawEmail);
    limitEmailSends(deps, c, email);
    const redirectTo = resolveRedirect(c, deps.config, str(body, 'redirect_to'));
    const client = clientInfo(c);

    const user = await findUserByEmail(deps.db, email);
    // Nothing pending (unknown address, already confirmed, e-mail changes apply at once locally): 200 {}.
    if (!user || type !== 'signup' || user.email_confirmed_at) return c.json({});
    await withTx(deps.db, async (tx) => {
      await audit(tx, auditActorOf(user), 'user_confirmation_requested', client.ip, { provider: 'email' });
      const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, user.id, email, 'confirmation_token');
      await sendActionEmail(
        deps.config.mailbox,
        email,
        'signup',
        emailActionLink(deps.config.externalUrl, 'signup', hash, redirectTo),
        otp,
      );
    });
    return c.json({});
  });
}
