// Verifies a user's access token without a round trip to the Auth server wherever a key is at hand:
// - asymmetric tokens (ES256/RS256 signing keys) against SUPABASE_JWKS, which hosted Supabase injects into
//   every function (supabase-js auth.getClaims with that key set; it fetches /.well-known/jwks.json once
//   per isolate when the variable is absent);
// - HS256 tokens with AUTH_JWT_SECRET when the deployment provides it (the local stack does; on hosted
//   projects still on the legacy shared secret it can be set with `supabase secrets set`);
// - otherwise auth.getClaims falls back to asking the Auth server (GET /auth/v1/user), as before.
// Only user tokens pass: the anon and service keys have no subject and another role.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SupabaseClient } from 'npm:@supabase/supabase-js@2';

export interface UserClaims {
  sub: string;
  role: string;
  email?: string;
  exp: number;
  [claim: string]: unknown;
}

function base64UrlDecode(part: string): Uint8Array<ArrayBuffer> {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(base64UrlDecode(part)));
    return value && typeof value === 'object' ? value as Record<string, unknown> : null;
  } catch {
    return null;
  }
}

function isUserClaims(payload: Record<string, unknown>, nowSeconds: number): payload is UserClaims {
  return typeof payload.sub === 'string' && payload.sub.length > 0 && payload.role === 'authenticated' &&
    typeof payload.exp === 'number' && payload.exp > nowSeconds;
}

/**
 * HS256 signature check. node:crypto's HMAC is synchronous and costs about a third of the CPU of
 * crypto.subtle.verify's asynchronous operation for a token this size (measured in Deno 2.9), and every call of
 * every function verifies one.
 */
function validHs256(secret: string, signingInput: string, signature: Uint8Array): boolean {
  const expected = createHmac('sha256', secret).update(signingInput).digest();
  return expected.length === signature.length && timingSafeEqual(expected, signature);
}

let jwks: { keys: unknown[] } | null | undefined;
function injectedJwks(): { keys: unknown[] } | null {
  if (jwks === undefined) {
    try {
      const parsed = JSON.parse(Deno.env.get('SUPABASE_JWKS') ?? 'null');
      jwks = parsed && Array.isArray(parsed.keys) && parsed.keys.length ? parsed : null;
    } catch {
      jwks = null;
    }
  }
  return jwks ?? null;
}

// A user's token is presented on every call of an interview (one per step, five or more per interview) until
// it expires: its claims are remembered by the token's exact text once its HS256 signature has been checked,
// and only its expiry is checked again. Only tokens verified in the isolate are remembered: a token the Auth
// server vouched for is asked about every time, since that answer can change (a signed-out session).
const verifiedTokens = new Map<string, { claims: UserClaims; secret: string }>();
const MAX_VERIFIED_TOKENS = 10_000;

function rememberVerified(token: string, claims: UserClaims, secret: string): UserClaims {
  if (verifiedTokens.size >= MAX_VERIFIED_TOKENS) verifiedTokens.delete(verifiedTokens.keys().next().value!);
  verifiedTokens.set(token, { claims, secret });
  return claims;
}

/** The token's claims when it is a valid, unexpired user token; null otherwise. */
export async function verifyUserJwt(token: string, authClient: () => SupabaseClient): Promise<UserClaims | null> {
  const secret = Deno.env.get('AUTH_JWT_SECRET');
  const known = verifiedTokens.get(token);
  if (known && known.secret === secret) {
    if (known.claims.exp > Date.now() / 1000) return known.claims;
    verifiedTokens.delete(token);
    return null;
  }
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const header = decodePart(parts[0]!);
  const payload = decodePart(parts[1]!);
  if (!header || !payload || !isUserClaims(payload, Date.now() / 1000)) return null;

  if (header.alg === 'HS256' && secret) {
    try {
      return validHs256(secret, `${parts[0]}.${parts[1]}`, base64UrlDecode(parts[2]!)) ? rememberVerified(token, payload, secret) : null;
    } catch {
      return null;
    }
  }
  const keys = injectedJwks();
  // deno-lint-ignore no-explicit-any
  const { data, error } = await authClient().auth.getClaims(token, keys ? { jwks: keys as any } : {});
  if (error || !data?.claims) return null;
  return isUserClaims(data.claims as Record<string, unknown>, Date.now() / 1000) ? data.claims as unknown as UserClaims : null;
}
