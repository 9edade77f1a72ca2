/**
 * The auth service on its own (no gateway), with a tiny configuration so that time-based behaviour
 * (refresh-token reuse interval, rate-limit windows) runs for real instead of being
 * simulated in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createAuthService } from '../../stack/auth/index.ts';
import { createFileMailbox } from '../../stack/lib/mailbox.ts';
import { LOCAL_DB_PASSWORD } from '../../stack/postgres/index.ts';
import { sql, stack, strongPassword, uniqueEmail, uniqueIp } from './helpers.ts';

const authDbUrl = (() => {
  const url = new URL(stack.dbUrl);
  url.username = 'supabase_auth_admin';
  url.password = LOCAL_DB_PASSWORD;
  return url.toString();
})();

const service = createAuthService({
  dbUrl: authDbUrl,
  jwtSecret: stack.jwtSecret,
  jwtExpirySeconds: 120,
  siteUrl: 'http://localhost:5173',
  additionalRedirectUrls: ['https://app.example.com/**', 'http://127.0.0.1:3000/callback'],
  externalUrl: 'http://auth.test/auth/v1',
  mailbox: createFileMailbox(path.join(stack.dir, 'mail-service-test')),
  bcryptCost: 4,
  refreshTokenReuseIntervalSeconds: 1,
  hooks: { passwordVerificationAttempt: '"svc_hook_test"."password_attempt"' },
  rateLimits: { tokenPerIpPer5Min: 1000, emailPerHour: 1000, signupPerIpPer5Min: 2 },
  passwordMinLength: 10,
});
// The hook's schema is built to pass the database lints, which may run on this stack meanwhile.
afterAll(async () => {
  await service.close();
  await sql('drop schema if exists svc_hook_test cascade');
});

async function call(method: string, pathAndQuery: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await service.app.request(pathAndQuery, {
    method,
    headers: {
      'X-Supabase-Api-Version': '2024-01-01',
      'X-Forwarded-For': uniqueIp(),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let email = '';
let password = '';
beforeAll(async () => {
  // A password verification hook whose answer each test sets per user, recording every call.
  await sql(`
    create schema if not exists svc_hook_test;
    grant usage on schema svc_hook_test to supabase_auth_admin;
    create table if not exists svc_hook_test.answers (user_id uuid primary key, answer jsonb not null);
    create table if not exists svc_hook_test.calls (id bigint generated always as identity primary key, user_id uuid, valid boolean, caller text, at timestamptz default clock_timestamp());
    grant select, insert on svc_hook_test.answers, svc_hook_test.calls to supabase_auth_admin;
    create or replace function svc_hook_test.password_attempt(event jsonb) returns jsonb language plpgsql set search_path = '' as $$
    begin
      insert into svc_hook_test.calls (user_id, valid, caller) values ((event->>'user_id')::uuid, (event->>'valid')::boolean, current_user);
      return coalesce((select answer from svc_hook_test.answers where user_id = (event->>'user_id')::uuid), '{"decision": "continue"}');
    end $$;
    grant execute on function svc_hook_test.password_attempt(jsonb) to supabase_auth_admin;
  `);
  email = uniqueEmail('svc');
  password = strongPassword() + 'xyz';
  const res = await call('POST', '/signup', { email, password });
  expect(res.status).toBe(200);
});

describe('auth service (direct)', () => {
  it('uses the configured password length and JWT lifetime, and the external URL as issuer', async () => {
    const short = await call('POST', '/signup', { email: uniqueEmail(), password: 'Abcdef123' });
    expect(short.status).toBe(422);
    expect(short.body.message).toContain('at least 10 characters');
    const ok = await call('POST', '/token?grant_type=password', { email, password });
    expect(ok.status).toBe(200);
    expect(ok.body.expires_in).toBe(120);
    expect(JSON.parse(Buffer.from(ok.body.access_token.split('.')[1], 'base64url').toString()).iss).toBe('http://auth.test/auth/v1');
  });

  it('answers 401 no_authorization without a bearer token and 404 for unknown routes', async () => {
    const none = await call('GET', '/user');
    expect(none).toMatchObject({ status: 401, body: { code: 'no_authorization', message: 'This endpoint requires a valid Bearer token' } });
    const basic = await call('GET', '/admin/users', undefined, { Authorization: 'Basic Zm9vOmJhcg==' });
    expect(basic.status).toBe(401);
    expect(basic.body.code).toBe('no_authorization');
    const missing = await call('GET', '/nope');
    expect(missing.status).toBe(404);
  });

  it('records the last X-Forwarded-For hop (the one the gateway wrote) and the user agent on the session', async () => {
    const res = await call(
      'POST',
      '/token?grant_type=password',
      { email, password },
      { 'X-Forwarded-For': '203.0.113.7, 10.0.0.1', 'User-Agent': 'vitest-agent' },
    );
    expect(res.status).toBe(200);
    const sessionId = JSON.parse(Buffer.from(res.body.access_token.split('.')[1], 'base64url').toString()).session_id;
    expect(await sql(`select host(ip) as ip, user_agent from auth.sessions where id = $1`, [sessionId])).toEqual([
      { ip: '10.0.0.1', user_agent: 'vitest-agent' },
    ]);
  });

  it('calls the configured password hook as supabase_auth_admin and honours its answer', async () => {
    const target = uniqueEmail('svc-hook');
    const pw = strongPassword() + 'xyz';
    const signedUp = await call('POST', '/signup', { email: target, password: pw });
    expect(signedUp.status).toBe(200);
    const userId = signedUp.body.user.id as string;
    const answer = (json: unknown) =>
      sql(
        `insert into svc_hook_test.answers (user_id, answer) values ($1, $2) on conflict (user_id) do update set answer = excluded.answer`,
        [userId, JSON.stringify(json)],
      );

    // 'continue' for a wrong password: GoTrue's own answer; the hook saw the attempt as invalid.
    expect(await call('POST', '/token?grant_type=password', { email: target, password: 'Wrong-Passw0rd!' })).toMatchObject({
      status: 400,
      body: { code: 'invalid_credentials', message: 'Invalid login credentials' },
    });
    // 'reject' refuses even the right password with the hook's message, and can sign the user out.
    await answer({ decision: 'reject', message: 'Password sign-in is paused.', should_logout_user: true });
    expect(await sql(`select count(*)::int as n from auth.sessions where user_id = $1`, [userId])).toEqual([{ n: 1 }]);
    expect(await call('POST', '/token?grant_type=password', { email: target, password: pw })).toMatchObject({
      status: 400,
      body: { code: 'invalid_credentials', message: 'Password sign-in is paused.' },
    });
    expect(await sql(`select count(*)::int as n from auth.sessions where user_id = $1`, [userId])).toEqual([{ n: 0 }]);
    // An error object becomes that HTTP error (code 'unknown', as GoTrue renders a code-less error).
    await answer({ error: { http_code: 429, message: 'Slow down.' } });
    expect(await call('POST', '/token?grant_type=password', { email: target, password: pw })).toMatchObject({
      status: 429,
      body: { code: 'unknown', message: 'Slow down.' },
    });
    await answer({ decision: 'continue' });
    expect((await call('POST', '/token?grant_type=password', { email: target, password: pw })).status).toBe(200);
    expect(await sql(`select valid, caller from svc_hook_test.calls where user_id = $1 order by at`, [userId])).toEqual([
      { valid: false, caller: 'supabase_auth_admin' },
      { valid: true, caller: 'supabase_auth_admin' },
      { valid: true, caller: 'supabase_auth_admin' },
      { valid: true, caller: 'supabase_auth_admin' },
    ]);
  });

  it('honours the refresh-token reuse interval in real time', async () => {
    const signIn = await call('POST', '/token?grant_type=password', { email, password });
    const first = signIn.body.refresh_token as string;
    const rotated = await call('POST', '/token?grant_type=refresh_token', { refresh_token: first });
    expect(rotated.status).toBe(200);
    const withinInterval = await call('POST', '/token?grant_type=refresh_token', { refresh_token: first });
    expect(withinInterval.status).toBe(200);
    expect(withinInterval.body.refresh_token).toBe(rotated.body.refresh_token);
    await sleep(1200);
    const replay = await call('POST', '/token?grant_type=refresh_token', { refresh_token: first });
    expect(replay).toMatchObject({ status: 400, body: { code: 'refresh_token_already_used' } });
    const victim = await call('POST', '/token?grant_type=refresh_token', { refresh_token: rotated.body.refresh_token });
    expect(victim.status).toBe(400);
  });

  it('limits sign-ups per client address when signupPerIpPer5Min is set', async () => {
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 3; i++)
      results.push(await call('POST', '/signup', { email: uniqueEmail(), password: 'weak' }, { 'X-Forwarded-For': ip }));
    expect(results.map((r) => r.status)).toEqual([422, 422, 429]);
    expect(results[2]!.body.code).toBe('over_request_rate_limit');
  });

  it('validates redirect_to against SITE_URL and the allow list (exact, prefix, glob)', async () => {
    const cases: [string, string][] = [
      ['https://app.example.com/deep/path?x=1', 'https://app.example.com/deep/path?x=1'],
      ['http://127.0.0.1:3000/callback', 'http://127.0.0.1:3000/callback'],
      ['http://127.0.0.1:3000/callback/more', 'http://127.0.0.1:3000/callback/more'],
      ['http://127.0.0.1:3000/callbackevil', 'http://localhost:5173'],
      ['http://localhost:9999/other-port-same-host', 'http://localhost:9999/other-port-same-host'],
      ['http://localhost:5173/anything', 'http://localhost:5173/anything'],
      ['https://app.example.com.evil.com/', 'http://localhost:5173'],
      ['javascript:alert(1)', 'http://localhost:5173'],
    ];
    for (const [requested, expected] of cases) {
      const res = await service.app.request(`/verify?token=nope&type=recovery&redirect_to=${encodeURIComponent(requested)}`, {
        headers: { 'X-Forwarded-For': uniqueIp() },
      });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')!.split('#')[0], requested).toBe(expected);
    }
  });
});
