import { randomUUID } from 'node:crypto';
import { INSTANCE_ID, isoTimestamp, type Queryable } from './db.ts';
import { ApiError, pgCode, unprocessable } from './errors.ts';
import { factorJson, loadFactors, type FactorRow } from './factors.ts';

export const AUDIENCE = 'authenticated';
export const DEFAULT_ROLE = 'authenticated';

export type Json = Record<string, unknown>;

/** A row of auth.users (timestamps as Postgres text, see db.ts) plus a computed ban flag. */
export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: string | null;
  invited_at: string | null;
  confirmation_token: string | null;
  confirmation_sent_at: string | null;
  recovery_token: string | null;
  recovery_sent_at: string | null;
  email_change_token_new: string | null;
  email_change: string | null;
  email_change_sent_at: string | null;
  email_change_confirm_status: number | null;
  last_sign_in_at: string | null;
  raw_app_meta_data: Json | null;
  raw_user_meta_data: Json | null;
  created_at: string | null;
  updated_at: string | null;
  phone: string | null;
  phone_confirmed_at: string | null;
  phone_change: string | null;
  phone_change_sent_at: string | null;
  confirmed_at: string | null;
  email_change_token_current: string | null;
  banned_until: string | null;
  reauthentication_sent_at: string | null;
  is_sso_user: boolean;
  deleted_at: string | null;
  is_anonymous: boolean;
  is_banned: boolean;
}

export interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: Json;
  provider: string;
  last_sign_in_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  email: string | null;
}

/** The user row with is_banned, from the table as `table` names it in the statement. */
const userColumns = (table: string) => `${table}.*, (${table}.banned_until is not null and ${table}.banned_until > now()) as is_banned`;
const USER_COLUMNS = userColumns('u');

export async function findUserById(db: Queryable, id: string, forUpdate = false): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users u where u.id = $1 ${forUpdate ? 'for update of u' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Sets last_sign_in_at and answers with the user's row as it is now. */
export async function recordSignIn(tx: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await tx.query<UserRow>(
    `update auth.users set last_sign_in_at = now() where id = $1 returning ${userColumns('users')}`,
    [id],
  );
  return rows[0] ?? null;
}

/** GoTrue's FindUserByEmailAndAudience (case-insensitive, non-SSO users). */
export async function findUserByEmail(db: Queryable, email: string, forUpdate = false): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    `select ${USER_COLUMNS} from auth.users u
      where lower(u.email) = lower($1) and u.aud = $2 and u.is_sso_user = false
      order by u.created_at limit 1 ${forUpdate ? 'for update of u' : ''}`,
    [email, AUDIENCE],
  );
  return rows[0] ?? null;
}

/** True when another (non-SSO) user already uses this e-mail. */
export async function emailTaken(db: Queryable, email: string, exceptUserId?: string): Promise<boolean> {
  const { rows } = await db.query(
    `select 1 from auth.users where lower(email) = lower($1) and is_sso_user = false and ($2::uuid is null or id <> $2::uuid) limit 1`,
    [email, exceptUserId ?? null],
  );
  return rows.length > 0;
}

export async function loadIdentities(db: Queryable, userIds: string[]): Promise<Map<string, IdentityRow[]>> {
  const byUser = new Map<string, IdentityRow[]>();
  if (userIds.length === 0) return byUser;
  const { rows } = await db.query<IdentityRow>(`select * from auth.identities where user_id = any($1::uuid[]) order by created_at, id`, [
    userIds,
  ]);
  for (const row of rows) {
    const list = byUser.get(row.user_id) ?? [];
    list.push(row);
    byUser.set(row.user_id, list);
  }
  return byUser;
}

export function identityJson(i: IdentityRow): Json {
  const out: Json = {
    identity_id: i.id,
    id: i.provider_id,
    user_id: i.user_id,
    identity_data: i.identity_data ?? {},
    provider: i.provider,
  };
  if (i.last_sign_in_at) out.last_sign_in_at = isoTimestamp(i.last_sign_in_at);
  out.created_at = isoTimestamp(i.created_at);
  out.updated_at = isoTimestamp(i.updated_at);
  if (i.email) out.email = i.email;
  return out;
}

/** GoTrue's models.User JSON (field order and omitempty rules included). */
export function userJson(u: UserRow, identities: IdentityRow[], factors: FactorRow[] = []): Json {
  const out: Json = { id: u.id, aud: u.aud ?? '', role: u.role ?? '', email: u.email ?? '' };
  const ts = (key: string, value: string | null) => {
    if (value) out[key] = isoTimestamp(value);
  };
  ts('email_confirmed_at', u.email_confirmed_at);
  ts('invited_at', u.invited_at);
  out.phone = u.phone ?? '';
  ts('phone_confirmed_at', u.phone_confirmed_at);
  ts('confirmation_sent_at', u.confirmation_sent_at);
  ts('confirmed_at', u.confirmed_at);
  ts('recovery_sent_at', u.recovery_sent_at);
  if (u.email_change) out.new_email = u.email_change;
  ts('email_change_sent_at', u.email_change_sent_at);
  if (u.phone_change) out.new_phone = u.phone_change;
  ts('phone_change_sent_at', u.phone_change_sent_at);
  ts('reauthentication_sent_at', u.reauthentication_sent_at);
  ts('last_sign_in_at', u.last_sign_in_at);
  out.app_metadata = u.raw_app_meta_data ?? {};
  out.user_metadata = u.raw_user_meta_data ?? {};
  out.identities = identities.map(identityJson);
  out.created_at = isoTimestamp(u.created_at);
  out.updated_at = isoTimestamp(u.updated_at);
  ts('banned_until', u.banned_until);
  ts('deleted_at', u.deleted_at);
  out.is_anonymous = u.is_anonymous;
  if (factors.length > 0) out.factors = factors.map(factorJson);
  return out;
}

