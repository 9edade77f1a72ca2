import type { Context } from 'hono';
import type { Mailbox } from '../lib/mailbox.ts';
import type { Db } from './db.ts';
import type { RateLimiter } from './rate-limit.ts';
import { clientIp, userAgent } from './rate-limit.ts';
import type { ClientInfo } from './sessions.ts';
import type { TokenSettings } from './tokens.ts';

export interface AuthConfig {
  /** postgres URL logging in as role supabase_auth_admin (owner of schema auth) */
  dbUrl: string;
  /** HS256 secret shared with PostgREST */
  jwtSecret: string;
  /** default 3600 */
  jwtExpirySeconds: number;
  /** SPA origin, default redirect target (e.g. http://localhost:5173) */
  siteUrl: string;
  /** allowed redirect_to values (exact or prefix, glob '**' suffix ok) */
  additionalRedirectUrls: string[];
  /** public URL of the auth API incl. /auth/v1 (used to build links in emails) */
  externalUrl: string;
  mailbox: Mailbox;
  /** 12 in dev (seed 001: ≥ 12); tests may pass lower for speed */
  bcryptCost: number;
  /** GoTrue default 10 */
  refreshTokenReuseIntervalSeconds: number;
  /** e.g. 5 attempts → 15 min */
  lockout: { maxFailedAttempts: number; lockSeconds: number };
  /** keyed by the first X-Forwarded-For address (the gateway sets it) */
  rateLimits: { tokenPerIpPer5Min: number; emailPerHour: number; signupPerIpPer5Min?: number };
  /** 8 */
  passwordMinLength: number;
}

/** Everything a route needs. */
export interface AuthDeps {
  config: AuthConfig;
  db: Db;
  limiter: RateLimiter;
  tokens: TokenSettings;
}

export function clientInfo(c: Context): ClientInfo {
  return { ip: clientIp(c), userAgent: userAgent(c) };
}

export const FIVE_MINUTES = 300;
export const ONE_HOUR = 3600;

/** /token and /verify: tokenPerIpPer5Min per client address (GoTrue's token/verify limiters). */
export function limitTokenRequests(deps: AuthDeps, c: Context, bucket: string): void {
  deps.limiter.enforce(
    `${bucket}:${clientIp(c) ?? 'unknown'}`,
    deps.config.rateLimits.tokenPerIpPer5Min,
    FIVE_MINUTES,
    'over_request_rate_limit',
    'Request rate limit reached',
  );
}

/**
 * E-mail sending: emailPerHour per recipient address and per client address. Counted before the
 * account lookup, so the limit behaves the same for registered and unknown addresses.
 */
export function limitEmailSends(deps: AuthDeps, c: Context, email: string): void {
  const limit = deps.config.rateLimits.emailPerHour;
  deps.limiter.enforce(`email:addr:${email}`, limit, ONE_HOUR, 'over_email_send_rate_limit', 'Email rate limit exceeded');
  deps.limiter.enforce(`email:ip:${clientIp(c) ?? 'unknown'}`, limit, ONE_HOUR, 'over_email_send_rate_limit', 'Email rate limit exceeded');
}
