import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { requireUser } from '../auth-context.ts';
import { withTx, type Queryable } from '../db.ts';
import { clientInfo, limitEmailSends, type AuthDeps } from '../deps.ts';
import { forbidden, internalError, unprocessable } from '../errors.ts';
import { loadFactors } from '../factors.ts';
import { emailActionLink, sendActionEmail } from '../mail.ts';
import { assertMetadataWithinLimits } from '../metadata.ts';
import { clearAllTokens, issueOneTimeToken } from '../one-time-tokens.ts';
import { resolveRedirect } from '../redirects.ts';
import { assertPasswordStrength } from '../passwords.ts';
import { obj, readJson, str, validateEmail } from '../request.ts';
import { deleteAllSessions, deleteOtherSessions } from '../sessions.ts';
import { auditActorOf, emailTaken, loadIdentities, loadUserJson, mergeMetadata, userJson, type UserRow } from '../users.ts';

/**
 * GoTrue's User.UpdatePassword: stores the new hash, voids every pending e-mail token and signs the
 * user out everywhere except the session making the change (all sessions when there is none).
 */
export async function applyPasswordChange(
  tx: Queryable,
  user: Pick<UserRow, 'id' | 'email'>,
  encryptedPassword: string,
  keepSessionId: string | null,
) {
  await tx.query(
    `update auth.users set encrypted_password = $2, confirmation_sent_at = null, recovery_sent_at = null,
            email_change_sent_at = null, phone_change_token = '', phone_change_sent_at = null,
            reauthentication_sent_at = null, updated_at = now()
      where id = $1`,
    [user.id, encryptedPassword],
  );
  await clearAllTokens(tx, user.id);
  if (keepSessionId) await deleteOtherSessions(tx, user.id, keepSessionId);
  else await deleteAllSessions(tx, user.id);
}

/**
 * GoTrue's secure e-mail change: nothing changes yet. The new address is kept in email_change and a
 * confirmation link + code goes to it and (secure change, the default) to the current address; the
 * change applies once both are confirmed through /verify type email_change. An access token alone
 * (stolen, or a device left signed in) therefore cannot move the account to another mailbox.
 */
async function requestEmailChange(tx: Queryable, deps: AuthDeps, user: UserRow, newEmail: string, redirectTo: string): Promise<void> {
  await tx.query(`update auth.users set email_change = $2, email_change_confirm_status = 0, updated_at = now() where id = $1`, [
    user.id,
    newEmail,
  ]);
  const recipients: { to: string; type: 'email_change_token_new' | 'email_change_token_current' }[] = [
    { to: newEmail, type: 'email_change_token_new' },
  ];
  if (deps.config.secureEmailChange !== false && user.email) recipients.push({ to: user.email, type: 'email_change_token_current' });
  else {
    await tx.query(`update auth.users set email_change_token_current = '' where id = $1`, [user.id]);
    await tx.query(`delete from auth.one_time_tokens where user_id = $1 and token_type = 'email_change_token_current'`, [user.id]);
  }
  for (const { to, type } of recipients) {
    const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, user.id, to, type);
    await sendActionEmail(
      deps.config.mailbox,
      to,
      'email_change',
      emailActionLink(deps.config.externalUrl, 'email_change', hash, redirectTo),
      otp,
    );
  }
}

/** GET /user and PUT /user (Bearer user JWT). */
export function registerUser(app: Hono, deps: AuthDeps): void {
  app.get('/user', async (c) => {
    // the user row requireUser just read is the one to answer with; the other two reads go out together
    const { user } = await requireUser(deps, c);
    const [identities, factors] = await Promise.all([loadIdentities(deps.db, [user.id]), loadFactors(deps.db, user.id)]);
    return c.json(userJson(user, identities.get(user.id) ?? [], factors));
  });

  app.put('/user', async (c) => {
    const { user, session } = await requireUser(deps, c);
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    const phone = str(body, 'phone');
    const password = body.password === undefined || body.password === null ? undefined : str(body, 'password');
    const data = obj(body, 'data');
    const appData = obj(body, 'app_metadata');
    const client = clientInfo(c);

    const email = rawEmail ? validateEmail(rawEmail) : undefined;
    if (password !== undefined) assertPasswordStrength(password, deps.config.passwordMinLength);
    if (appData) throw forbidden('not_admin', 'Updating app_metadata requires admin privileges');
    if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');

    const changeEmail = email !== undefined && email !== user.email;
    if (changeEmail && (await emailTaken(deps.db, email, user.id))) {
      throw unprocessable('email_exists', 'A user with this email address has already been registered');
    }
    if (changeEmail) limitEmailSends(deps, c, email);

    let encryptedPassword: string | undefined;
    if (password !== undefined) {
      if (await deps.passwords.verify(password, user.encrypted_password || null, 4)) {
        throw unprocessable('same_password', 'New password should be different from the old password.');
      }
      encryptedPassword = await deps.passwords.hash(password, deps.config.bcryptCost);
    }

    await withTx(deps.db, async (tx) => {
      const actor = auditActorOf(user);
      if (encryptedPassword !== undefined) {
        await applyPasswordChange(tx, user, encryptedPassword, session?.id ?? null);
        await audit(tx, actor, 'user_updated_password', client.ip);
      }
      if (data) {
        const { rows } = await tx.query<{ raw_user_meta_data: Record<string, unknown> | null }>(
          `select raw_user_meta_data from auth.users where id = $1 for update`,
          [user.id],
        );
        const merged = mergeMetadata(rows[0]?.raw_user_meta_data, data);
        assertMetadataWithinLimits(merged);
        await tx.query(`update auth.users set raw_user_meta_data = $2, updated_at = now() where id = $1`, [
          user.id,
          JSON.stringify(merged),
        ]);
      }
      if (changeEmail) await requestEmailChange(tx, deps, user, email, resolveRedirect(c, deps.config));
      await audit(tx, actor, 'user_modified', client.ip);
    });
    const json = await loadUserJson(deps.db, user.id);
    if (!json) throw internalError('Could not load user');
    return c.json(json);
  });
}
