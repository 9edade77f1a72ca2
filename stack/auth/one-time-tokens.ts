import { createHmac, randomInt, randomUUID } from 'node:crypto';
import type { Queryable } from './db.ts';
import type { UserRow } from './users.ts';

/** E-mail links and OTPs expire after an hour (GoTrue's MAILER_OTP_EXP default). */
export const OTP_EXPIRY_SECONDS = 3600;
export const OTP_LENGTH = 6;

export type OneTimeTokenType = 'confirmation_token' | 'recovery_token' | 'email_change_token_new' | 'email_change_token_current';

/** The auth.users columns GoTrue mirrors each token type into (token, sent-at). */
const USER_COLUMNS: Record<OneTimeTokenType, { token: string; sentAt: string }> = {
  confirmation_token: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
  recovery_token: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
  email_change_token_new: { token: 'email_change_token_new', sentAt: 'email_change_sent_at' },
  email_change_token_current: { token: 'email_change_token_current', sentAt: 'email_change_sent_at' },
};

export function generateOtp(): string {
  return String(randomInt(0, 10 ** OTP_LENGTH)).padStart(OTP_LENGTH, '0');
}

/** Turns (e-mail, OTP) into the token hash that is stored and put in e-mail links. */
export type TokenHasher = (email: string, otp: string) => string;

/**
 * GoTrue stores SHA-224(e-mail + OTP) and accepts that hash in links, so anyone who knows the e-mail
 * can compute the link for every one of the 10^6 codes and search them through the link endpoint.
 * Here the hash is an HMAC-SHA-224 under a server-side key: links (224 bits) cannot be guessed, and
 * codes can only be tried through verifyOtp, which is limited per e-mail address.
 */
export function createTokenHasher(secret: string): TokenHasher {
  const key = createHmac('sha256', secret).update('auth one-time token hash').digest();
  return (email, otp) =>
    createHmac('sha224', key)
      .update(email + otp)
      .digest('hex');
}

/**
 * Issues a one-time token for a user: a fresh OTP whose hash replaces any earlier token of the same
 * type (auth.users column + auth.one_time_tokens row). Returns the OTP (for the e-mail) and hash (for links).
 */
export async function issueOneTimeToken(
  tx: Queryable,
  tokenHash: TokenHasher,
  userId: string,
  relatesTo: string,
  type: OneTimeTokenType,
): Promise<{ otp: string; hash: string }> {
  const otp = generateOtp();
  const hash = tokenHash(relatesTo, otp);
  const cols = USER_COLUMNS[type];
  await tx.query(`update auth.users set ${cols.token} = $2, ${cols.sentAt} = now(), updated_at = now() where id = $1`, [userId, hash]);
  await tx.query(`delete from auth.one_time_tokens where user_id = $1 and token_type = $2`, [userId, type]);
  await tx.query(
    `insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to, created_at, updated_at)
     values ($1, $2, $3, $4, $5, now(), now())`,
    [randomUUID(), userId, type, hash, relatesTo.toLowerCase()],
  );
  return { otp, hash };
}

export type TokenLookup = { user: UserRow & { token_type: OneTimeTokenType; expired: boolean } } | null;

/**
 * Finds the user holding a one-time token hash of one of the given types, locking both rows so a
 * token can be redeemed once only. `expired` reflects the type's *_sent_at column.
 */
export async function findByTokenHash(tx: Queryable, hash: string, types: OneTimeTokenType[]): Promise<TokenLookup> {
  const { rows } = await tx.query<UserRow & { token_type: OneTimeTokenType; expired: boolean }>(
    `select u.*, (u.banned_until is not null and u.banned_until > now()) as is_banned, ott.token_type::text as token_type,
            coalesce(case ott.token_type
              when 'confirmation_token' then u.confirmation_sent_at
              when 'recovery_token' then u.recovery_sent_at
              else u.email_change_sent_at end, '-infinity') < now() - make_interval(secs => $3) as expired
       from auth.one_time_tokens ott join auth.users u on u.id = ott.user_id
      where ott.token_hash = $1 and ott.token_type::text = any($2::text[])
      order by ott.created_at desc limit 1
      for update of u, ott`,
    [hash, types, OTP_EXPIRY_SECONDS],
  );
  return rows[0] ? { user: rows[0] } : null;
}

/** GoTrue's ClearAllOneTimeTokensForUser plus the mirrored user columns. */
export async function clearAllTokens(tx: Queryable, userId: string): Promise<void> {
  await tx.query(
    `update auth.users set confirmation_token = '', recovery_token = '', email_change_token_new = '',
            email_change_token_current = '', reauthentication_token = '' where id = $1`,
    [userId],
  );
  await tx.query(`delete from auth.one_time_tokens where user_id = $1`, [userId]);
}
