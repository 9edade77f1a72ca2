// Local OAuth 2.0 / OpenID Connect provider standing in for Google (like the Stripe simulator): an
// authorize page ("Sign in as …" with a few test accounts and a form for any e-mail/name), a token
// endpoint trading an authorization code for an RS256 id_token and an access token, userinfo and JWKS.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OAuthSimulatorOptions {
  /** The client the auth service is registered as. */
  clientId: string;
  clientSecret: string;
  port?: number;
  log?: (line: string) => void;
}

export interface OAuthAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  picture?: string;
}

export interface RunningOAuthSimulator {
  url: string;
  /** What the auth service needs to talk to it (Google's endpoints replaced). */
  endpoints: { issuer: string; authorizeUrl: string; tokenUrl: string; userinfoUrl: string; jwksUrl: string };
  close(): Promise<void>;
}

export const TEST_ACCOUNTS: OAuthAccount[] = [
  { sub: '100000000000000000001', email: 'ada@example.com', email_verified: true, name: 'Ada Lovelace' },
  { sub: '100000000000000000002', email: 'grace@example.com', email_verified: true, name: 'Grace Hopper' },
  { sub: '100000000000000000003', email: 'unverified@example.com', email_verified: false, name: 'Una Verified' },
];

/** A stable `sub` for an e-mail typed into the form (Google's subject ids are numeric strings). */
export function subjectFor(email: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 15)}`).toString();
  return `2${digits.padStart(20, '0')}`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function signJwtRs256(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key);
  return `${header}.${payload}.${b64url(signature)}`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
  res.end(text);
}

function authorizePage(params: URLSearchParams): string {
  const hidden = ['client_id', 'redirect_uri', 'state', 'scope', 'nonce']
    .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`)
    .join('');
  const accounts = TEST_ACCOUNTS.map(
    (a) =>
      `<form method="post" action="/authorize">${hidden}<input type="hidden" name="account" value="${a.sub}">` +
      `<button type="submit">Sign in as ${escapeHtml(a.name)} (${escapeHtml(a.email)}${a.email_verified ? '' : ', unverified'})</button></form>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in – Google (local simulator)</title></head>
<body><main><h1>Sign in with Google (local simulator)</h1>${accounts}
<form method="post" action="/authorize">${hidden}
<label>Email <input type="email" name="email" required></label>
<label>Name <input type="text" name="name"></label>
<label><input type="checkbox" name="email_verified" value="true" checked> Email verified</label>
<button type="submit">Sign in as this person</button></form>
<form method="post" action="/authorize">${hidden}<input type="hidden" name="deny" value="1"><button type="submit">Cancel</button></form>
</main></body></html>`;
}

export async function startOAuthSimulator(options: OAuthSimulatorOptions): Promise<RunningOAuthSimulator> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const codes = new Map<string, { account: OAuthAccount; clientId: string; redirectUri: string; nonce: string | null; expires: number }>();
  const tokens = new Map<string, OAuthAccount>();
  let issuer = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', issuer || 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/.well-known/jwks.json') {
        return send(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
      }
      if (req.method === 'GET' && url.pathname === '/authorize') {
        if (url.searchParams.get('client_id') !== options.clientId) return send(res, 400, '<p>Unknown client_id</p>');
        return send(res, 200, authorizePage(url.searchParams));
      }
      if (req.method === 'POST' && url.pathname === '/authorize') {
        const form = new URLSearchParams(await readBody(req));
        const redirectUri = form.get('redirect_uri') ?? '';
        const back = new URL(redirectUri);
        back.searchParams.set('state', form.get('state') ?? '');
        if (form.get('deny')) {
          back.searchParams.set('error', 'access_denied');
          return send(res, 302, '', { Location: back.toString() });
        }
        const known = TEST_ACCOUNTS.find((a) => a.sub === form.get('account'));
        const email = (form.get('email') ?? '').trim().toLowerCase();
        const account: OAuthAccount | undefined =
          known ??
          (email
            ? { sub: subjectFor(email), email, email_verified: form.get('email_verified') === 'true', name: form.get('name') || email }
            : undefined);
        if (!account) return send(res, 400, '<p>Choose an account</p>');
        const code = randomBytes(24).toString('base64url');
        codes.set(code, {
          account,
          clientId: form.get('client_id') ?? '',
          redirectUri,
          nonce: form.get('nonce'),
          expires: Date.now() + 60_000,
        });
        back.searchParams.set('code', code);
        return send(res, 302, '', { Location: back.toString() });
      }
      if (req.method === 'POST' && url.pathname === '/token') {
        const form = new URLSearchParams(await readBody(req));
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const [id, secret] = basic
          ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
          : [form.get('client_id'), form.get('client_secret')];
        if (id !== options.clientId || secret !== options.clientSecret) return send(res, 401, { error: 'invalid_client' });
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        if (!grant || grant.expires < Date.now() || grant.redirectUri !== form.get('redirect_uri') || grant.clientId !== id) {
          return send(res, 400, { error: 'invalid_grant' });
        }
        const now = Math.floor(Date.now() / 1000);
        const accessToken = randomBytes(24).toString('base64url');
        tokens.set(accessToken, grant.account);
        const idToken = signJwtRs256(
          {
            iss: issuer,
            aud: options.clientId,
            sub: grant.account.sub,
            email: grant.account.email,
            email_verified: grant.account.email_verified,
            name: grant.account.name,
            picture: grant.account.picture,
            iat: now,
            exp: now + 3600,
            ...(grant.nonce ? { nonce: grant.nonce } : {}),
          },
          privateKey,
          kid,
        );
        return send(res, 200, {
          access_token: accessToken,
          token_type: 'Bearer',
          expires_in: 3600,
          id_token: idToken,
          scope: 'openid email profile',
        });
      }
      if (req.method === 'GET' && url.pathname === '/userinfo') {
        const account = tokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
        if (!account) return send(res, 401, { error: 'invalid_token' });
        return send(res, 200, account);
      }
      return send(res, 404, { error: 'not_found' });
    })().catch((err: Error) => {
      options.log?.(`oauth-sim: ${err.message}`);
      if (!res.headersSent) send(res, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  issuer = `http://127.0.0.1:${port}`;
  return {
    url: issuer,
    endpoints: {
      issuer,
      authorizeUrl: `${issuer}/authorize`,
      tokenUrl: `${issuer}/token`,
      userinfoUrl: `${issuer}/userinfo`,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
