import type { Context, Hono } from 'hono';
import { audit } from '../audit.ts';
import { withTx, type Tx } from '../db.ts';
import { clientInfo, limitOtpGuesses, limitTokenRequests, type AuthDeps } from '../deps.ts';
import { ApiError, badRequest, forbidden, pgCode, unprocessable } from '../errors.ts';
import { clearAllTokens, findByTokenHash, type OneTimeTokenType } from '../one-time-tokens.ts';
import { resolveRedirect } from '../redirects.ts';
import { readJson, str, validateEmail } from '../request.ts';
import type { ClientInfo } from '../sessions.ts';
import { encodeValues, issueSession, sessionRedirectUrl, stripFragment, type SessionResponse } from '../tokens.ts';
import { auditActorOf, confirmEmail, setEmail } from '../users.ts';

type VerifyType = 'signup' | 'invite' | 'recovery' | 'magiclink' | 'email_change' | 'email';

const TOKEN_TYPES: Record<VerifyType, OneTimeTokenType[]> = {
  signup: ['confirmation_token'],
  invite: ['confirmation_token'],
  recovery: ['recovery_token'],
  magiclink: ['recovery_token'],
  email_change: ['email_change_token_current', 'email_change_token_new'],
  email: ['confirmation_token', 'recovery_token'],
};
const isVerifyType = (value: string): value is VerifyType => value in TOKEN_TYPES;

const LINK_INVALID = 'Email link is invalid or has expired';
/** GoTrue's answer when the first of the two e-mail-change confirmations is accepted. */
export const SINGLE_CONFIRMATION_ACCEPTED = 'Confirmation link accepted. Please proceed to confirm link sent to the other email';
const OTP_INVALID = 'Token has expired or is invalid';

/** GoTrue's oauthErrorMap for error redirects. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized_client',
  403: 'access_denied',
  500: 'server_error',
  503: 'temporarily_unavailable',
};

/** The first of two e-mail-change confirmations: no session yet, the other address must confirm too. */
type PendingConfirmation = { pending: true };

/**
 * Redeems a one-time token hash (single use, one hour) and signs the user in. Runs in a transaction
 * that locks the token, so a link cannot be used twice even concurrently. Issuing the session sets
 * last_sign_in_at, which clears the sign-in lockout (a trigger of the password verification hook).
 */
async function redeem(
  tx: Tx,
  deps: AuthDeps,
  hash: string,
  type: VerifyType,
  client: ClientInfo,
  invalidMessage: string,
): Promise<SessionResponse | PendingConfirmation> {
  const found = await findByTokenHash(tx, hash, TOKEN_TYPES[type]);
  if (!found) throw forbidden('otp_expired', invalidMessage);
  const user = found.user;
  if (user.is_banned) throw forbidden('user_banned', 'User is banned');
  if (user.expired) throw forbidden('otp_expired', invalidMessage);
  const actor = auditActorOf(user);
  const effective: VerifyType = type === 'email' ? (found.user.token_type === 'recovery_token' ? 'magiclink' : 'signup') : type;

  switch (effective) {
    case 'signup':
    case 'invite':
      await audit(tx, actor, effective === 'invite' ? 'invite_accepted' : 'user_signedup', client.ip, { provider: 'email' });
      await confirmEmail(tx, user.id);
      await tx.query(
        `update auth.identities set identity_data = identity_data || '{"email_verified": true}'::jsonb, updated_at = now()
          where user_id = $1 and provider = 'email' and lower(identity_data->>'email') = lower($2)`,
        [user.id, user.email ?? ''],
      );
      await clearAllTokens(tx, user.id);
      break;
    case 'recovery':
    case 'magiclink':
      await clearAllTokens(tx, user.id);
      if (!user.email_confirmed_at) {
        await audit(tx, actor, 'user_signedup', client.ip, { provider: 'email' });
        await confirmEmail(tx, user.id);
      } else {
        await audit(tx, actor, 'login', client.ip);
      }
      break;
    case 'email_change': {
      const newEmail = user.email_change;
      if (!newEmail) throw forbidden('otp_expired', invalidMessage);
      // Secure e-mail change: both the current and the new address must confirm, in either order.
      if (deps.config.secureEmailChange !== false && user.email && user.email_change_confirm_status === 0) {
        const column = found.user.token_type === 'email_change_token_current' ? 'email_change_token_current' : 'email_change_token_new';
        await tx.query(`update auth.users set email_change_confirm_status = 1, ${column} = '', updated_at = now() where id = $1`, [
          user.id,
        ]);
        await tx.query(`delete from auth.one_time_tokens where user_id = $1 and token_hash = $2`, [user.id, hash]);
        return { pending: true };
      }
      await audit(tx, actor, 'user_modified', client.ip);
      // Someone else may have registered the address since the change was requested.
      await setEmail(tx, user.id, newEmail).catch((err: unknown) => {
        if (pgCode(err) === '23505') throw unprocessable('email_exists', 'A user with this email address has already been registered');
        throw err;
      });
      await confirmEmail(tx, user.id);
      await clearAllTokens(tx, user.id);
      break;
    }
  }
  return issueSession(tx, deps.tokens, user.id, 'otp', client);
}

