import assert from 'node:assert/strict';
import { verifyUserJwt } from './jwt.ts';

const SECRET = 'test-secret-with-at-least-32-characters!';
const encoder = new TextEncoder();
const base64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function sign(payload: Record<string, unknown>, secret = SECRET): Promise<string> {
  const head = base64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));
  const body = base64Url(encoder.encode(JSON.stringify(payload)));
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${head}.${body}`)));
  return `${head}.${body}.${base64Url(signature)}`;
}

const now = () => Math.floor(Date.now() / 1000);
const user = () => ({ sub: '5d3c0f3e-1111-4222-8333-944445555666', role: 'authenticated', email: 'a@example.com', exp: now() + 600 });
// Reaching the Auth server would be a bug in these cases: the secret decides.
const noAuthServer = () => {
  throw new Error('the Auth server must not be asked when AUTH_JWT_SECRET is set');
};

Deno.test('jwt: a user token signed with AUTH_JWT_SECRET is verified in the function', async () => {
  Deno.env.set('AUTH_JWT_SECRET', SECRET);
  try {
    const claims = await verifyUserJwt(await sign(user()), noAuthServer);
    assert.deepEqual(claims?.sub, user().sub);
    assert.deepEqual(claims?.email, 'a@example.com');
  } finally {
    Deno.env.delete('AUTH_JWT_SECRET');
  }
});

Deno.test('jwt: forged, expired, non-user and malformed tokens are refused', async () => {
  Deno.env.set('AUTH_JWT_SECRET', SECRET);
  try {
    assert.deepEqual(await verifyUserJwt(await sign(user(), 'another-secret-of-at-least-32-chars!!'), noAuthServer), null);
    assert.deepEqual(await verifyUserJwt(await sign({ ...user(), exp: now() - 1 }), noAuthServer), null);
    assert.deepEqual(await verifyUserJwt(await sign({ role: 'anon', exp: now() + 600 }), noAuthServer), null);
    assert.deepEqual(await verifyUserJwt(await sign({ role: 'service_role', exp: now() + 600 }), noAuthServer), null);
    const [head, , signature] = (await sign(user())).split('.');
    const tampered = `${head}.${base64Url(encoder.encode(JSON.stringify({ ...user(), sub: 'someone-else' })))}.${signature}`;
    assert.deepEqual(await verifyUserJwt(tampered, noAuthServer), null);
    assert.deepEqual(await verifyUserJwt('not-a-jwt', noAuthServer), null);
  } finally {
    Deno.env.delete('AUTH_JWT_SECRET');
  }
});

Deno.test('jwt: a verified token is remembered until it expires, and only for the secret that verified it', async () => {
  Deno.env.set('AUTH_JWT_SECRET', SECRET);
  const realNow = Date.now;
  try {
    const token = await sign({ ...user(), exp: now() + 60 });
    assert.equal((await verifyUserJwt(token, noAuthServer))?.sub, user().sub);
    assert.equal((await verifyUserJwt(token, noAuthServer))?.sub, user().sub);
    // Another signature on the same claims is another token: checked, and refused.
    const [head, body] = token.split('.');
    const forged = `${head}.${body}.${(await sign(user(), 'another-secret-of-at-least-32-chars!!')).split('.')[2]}`;
    assert.equal(await verifyUserJwt(forged, noAuthServer), null);
    // A rotated secret no longer accepts what the old one verified.
    Deno.env.set('AUTH_JWT_SECRET', 'a-rotated-secret-of-at-least-32-chars!');
    assert.equal(await verifyUserJwt(token, noAuthServer), null);
    Deno.env.set('AUTH_JWT_SECRET', SECRET);
    assert.equal((await verifyUserJwt(token, noAuthServer))?.sub, user().sub);
    // Past its expiry the remembered token is refused.
    Date.now = () => realNow() + 120_000;
    assert.equal(await verifyUserJwt(token, noAuthServer), null);
  } finally {
    Date.now = realNow;
    Deno.env.delete('AUTH_JWT_SECRET');
  }
});

Deno.test('jwt: without a key the Auth server decides (auth.getClaims)', async () => {
  let asked = 0;
  const authClient = () =>
    ({
      auth: {
        getClaims: (token: string) => {
          asked++;
          return Promise.resolve(token.length ? { data: { claims: user() }, error: null } : { data: null, error: new Error('no') });
        },
      },
    }) as never;
  assert.deepEqual((await verifyUserJwt(await sign(user(), 'unknown-secret-of-at-least-32-chars!!'), authClient))?.sub, user().sub);
  assert.deepEqual(asked, 1);
});
