import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { adminActor, audit } from '../audit.ts';
import { isUuid, requireAdmin } from '../auth-context.ts';
import { withTx, type Queryable } from '../db.ts';
import { clientInfo, type AuthDeps } from '../deps.ts';
import { parseGoDuration } from '../durations.ts';
import { ApiError, badRequest, notFound, unprocessable } from '../errors.ts';
import { emailActionLink, sendActionEmail, type EmailActionType } from '../mail.ts';
import { issueOneTimeToken, type OneTimeTokenType } from '../one-time-tokens.ts';
import { assertMetadataWithinLimits } from '../metadata.ts';
import { assertPasswordStrength } from '../passwords.ts';
import { isRedirectUrlValid, resolveRedirect } from '../redirects.ts';
import { bool, obj, readJson, str, validateEmail } from '../request.ts';
import { deleteAllSessions } from '../sessions.ts';
import {
  AUDIENCE,
  confirmEmail,
  emailTaken,
  findUserByEmail,
  findUserById,
  insertEmailIdentity,
  insertUser,
  loadIdentities,
  loadUserJson,
  mergeMetadata,
  setEmail,
  userJson,
  type Json,
  type UserRow,
} from '../users.ts';
import { applyPasswordChange } from './user.ts';
import { createEmailUser, EMAIL_APP_METADATA } from './signup.ts';

const EMAIL_EXISTS = 'A user with this email address has already been registered';

/** ban_duration: 'none' lifts a ban, otherwise a Go duration from now ('24h', '876000h', …). */
function parseBan(value: string | undefined): { ms: number } | 'none' | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'none') return 'none';
  try {
    return { ms: parseGoDuration(value) };
  } catch (err) {
    throw badRequest('validation_failed', `invalid format for ban duration: ${(err as Error).message}`);
  }
}

async function applyBan(tx: Queryable, userId: string, ban: { ms: number } | 'none'): Promise<void> {
  if (ban === 'none' || ban.ms === 0) {
    await tx.query(`update auth.users set banned_until = null, updated_at = now() where id = $1`, [userId]);
    return;
  }
  await tx.query(
    `update auth.users set banned_until = now() + make_interval(secs => $2::double precision / 1000), updated_at = now() where id = $1`,
    [userId, ban.ms],
  );
  // A ban ends the user's sessions at once (GoTrue would only refuse their next refresh).
  if (ban.ms > 0) await deleteAllSessions(tx, userId);
}

async function loadTargetUser(deps: AuthDeps, id: string): Promise<UserRow> {
  if (!isUuid(id)) throw badRequest('validation_failed', 'user_id must be an UUID');
  const user = await findUserById(deps.db, id);
  if (!user) throw notFound('user_not_found', 'User not found');
  return user;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw badRequest('validation_failed', `Bad Pagination Parameters: ${name} must be a positive integer`);
  const n = Number(value);
  if (n < 1) throw badRequest('validation_failed', `Bad Pagination Parameters: ${name} must be at least 1`);
  return n;
}

/** GoTrue's addPaginationHeaders: Link (next/last) and X-Total-Count. */
function paginationHeaders(c: Context, page: number, perPage: number, total: number): void {
  const totalPages = Math.ceil(total / perPage);
  const base = new URL(c.req.url);
  const link = (p: number) => {
    const params = new URLSearchParams(base.search);
    params.set('page', String(p));
    params.set('per_page', String(perPage));
    const sorted = new URLSearchParams([...params.entries()].sort(([a], [b]) => a.localeCompare(b)));
    return `</admin/users?${sorted.toString()}>`;
  };
  let header = '';
  if (totalPages > page) header += `${link(page + 1)}; rel="next", `;
  header += `${link(totalPages)}; rel="last"`;
  c.header('Link', header);
  c.header('X-Total-Count', String(total));
}

