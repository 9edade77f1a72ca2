import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { requireUser } from '../auth-context.ts';
import { withTx, type Queryable } from '../db.ts';
import { clientInfo, type AuthDeps } from '../deps.ts';
import { forbidden, internalError, unprocessable } from '../errors.ts';
import * as lockout from '../lockout.ts';
import { clearAllTokens } from '../one-time-tokens.ts';
import { assertPasswordStrength, hashPassword, verifyPassword } from '../passwords.ts';
import { obj, readJson, str, validateEmail } from '../request.ts';
import { deleteAllSessions, deleteOtherSessions } from '../sessions.ts';
import { auditActorOf, emailTaken, loadUserJson, mergeMetadata, setEmail, type UserRow } from '../users.ts';

/**
 * GoTrue's User.UpdatePassword: stores the new hash, voids every pending e-mail token and signs the
 * user out everywhere except the session making the change (all sessions when there is none).
 * Also clears the failed-sign-in counter (local lockout extension).
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
  await lockout.reset(tx, user.email);
}

/** GET /user and PUT /user (Bearer user JWT). */
export function registerUser(app: Hono, deps: AuthDeps): void {
  app.get('/user', async (c) => {
    const { user } = await requireUser(deps, c);
    const json = await loadUserJson(deps.db, user.id);
    if (!json) throw internalError('Could not load user');
    return c.json(json);
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

    let encryptedPassword: string | undefined;
    if (password !== undefined) {
      if (await verifyPassword(deps.db, password, user.encrypted_password || null, 4)) {
        throw unprocessable('same_password', 'New password should be different from the old password.');
      }
      encryptedPassword = await hashPassword(deps.db, password, deps.config.bcryptCost);
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
        await tx.query(`update auth.users set raw_user_meta_data = $2, updated_at = now() where id = $1`, [
          user.id,
          JSON.stringify(merged),
        ]);
      }
      if (changeEmail) {
        // Local setting: e-mail changes are autoconfirmed (no secure double confirmation), applied at once.
        try {
          await setEmail(tx, user.id, email);
        } catch (err) {
          if ((err as { code?: string }).code === '23505') {
            throw unprocessable('email_exists', 'A user with this email address has already been registered');
          }
          throw err;
        }
        await tx.query(`update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = $1`, [user.id]);
        await lockout.reset(tx, user.email);
      }
      await audit(tx, actor, 'user_modified', client.ip);
    });
    const json = await loadUserJson(deps.db, user.id);
    if (!json) throw internalError('Could not load user');
    return c.json(json);
  });
}
