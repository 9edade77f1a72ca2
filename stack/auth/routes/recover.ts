import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { withTx } from '../db.ts';
import { clientInfo, limitEmailSends, type AuthDeps } from '../deps.ts';
import { badRequest } from '../errors.ts';
import { emailActionLink, sendActionEmail } from '../mail.ts';
import { issueOneTimeToken } from '../one-time-tokens.ts';
import { resolveRedirect } from '../redirects.ts';
import { readJson, str, validateEmail } from '../request.ts';
import { auditActorOf, findUserByEmail } from '../users.ts';

/**
 * POST /recover {email} (+ redirect_to) → 200 {} whether or not the address is registered.
 * For a registered address: a one-hour, single-use recovery token (only its hash is stored, in
 * users.recovery_token and auth.one_time_tokens) and a "Reset Your Password" mail with the link.
 */
export function registerRecover(app: Hono, deps: AuthDeps): void {
  app.post('/recover', async (c) => {
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    if (!rawEmail) throw badRequest('validation_failed', 'Password recovery requires an email');
    const email = validateEmail(rawEmail);
    limitEmailSends(deps, c, email);
    const redirectTo = resolveRedirect(c, deps.config, str(body, 'redirect_to'));
    const client = clientInfo(c);

    const user = await findUserByEmail(deps.db, email);
    if (!user || !user.email) return c.json({});
    await withTx(deps.db, async (tx) => {
      await audit(tx, auditActorOf(user), 'user_recovery_requested', client.ip);
      const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, user.id, user.email!, 'recovery_token');
      // Sent before commit: if the mailbox fails, no token is left behind.
      await sendActionEmail(
        deps.config.mailbox,
        user.email!,
        'recovery',
        emailActionLink(deps.config.externalUrl, 'recovery', hash, redirectTo),
        otp,
      );
    });
    return c.json({});
  });
}
