import { createHash, randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { signJwt, verifyJwt } from '../../lib/jwt.ts';
import { audit } from '../audit.ts';
import { withTx, type Queryable } from '../db.ts';
import { clientInfo, type AuthDeps } from '../deps.ts';
import { ApiError, badRequest, CommitWithError, notFound, type ErrorCode } from '../errors.ts';
import { exchangeCode, ProviderError, type ProviderUser } from '../oauth-provider.ts';
import { resolveRedirect } from '../redirects.ts';
import { encodeValues, issueSession, sessionRedirectUrl, stripFragment, type SessionResponse } from '../tokens.ts';
import { auditActorOf, findUserByEmail, insertUser } from '../users.ts';

/** GoTrue's flow state lifetime (PKCE auth codes are exchanged within 5 minutes). */
export const FLOW_STATE_SECONDS = 300;
const STATE_SECONDS = 600;

interface OAuthState {
  provider: string;
  referrer: string;
  flow_state_id: string | null;
}

/** Where the provider sends the browser back: GoTrue's /callback under the auth API's external URL. */
const callbackUrl = (deps: AuthDeps) => `${deps.config.externalUrl}/callback`;

function providerConfig(deps: AuthDeps, provider: string) {
  const config = provider === 'google' ? deps.config.external?.google : undefined;
  if (!config) throw badRequest('validation_failed', 'Unsupported provider: Provider is not enabled');
  return config;
}

/** GoTrue puts errors of a PKCE flow in the query, of the implicit flow in the fragment. */
function errorRedirect(target: string, pkce: boolean, code: ErrorCode | string, description: string, error = 'server_error'): string {
  const params = { error, error_code: code, error_description: description };
  if (!pkce) return `${stripFragment(target)}#${encodeValues(params)}`;
  const url = new URL(stripFragment(target));
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * GoTrue's account linking for an OAuth sign-in: the identity (provider, sub) if known; else the user
 * with the same e-mail when BOTH the provider says the e-mail is verified and the account's own
 * e-mail is confirmed (otherwise whoever registered the address first, unconfirmed, would get the
 * Google user's account); else a new user. Returns the user id.
 */
async function findOrCreateUser(tx: Queryable, provider: string, who: ProviderUser): Promise<{ userId: string; created: boolean }> {
  const identityData = {
    iss: provider === 'google' ? 'https://accounts.google.com' : provider,
    sub: who.sub,
    provider_id: who.sub,
    email: who.email,
    email_verified: who.emailVerified,
    phone_verified: false,
    name: who.name ?? undefined,
    full_name: who.name ?? undefined,
    picture: who.picture ?? undefined,
    avatar_url: who.picture ?? undefined,
  };
  const { rows: identities } = await tx.query<{ user_id: string }>(
    `update auth.identities set identity_data = $3, last_sign_in_at = now(), updated_at = now()
      where provider = $1 and provider_id = $2 returning user_id`,
    [provider, who.sub, JSON.stringify(identityData)],
  );
  if (identities[0]) return { userId: identities[0].user_id, created: false };

  const existing = await findUserByEmail(tx, who.email, true);
  let userId: string;
  let created = false;
  if (existing) {
    if (!who.emailVerified) {
      throw new ApiError(
        422,
        'email_exists',
        `Unverified email with ${provider}. A user with this email address has already been registered.`,
      );
    }
    if (!existing.email_confirmed_at) {
      throw new ApiError(422, 'email_exists', 'A user with this email address has already been registered but has not confirmed it yet.');
    }
    userId = existing.id;
    await tx.query(
      `update auth.users set raw_app_meta_data = jsonb_set(coalesce(raw_app_meta_data, '{}'),
              '{providers}', (select to_jsonb(array_agg(distinct p)) from jsonb_array_elements_text(
                 coalesce(raw_app_meta_data->'providers', '[]') || to_jsonb($2::text)) p)), updated_at = now()
        where id = $1`,
      [userId, provider],
    );
  } else {
    userId = await insertUser(tx, {
      email: who.email,
      encryptedPassword: '',
      appMetadata: { provider, providers: [provider] },
      userMetadata: identityData,
      confirmed: who.emailVerified,
    });
    created = true;
  }
  await tx.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, id)
     values ($1, $2, $3, $4, now(), now(), now(), $5)`,
    [who.sub, userId, JSON.stringify(identityData), provider, randomUUID()],
  );
  return { userId, created };
}

export function registerExternal(app: Hono, deps: AuthDeps): void {
  /** GET /authorize?provider=google&redirect_to&code_challenge&code_challenge_method → 302 to the provider. */
  app.get('/authorize', async (c) => {
    const providerName = (c.req.query('provider') ?? '').toLowerCase();
    const provider = providerConfig(deps, providerName);
    const referrer = resolveRedirect(c, deps.config);
    const challenge = c.req.query('code_challenge') ?? '';
    const method = (c.req.query('code_challenge_method') ?? '').toLowerCase();
    let flowStateId: string | null = null;
    if (challenge || method) {
      if (!challenge || (method !== 's256' && method !== 'plain') || !/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) {
        throw badRequest('validation_failed', 'PKCE flow requires code_challenge_method and code_challenge');
      }
      flowStateId = randomUUID();
      await deps.db.query(
        `insert into auth.flow_state (id, auth_code, code_challenge_method, code_challenge, provider_type, created_at, updated_at, authentication_method)
         values ($1, $2, $3, $4, $5, now(), now(), 'oauth')`,
        [flowStateId, randomUUID(), method, challenge, providerName],
      );
    }
    const now = Math.floor(Date.now() / 1000);
    const state = signJwt(
      { provider: providerName, referrer, flow_state_id: flowStateId, iat: now, exp: now + STATE_SECONDS },
      deps.config.jwtSecret,
    );
    const target = new URL(provider.authorizeUrl);
    target.search = new URLSearchParams({
      client_id: provider.clientId,
      redirect_uri: callbackUrl(deps),
      response_type: 'code',
      scope: 'openid email profile',
      state,
    }).toString();
    return c.redirect(target.toString(), 302);
  });

  /** GET /callback?code&state (the provider's redirect) → 302 to redirect_to with ?code (PKCE) or #tokens. */
  app.get('/callback', async (c) => callback(c, deps));
}

async function callback(c: Context, deps: AuthDeps): Promise<Response> {
  let state: OAuthState;
  try {
    state = verifyJwt(c.req.query('state') ?? '', deps.config.jwtSecret) as unknown as OAuthState;
  } catch {
    throw badRequest('bad_oauth_state', 'OAuth callback with invalid state');
  }
  const pkce = Boolean(state.flow_state_id);
  const referrer = state.referrer || deps.config.siteUrl;
  const providerError = c.req.query('error');
  if (providerError) {
    return c.redirect(
      errorRedirect(referrer, pkce, 'provider_error', c.req.query('error_description') ?? providerError, providerError),
      302,
    );
  }
  const client = clientInfo(c);
  try {
    const provider = providerConfig(deps, state.provider);
    let who: ProviderUser;
    let providerToken: string;
    try {
      ({ user: who, accessToken: providerToken } = await exchangeCode(provider, c.req.query('code') ?? '', callbackUrl(deps)));
    } catch (err) {
      if (err instanceof ProviderError)
        throw new ApiError(400, 'bad_oauth_callback', `Error getting user profile from external provider: ${err.message}`);
      throw err;
    }
    const result = await withTx(deps.db, async (tx): Promise<{ code: string } | SessionResponse> => {
      const { userId, created } = await findOrCreateUser(tx, state.provider, who);
      const { rows } = await tx.query<{ id: string; banned: boolean }>(
        `select id, (banned_until is not null and banned_until > now()) as banned from auth.users where id = $1`,
        [userId],
      );
      if (rows[0]?.banned) throw new ApiError(403, 'user_banned', 'User is banned');
      const actor = { id: userId, email: who.email };
      await audit(tx, actor, created ? 'user_signedup' : 'login', client.ip, { provider: state.provider });
      if (state.flow_state_id) {
        const { rows: flows } = await tx.query<{ auth_code: string }>(
          `update auth.flow_state set user_id = $2, provider_access_token = $3, auth_code_issued_at = now(), updated_at = now()
            where id = $1 and user_id is null returning auth_code`,
          [state.flow_state_id, userId, providerToken],
        );
        if (!flows[0]) throw notFound('flow_state_not_found', 'Flow state not found');
        return { code: flows[0].auth_code };
      }
      return issueSession(tx, deps.tokens, userId, 'oauth', client);
    });
    if ('code' in result) {
      const url = new URL(stripFragment(referrer));
      url.searchParams.set('code', result.code);
      return c.redirect(url.toString(), 302);
    }
    return c.redirect(sessionRedirectUrl(referrer, result, { provider_token: providerToken }), 302);
  } catch (err) {
    if (err instanceof ApiError) return c.redirect(errorRedirect(referrer, pkce, err.errorCode, err.message), 302);
    throw err;
  }
}

/** POST /token?grant_type=pkce {auth_code, code_verifier}: the session of a finished OAuth flow, once. */
export async function pkceGrant(deps: AuthDeps, body: Record<string, unknown>, c: Context): Promise<SessionResponse> {
  const authCode = typeof body.auth_code === 'string' ? body.auth_code : '';
  const verifier = typeof body.code_verifier === 'string' ? body.code_verifier : '';
  if (!authCode || !verifier)
    throw badRequest('validation_failed', 'invalid request: both auth code and code verifier should be non-empty');
  const client = clientInfo(c);
  return withTx(deps.db, async (tx) => {
    const { rows } = await tx.query<{ id: string; user_id: string | null; code_challenge: string; method: string; expired: boolean }>(
      `select id, user_id, code_challenge, code_challenge_method::text as method,
              created_at < now() - make_interval(secs => $2::double precision) as expired
         from auth.flow_state where auth_code = $1 for update`,
      [authCode, FLOW_STATE_SECONDS],
    );
    const flow = rows[0];
    if (!flow || !flow.user_id) throw notFound('flow_state_not_found', 'invalid flow state, no valid flow state found');
    // Single use, whatever the outcome: a wrong verifier burns the code.
    await tx.query(`delete from auth.flow_state where id = $1`, [flow.id]);
    if (flow.expired) throw new CommitWithError(badRequest('flow_state_expired', 'invalid flow state, flow state has expired'));
    const computed = flow.method === 's256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
    if (computed !== flow.code_challenge)
      throw new CommitWithError(badRequest('bad_code_verifier', 'code challenge does not match previously saved code verifier'));
    const user = await tx.query<{ email: string | null }>(`select email from auth.users where id = $1`, [flow.user_id]);
    await audit(
      tx,
      auditActorOf({ id: flow.user_id, email: user.rows[0]?.email ?? null, phone: null, is_sso_user: false, raw_user_meta_data: null }),
      'login',
      client.ip,
      {
        provider_type: 'pkce',
      },
    );
    return issueSession(tx, deps.tokens, flow.user_id, 'oauth', client);
  });
}
