/**
 * A GoTrue-compatible auth service (supabase/auth's HTTP API as @supabase/supabase-js v2 uses it),
 * writing GoTrue's own auth.* tables. Mounted by the gateway under /auth/v1 with the prefix stripped.
 */
import { Hono } from 'hono';
import { createPool } from './db.ts';
import type { AuthConfig, AuthDeps } from './deps.ts';
import { ApiError, errorResponse } from './errors.ts';
import { createTokenHasher } from './one-time-tokens.ts';
import { PasswordHasher } from './passwords.ts';
import { RateLimiter } from './rate-limit.ts';
import { registerAdmin } from './routes/admin.ts';
import { registerExternal } from './routes/external.ts';
import { registerLogout } from './routes/logout.ts';
import { registerMfa } from './routes/mfa.ts';
import { registerOtp } from './routes/otp.ts';
import { registerRecover } from './routes/recover.ts';
import { registerSettings } from './routes/settings.ts';
import { registerSignup } from './routes/signup.ts';
import { registerToken } from './routes/token.ts';
import { registerUser } from './routes/user.ts';
import { registerVerify } from './routes/verify.ts';

export type { AuthConfig } from './deps.ts';

export function createAuthService(config: AuthConfig): { app: Hono; close(): Promise<void> } {
  const db = createPool(config.dbUrl);
  const limiter = new RateLimiter();
  const passwords = new PasswordHasher(config.dbUrl);
  const deps: AuthDeps = {
    config: { ...config, externalUrl: config.externalUrl.replace(/\/+$/, '') },
    db,
    limiter,
    tokens: {
      jwtSecret: config.jwtSecret,
      jwtExpirySeconds: config.jwtExpirySeconds,
      issuer: config.externalUrl.replace(/\/+$/, ''),
    },
    tokenHash: createTokenHasher(config.jwtSecret),
    passwords,
  };

  const app = new Hono();
  registerSettings(app, deps);
  registerSignup(app, deps);
  registerToken(app, deps);
  registerUser(app, deps);
  registerLogout(app, deps);
  registerRecover(app, deps);
  registerVerify(app, deps);
  registerOtp(app, deps);
  registerAdmin(app, deps);
  registerMfa(app, deps);
  registerExternal(app, deps);

  app.notFound((c) => errorResponse(c, new ApiError(404, 'not_found', 'Not Found')));
  app.onError((err, c) => errorResponse(c, err));

  let closed = false;
  return {
    app,
    async close() {
      if (closed) return;
      closed = true;
      limiter.close();
      await Promise.all([db.end(), passwords.close()]);
    },
  };
}