/** GoTrue's prepErrorRedirectURL: the error goes into the fragment (url.Values encoding). */
function errorRedirectUrl(redirectTo: string, err: ApiError): string {
  const params: Record<string, string> = { error_code: err.errorCode, error_description: err.message, sb: '' };
  const oauth = OAUTH_ERRORS[err.status];
  if (oauth) params.error = oauth;
  return `${stripFragment(redirectTo)}#${encodeValues(params)}`;
}

export function registerVerify(app: Hono, deps: AuthDeps): void {
  /** GET /verify?token&type&redirect_to — the e-mail link: 303 to redirect_to with the session (or error) in the fragment. */
  app.get('/verify', async (c) => {
    const token = c.req.query('token') ?? '';
    const type = c.req.query('type') ?? '';
    const redirectTo = resolveRedirect(c, deps.config);
    if (!type) throw badRequest('validation_failed', 'Verify requires a verification type');
    if (!token) throw badRequest('validation_failed', 'Verify requires a token or a token hash');
    limitTokenRequests(deps, c, 'verify');
    const client = clientInfo(c);
    try {
      if (!isVerifyType(type)) throw badRequest('validation_failed', 'Invalid email verification type');
      const session = await withTx(deps.db, (tx) => redeem(tx, deps, token, type, client, LINK_INVALID));
      if ('pending' in session) {
        return redirect(c, `${stripFragment(redirectTo)}#${encodeValues({ message: SINGLE_CONFIRMATION_ACCEPTED })}`);
      }
      return redirect(c, sessionRedirectUrl(redirectTo, session, { type }));
    } catch (err) {
      if (err instanceof ApiError) return redirect(c, errorRedirectUrl(redirectTo, err));
      throw err;
    }
  });

  /** POST /verify {type, token_hash} | {type, email, token} → session JSON (supabase-js verifyOtp). */
  app.post('/verify', async (c) => {
    const body = await readJson(c);
    const type = str(body, 'type') ?? '';
    const token = str(body, 'token') ?? '';
    const hashParam = str(body, 'token_hash') ?? '';
    const rawEmail = str(body, 'email') ?? '';
    const phone = str(body, 'phone') ?? '';
    if (!type) throw badRequest('validation_failed', 'Verify requires a verification type');
    if ((!token && !hashParam) || (token && hashParam)) {
      throw badRequest('validation_failed', 'Verify requires either a token or a token hash');
    }
    limitTokenRequests(deps, c, 'verify');
    let hash = hashParam;
    let invalidMessage = LINK_INVALID;
    if (token) {
      if (phone && !rawEmail) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
      if (!rawEmail || phone) throw badRequest('validation_failed', 'Only an email address or phone number should be provided on verify');
      let email: string;
      try {
        email = validateEmail(rawEmail);
      } catch {
        throw unprocessable('validation_failed', 'Invalid email format');
      }
      // Codes are guessable (10^6), so guesses are bounded per address, whatever the client address.
      limitOtpGuesses(deps, email);
      hash = deps.tokenHash(email, token);
      invalidMessage = OTP_INVALID;
    } else if (rawEmail || phone || str(body, 'redirect_to')) {
      throw badRequest('validation_failed', 'Only the token_hash and type should be provided');
    }
    if (!isVerifyType(type)) throw badRequest('validation_failed', 'Unsupported verification type');
    const client = clientInfo(c);
    const session = await withTx(deps.db, (tx) => redeem(tx, deps, hash, type, client, invalidMessage));
    if ('pending' in session) return c.json({ msg: SINGLE_CONFIRMATION_ACCEPTED, code: '200' });
    return c.json(session);
  });
}

function redirect(c: Context, location: string): Response {
  return c.redirect(location, 303);
}