export async function loadUserJson(db: Queryable, id: string): Promise<Json | null> {
  const user = await findUserById(db, id);
  if (!user) return null;
  const identities = await loadIdentities(db, [id]);
  return userJson(user, identities.get(id) ?? [], await loadFactors(db, id));
}

/** Merge semantics of GoTrue's UpdateUserMetaData/UpdateAppMetaData: null deletes a key. */
export function mergeMetadata(current: Json | null | undefined, updates: Json): Json {
  const merged: Json = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

export interface NewUser {
  id?: string;
  email: string | null;
  encryptedPassword: string;
  appMetadata: Json;
  userMetadata: Json;
  role?: string;
  confirmed?: boolean;
}

/**
 * Inserts an auth.users row the way GoTrue does (token columns '' rather than NULL). Project
 * migrations may attach triggers here; a trigger failure surfaces as GoTrue's
 * "Database error saving new user" 500, a concurrent duplicate as user_already_exists.
 */
export async function insertUser(tx: Queryable, user: NewUser, failureMessage = 'Database error saving new user'): Promise<string> {
  const id = user.id ?? randomUUID();
  try {
    await tx.query(
      `insert into auth.users (
         instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         confirmation_token, recovery_token, email_change_token_new, email_change, email_change_token_current,
         email_change_confirm_status, phone_change, phone_change_token, reauthentication_token,
         raw_app_meta_data, raw_user_meta_data, is_super_admin, created_at, updated_at, is_sso_user, is_anonymous)
       values ($1, $2, $3, $4, $5, $6, case when $7 then now() end,
         '', '', '', '', '', 0, '', '', '',
         $8, $9, null, now(), now(), false, false)`,
      [
        INSTANCE_ID,
        id,
        AUDIENCE,
        user.role ?? DEFAULT_ROLE,
        user.email,
        user.encryptedPassword,
        user.confirmed ?? false,
        JSON.stringify(user.appMetadata),
        JSON.stringify(user.userMetadata),
      ],
    );
  } catch (err) {
    // Only a duplicate in auth.users itself means "already registered"; a unique violation raised by
    // a project trigger (e.g. on public.user_profiles) is a failure to save the user like any other.
    const { table, schema, constraint } = err as { table?: string; schema?: string; constraint?: string };
    if (pgCode(err) === '23505' && schema === 'auth' && table === 'users' && String(constraint ?? '').includes('email')) {
      throw unprocessable('user_already_exists', 'User already registered');
    }
    throw new ApiError(500, 'unexpected_failure', failureMessage).withCause(err);
  }
  return id;
}

/** The e-mail identity GoTrue creates on sign-up (provider_id = user id). */
export async function insertEmailIdentity(tx: Queryable, userId: string, email: string, emailVerified = false): Promise<void> {
  const identityData = { sub: userId, email, email_verified: emailVerified, phone_verified: false };
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, id)
     values ($1::text, $2::uuid, $3, 'email', now(), now(), now(), $4)`,
    [userId, userId, JSON.stringify(identityData), randomUUID()],
  );
}

/** GoTrue's User.Confirm: email_confirmed_at, user_metadata.email_verified, clears confirmation tokens. */
export async function confirmEmail(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `update auth.users
        set email_confirmed_at = coalesce(email_confirmed_at, now()),
            confirmation_token = '',
            raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || '{"email_verified": true}'::jsonb,
            updated_at = now()
      where id = $1`,
    [userId],
  );
  await tx.query(`delete from auth.one_time_tokens where user_id = $1 and token_type = 'confirmation_token'`, [userId]);
}

/** Sets auth.users.email and keeps the e-mail identity (and mirrored metadata) in step. */
export async function setEmail(tx: Queryable, userId: string, email: string): Promise<void> {
  await tx.query(
    `update auth.users
        set email = $2::text, email_change = '', email_change_token_new = '', email_change_token_current = '',
            email_change_confirm_status = 0,
            raw_user_meta_data = case when raw_user_meta_data ? 'email'
                                      then raw_user_meta_data || jsonb_build_object('email', $2::text)
                                      else raw_user_meta_data end,
            updated_at = now()
      where id = $1`,
    [userId, email],
  );
  const { rowCount } = await tx.query(
    `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
      where user_id = $1 and provider = 'email'`,
    [userId, email],
  );
  if (!rowCount) await insertEmailIdentity(tx, userId, email, true);
  await tx.query(
    `delete from auth.one_time_tokens where user_id = $1 and token_type in ('email_change_token_new', 'email_change_token_current')`,
    [userId],
  );
}

export function auditActorOf(u: Pick<UserRow, 'id' | 'email' | 'phone' | 'is_sso_user' | 'raw_user_meta_data'>) {
  return { id: u.id, email: u.email, phone: u.phone, isSsoUser: u.is_sso_user, fullName: u.raw_user_meta_data?.full_name };
}
