import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/**
 * An OpenID Connect provider as the auth service talks to it (Google, or the local simulator standing
 * in for it): code exchange at the token endpoint, then the id_token verified against the provider's
 * JWKS (RS256 signature, issuer, audience = client id, expiry).
 */
export interface OidcProviderConfig {
  clientId: string;
  secret: string;
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  jwksUrl: string;
}

export interface ProviderUser {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string | null;
  picture: string | null;
}

export class ProviderError extends Error {}

const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

export async function verifyIdToken(
  provider: OidcProviderConfig,
  idToken: string,
  nowSeconds = Date.now() / 1000,
): Promise<Record<string, unknown>> {
  const [headerPart, payloadPart, signaturePart] = idToken.split('.');
  if (!headerPart || !payloadPart || !signaturePart) throw new ProviderError('malformed id_token');
  const header = decodePart(headerPart);
  if (header.alg !== 'RS256') throw new ProviderError('id_token must be RS256');
  const jwks = (await (await fetch(provider.jwksUrl)).json()) as { keys?: (JsonWebKey & { kid?: string })[] };
  const jwk = jwks.keys?.find((key) => key.kid === header.kid);
  if (!jwk) throw new ProviderError('id_token signed by an unknown key');
  const ok = verify(
    'sha256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signaturePart, 'base64url'),
  );
  if (!ok) throw new ProviderError('id_token signature is invalid');
  const claims = decodePart(payloadPart);
  if (claims.iss !== provider.issuer) throw new ProviderError('id_token issuer mismatch');
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.includes(provider.clientId)) throw new ProviderError('id_token audience mismatch');
  if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) throw new ProviderError('id_token expired');
  return claims;
}

/** Exchanges the authorization code and reads the user from the verified id_token. */
export async function exchangeCode(
  provider: OidcProviderConfig,
  code: string,
  redirectUri: string,
): Promise<{ user: ProviderUser; accessToken: string }> {
  const res = await fetch(provider.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: provider.clientId,
      client_secret: provider.secret,
    }).toString(),
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; id_token?: string };
  if (!res.ok || !body.id_token) throw new ProviderError(`token exchange failed (${res.status})`);
  const claims = await verifyIdToken(provider, body.id_token);
  if (typeof claims.sub !== 'string' || typeof claims.email !== 'string') throw new ProviderError('id_token lacks sub or email');
  return {
    accessToken: body.access_token ?? '',
    user: {
      sub: claims.sub,
      email: claims.email.toLowerCase(),
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      name: typeof claims.name === 'string' ? claims.name : null,
      picture: typeof claims.picture === 'string' ? claims.picture : null,
    },
  };
}
