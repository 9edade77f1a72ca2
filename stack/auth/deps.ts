import type { Context } from 'hono';
import type { Mailbox } from '../lib/mailbox.ts';
import type { Db } from './db.ts';
import type { HookSettings } from './hooks.ts';
import type { OidcProviderConfig } from './oauth-provider.ts';
import type { TokenHasher } from './one-time-tokens.ts';
import type { PasswordHasher } from './passwords.ts';
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
  /** 12 in dev (the product's password hashing cost); tests may pass lower for speed */
  bcryptCost: number;
  /** GoTrue default 10 */
  refreshTokenReuseIntervalSeconds: number;
  /**
   * Enabled pg-functions auth hooks (config.toml [auth.hook.*], see hooks.ts). The sign-in lockout is
   * the password verification attempt hook of the migrations.
   */
  hooks?: HookSettings;
  /** Enabled OAuth providers (config.toml [auth.external.*]); locally Google is the OAuth simulator. */
  external?: { google?: OidcProviderConfig };
  /**
   * Per-IP limits are keyed by the client address the gateway sets (the last X-Forwarded-For hop).
   * `verifyPerAddressPerHour` bounds e-mail OTP guesses per address whatever the client address
   * (default 30: at most ~60 of the 10^6 codes can be tried within a code's one-hour lifetime).
   */
  rateLimits: {
    tokenPerIpPer5Min: number;
    emailPerHour: number;
    signupPerIpPer5Min?: number;
    verifyPerAddressPerHour?: number;
    /** TOTP codes tried per factor, whatever the client address (default 15 per 5 minutes). */
    mfaVerifyPerFactorPer5Min?: number;
  };
  /** 8 */
  passwordMinLength: number;
  /**
   * GoTrue's MAILER_SECURE_EMAIL_CHANGE_ENABLED (default true): an e-mail change must be confirmed
   * from the new address and from the current one.
   */
  secureEmailChange?: boolean;
}

/** Everything a route needs. */
export interface AuthDeps {
  config: AuthConfig;
  db: Db;
  limiter: RateLimiter;
  tokens: TokenSettings;
  /** keyed hash of one-time tokens (see one-time-tokens.ts) */
  tokenHash: TokenHasher;
  /** bcrypt off the request path, on its own connections (see passwords.ts) */
  passwords: PasswordHasher;
}

export function clientInfo(c: Context): ClientInfo {
  return { ip: clientIp(c), userAgent: userAgent(c) };
}

export const FIVE_MINUTES = 300;
export const ONE_HOUR = 3600;
export const DEFAULT_VERIFY_PER_ADDRESS_PER_HOUR = 30;

/** E-mail OTP guesses per address, independent of the client address (see AuthConfig.rateLimits). */
export function limitOtpGuesses(deps: AuthDeps, email: string): void {
  deps.limiter.enforce(
    `verify:addr:${email}`,
    deps.config.rateLimits.verifyPerAddressPerHour ?? DEFAULT_VERIFY_PER_ADDRESS_PER_HOUR,
    ONE_HOUR,
    'over_request_rate_limit',
    'Too many attempts to verify a code for this email address. Use the link in the email or try again later.',
  );
}

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
