import type { Hono } from 'hono';
import type { AuthDeps } from '../deps.ts';

export const GOTRUE_VERSION = 'v2.170.0-local';

const EXTERNAL_PROVIDERS = [
  'anonymous_users',
  'apple',
  'azure',
  'bitbucket',
  'discord',
  'facebook',
  'figma',
  'fly',
  'github',
  'gitlab',
  'google',
  'keycloak',
  'kakao',
  'linkedin',
  'linkedin_oidc',
  'notion',
  'spotify',
  'slack',
  'slack_oidc',
  'workos',
  'twitch',
  'twitter',
  'zoom',
];

/** GET /health and GET /settings (public, like GoTrue's). */
export function registerSettings(app: Hono, deps: AuthDeps): void {
  app.get('/health', (c) =>
    c.json({ version: GOTRUE_VERSION, name: 'GoTrue', description: 'GoTrue is a user registration and authentication API' }),
  );

  app.get('/settings', (c) => {
    const external: Record<string, boolean> = {};
    for (const provider of EXTERNAL_PROVIDERS) external[provider] = false;
    external.google = Boolean(deps.config.external?.google);
    external.email = true;
    external.phone = false;
    return c.json({
      external,
      disable_signup: false,
      mailer_autoconfirm: true,
      phone_autoconfirm: false,
      sms_provider: '',
      saml_enabled: false,
    });
  });
}