/** Admin API (service_role JWT only): users CRUD and generate_link. */
export function registerAdmin(app: Hono, deps: AuthDeps): void {
  // Every /admin route needs a service_role (or supabase_admin) JWT; checked before the body is read.
  app.use('/admin/*', async (c, next) => {
    requireAdmin(deps, c);
    await next();
  });
  const actorOf = (c: Context) => adminActor(requireAdmin(deps, c).role);

  app.get('/admin/users', async (c) => {
    const page = positiveInt(c.req.query('page'), 1, 'page');
    const perPage = positiveInt(c.req.query('per_page'), 50, 'per_page');
    const filter = c.req.query('filter') ?? '';
    const pattern = `%${filter.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const where = `u.aud = $1 and ($2 = '%%' or u.email ilike $2 or u.raw_user_meta_data->>'full_name' ilike $2)`;
    const total = await deps.db.query<{ count: string }>(`select count(*) from auth.users u where ${where}`, [AUDIENCE, pattern]);
    const { rows } = await deps.db.query<UserRow>(
      `select u.*, (u.banned_until is not null and u.banned_until > now()) as is_banned
         from auth.users u where ${where} order by u.created_at desc, u.id limit $3 offset $4`,
      [AUDIENCE, pattern, perPage, (page - 1) * perPage],
    );
    const identities = await loadIdentities(
      deps.db,
      rows.map((row) => row.id),
    );
    paginationHeaders(c, page, perPage, Number(total.rows[0]!.count));
    return c.json({ users: rows.map((row) => userJson(row, identities.get(row.id) ?? [])), aud: AUDIENCE });
  });

  app.post('/admin/users', async (c) => {
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    const phone = str(body, 'phone');
    const password = str(body, 'password');
    const emailConfirm = bool(body, 'email_confirm') ?? false;
    const userMetadata = obj(body, 'user_metadata') ?? {};
    const appMetadata = obj(body, 'app_metadata');
    const ban = parseBan(str(body, 'ban_duration'));
    const role = str(body, 'role');
    if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
    if (!rawEmail) throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
    const email = validateEmail(rawEmail);
    if (password) assertPasswordStrength(password, deps.config.passwordMinLength);
    assertMetadataWithinLimits(userMetadata);
    if (appMetadata) assertMetadataWithinLimits(appMetadata, 'app_metadata');
    if (await emailTaken(deps.db, email)) throw unprocessable('email_exists', EMAIL_EXISTS);
    const encryptedPassword = password ? await deps.passwords.hash(password, deps.config.bcryptCost) : '';
    const client = clientInfo(c);

    const userId = await withTx(deps.db, async (tx) => {
      const id = await insertUser(
        tx,
        {
          email,
          encryptedPassword,
          role: role || undefined,
          appMetadata: mergeMetadata(EMAIL_APP_METADATA, appMetadata ?? {}),
          userMetadata,
        },
        'Database error creating new user',
      ).catch((err: unknown) => {
        if (err instanceof ApiError && err.errorCode === 'user_already_exists') throw unprocessable('email_exists', EMAIL_EXISTS);
        throw err;
      });
      await insertEmailIdentity(tx, id, email);
      await audit(tx, actorOf(c), 'user_signedup', client.ip, { user_id: id, user_email: email, user_phone: '' });
      if (emailConfirm) await confirmEmail(tx, id);
      if (ban) await applyBan(tx, id, ban);
      return id;
    });
    return c.json(await loadUserJson(deps.db, userId));
  });

  app.get('/admin/users/:id', async (c) => {
    const user = await loadTargetUser(deps, c.req.param('id'));
    const identities = await loadIdentities(deps.db, [user.id]);
    return c.json(userJson(user, identities.get(user.id) ?? []));
  });

  app.put('/admin/users/:id', async (c) => {
    const user = await loadTargetUser(deps, c.req.param('id'));
    const body = await readJson(c);
    const rawEmail = str(body, 'email');
    const phone = str(body, 'phone');
    const password = str(body, 'password');
    const emailConfirm = bool(body, 'email_confirm') ?? false;
    const userMetadata = obj(body, 'user_metadata');
    const appMetadata = obj(body, 'app_metadata');
    const ban = parseBan(str(body, 'ban_duration'));
    const role = str(body, 'role');
    if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
    const email = rawEmail ? validateEmail(rawEmail) : undefined;
    const changeEmail = email !== undefined && email !== user.email;
    if (changeEmail && (await emailTaken(deps.db, email, user.id))) throw unprocessable('email_exists', EMAIL_EXISTS);
    if (password !== undefined) assertPasswordStrength(password, deps.config.passwordMinLength);
    const encryptedPassword = password !== undefined ? await deps.passwords.hash(password, deps.config.bcryptCost) : undefined;
    const client = clientInfo(c);

    await withTx(deps.db, async (tx) => {
      const locked = await findUserById(tx, user.id, true);
      if (!locked) throw notFound('user_not_found', 'User not found');
      if (ban) await applyBan(tx, user.id, ban);
      if (role) await tx.query(`update auth.users set role = $2, updated_at = now() where id = $1`, [user.id, role.trim()]);
      if (emailConfirm) await confirmEmail(tx, user.id);
      if (encryptedPassword !== undefined) await applyPasswordChange(tx, locked, encryptedPassword, null);
      if (changeEmail) {
        await setEmail(tx, user.id, email).catch((err: unknown) => {
          if ((err as { code?: string }).code === '23505') throw unprocessable('email_exists', EMAIL_EXISTS);
          throw err;
        });
      }
      if (appMetadata) {
        const merged = mergeMetadata(locked.raw_app_meta_data, appMetadata);
        assertMetadataWithinLimits(merged, 'app_metadata');
        await tx.query(`update auth.users set raw_app_meta_data = $2, updated_at = now() where id = $1`, [user.id, JSON.stringify(merged)]);
      }
      if (userMetadata) {
        const { rows } = await tx.query<{ raw_user_meta_data: Json | null }>(`select raw_user_meta_data from auth.users where id = $1`, [
          user.id,
        ]);
        const merged = mergeMetadata(rows[0]?.raw_user_meta_data, userMetadata);
        assertMetadataWithinLimits(merged);
        await tx.query(`update auth.users set raw_user_meta_data = $2, updated_at = now() where id = $1`, [
          user.id,
          JSON.stringify(merged),
        ]);
      }
      await audit(tx, actorOf(c), 'user_modified', client.ip, {
        user_id: user.id,
        user_email: email ?? user.email ?? '',
        user_phone: user.phone ?? '',
      });
    });
    return c.json(await loadUserJson(deps.db, user.id));
  });

  app.delete('/admin/users/:id', async (c) => {
    const user = await loadTargetUser(deps, c.req.param('id'));
    const body = await readJson(c, true);
    const softDelete = bool(body, 'should_soft_delete') ?? false;
    const client = clientInfo(c);
    await withTx(deps.db, async (tx) => {
      await audit(tx, actorOf(c), 'user_deleted', client.ip, {
        user_id: user.id,
        user_email: user.email ?? '',
        user_phone: user.phone ?? '',
      });
      if (softDelete) {
        if (user.deleted_at) return;
        // GoTrue's SoftDeleteUser: sign-in data obfuscated, identities and sessions removed, row kept.
        await deleteAllSessions(tx, user.id);
        await tx.query(`delete from auth.identities where user_id = $1`, [user.id]);
        await tx.query(
          `update auth.users set deleted_at = now(), email = null, phone = null, encrypted_password = '',
                  confirmation_token = '', recovery_token = '', email_change_token_new = '', email_change_token_current = '',
                  email_change = '', phone_change = '', raw_user_meta_data = '{}'::jsonb, updated_at = now()
            where id = $1`,
          [user.id],
        );
        return;
      }
      // GoTrue deletes just the user row: sessions (with their refresh tokens), identities, one-time tokens
      // and MFA rows go with it by cascade. The user row is locked before anything else of the user, as in
      // every other path (docs/data-model.md, "Lock order"); refresh tokens from before sessions existed
      // have no session to cascade from and go afterwards.
      await tx.query(`delete from auth.users where id = $1`, [user.id]);
      await tx.query(`delete from auth.refresh_tokens where user_id = $1`, [user.id]);
    });
    return c.json({});
  });

  /** POST /invite (service_role; supabase-js admin.inviteUserByEmail): creates the user and mails an invite link. */
  app.post('/invite', async (c) => {
    const { role } = requireAdmin(deps, c);
    const body = await readJson(c);
    const email = validateEmail(str(body, 'email'));
    const data = obj(body, 'data') ?? {};
    assertMetadataWithinLimits(data);
    const redirectTo = resolveRedirect(c, deps.config, str(body, 'redirect_to'));
    const client = clientInfo(c);
    const existing = await findUserByEmail(deps.db, email);
    if (existing?.email_confirmed_at) throw unprocessable('email_exists', EMAIL_EXISTS);
    const userId = await withTx(deps.db, async (tx) => {
      const id = existing?.id ?? (await createEmailUser(tx, email, '', data, { confirm: false }));
      await audit(tx, adminActor(role), 'user_invited', client.ip, { user_id: id, user_email: email });
      await tx.query(`update auth.users set invited_at = coalesce(invited_at, now()) where id = $1`, [id]);
      const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, id, email, 'confirmation_token');
      await sendActionEmail(
        deps.config.mailbox,
        email,
        'invite',
        emailActionLink(deps.config.externalUrl, 'invite', hash, redirectTo),
        otp,
      );
      return id;
    });
    return c.json(await loadUserJson(deps.db, userId));
  });

  app.post('/admin/generate_link', async (c) => {
    const body = await readJson(c);
    const type = str(body, 'type') ?? '';
    const email = validateEmail(str(body, 'email'));
    const password = str(body, 'password');
    const data = obj(body, 'data') ?? {};
    assertMetadataWithinLimits(data);
    const newEmailRaw = str(body, 'new_email');
    const requested = str(body, 'redirect_to');
    const redirectTo = requested && isRedirectUrlValid(deps.config, requested) ? requested : resolveRedirect(c, deps.config);
    const client = clientInfo(c);
    const known = ['signup', 'invite', 'magiclink', 'recovery', 'email_change_current', 'email_change_new'];
    if (!known.includes(type)) throw badRequest('validation_failed', `Invalid email action link type requested: ${type}`);

    const user = await findUserByEmail(deps.db, email);
    let verificationType = type;
    if (!user && (type === 'recovery' || type.startsWith('email_change')))
      throw notFound('user_not_found', 'User with this email not found');
    if (!user && type === 'magiclink') verificationType = 'signup';
    if (user && (verificationType === 'signup' || verificationType === 'invite') && user.email_confirmed_at) {
      throw unprocessable('email_exists', EMAIL_EXISTS);
    }
    let encryptedPassword = '';
    if (!user && verificationType === 'signup') {
      const pw = password ?? `${randomBytes(40).toString('base64url')}aA1`;
      if (password !== undefined) assertPasswordStrength(password, deps.config.passwordMinLength);
      encryptedPassword = await deps.passwords.hash(pw, deps.config.bcryptCost);
    }
    const newEmail = type.startsWith('email_change') ? validateEmail(newEmailRaw) : undefined;
    if (newEmail && (await emailTaken(deps.db, newEmail, user?.id))) throw unprocessable('email_exists', EMAIL_EXISTS);

    const result = await withTx(deps.db, async (tx) => {
      let userId = user?.id;
      if (!userId) {
        userId = await createEmailUser(tx, email, encryptedPassword, data, {
          confirm: false,
          failureMessage: 'Database error saving new user',
        });
        if (verificationType === 'invite') await tx.query(`update auth.users set invited_at = now() where id = $1`, [userId]);
      } else if (verificationType === 'signup' && Object.keys(data).length > 0) {
        const current = await findUserById(tx, userId, true);
        await tx.query(`update auth.users set raw_user_meta_data = $2 where id = $1`, [
          userId,
          JSON.stringify(mergeMetadata(current?.raw_user_meta_data, data)),
        ]);
      }
      let tokenType: OneTimeTokenType;
      let linkType: EmailActionType;
      let relatesTo = email;
      switch (verificationType) {
        case 'magiclink':
        case 'recovery':
          await audit(tx, { id: userId, email }, 'user_recovery_requested', client.ip);
          tokenType = 'recovery_token';
          linkType = verificationType;
          break;
        case 'invite':
          await audit(tx, actorOf(c), 'user_invited', client.ip, { user_id: userId, user_email: email });
          await tx.query(`update auth.users set invited_at = coalesce(invited_at, now()) where id = $1`, [userId]);
          tokenType = 'confirmation_token';
          linkType = 'invite';
          break;
        case 'signup':
          tokenType = 'confirmation_token';
          linkType = 'signup';
          break;
        default: {
          await tx.query(`update auth.users set email_change = $2, email_change_confirm_status = 0 where id = $1`, [userId, newEmail]);
          tokenType = type === 'email_change_current' ? 'email_change_token_current' : 'email_change_token_new';
          if (tokenType === 'email_change_token_new') relatesTo = newEmail!;
          linkType = 'email_change';
        }
      }
      const { otp, hash } = await issueOneTimeToken(tx, deps.tokenHash, userId, relatesTo, tokenType);
      return { userId, otp, hash, linkType };
    });
    const userBody = await loadUserJson(deps.db, result.userId);
    return c.json({
      ...userBody,
      action_link: emailActionLink(deps.config.externalUrl, result.linkType, result.hash, redirectTo),
      email_otp: result.otp,
      hashed_token: result.hash,
      verification_type: verificationType,
      redirect_to: redirectTo,
    });
  });
}
