import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayNginx, startNginxGateway } from '../../stack/gateway-nginx.ts';
import { startGateway, type RunningGateway } from '../../stack/gateway.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import { signJwt } from '../../stack/lib/jwt.ts';
import { createFileMailbox } from '../../stack/lib/mailbox.ts';
import { fetchFrom } from '../helpers/loopback-fetch.ts';
import { anonClient, stack } from '../helpers/stack.ts';

describe('gateway (Kong-compatible routing)', () => {
  it('reports healthy only with every component up', async () => {
    const response = await fetch(`${stack().apiUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'healthy',
      components: { database: true, rest: true, auth: true, functions: true, storage: true },
    });
  });

  it('refuses REST and auth calls without an API key, with a readable message', async () => {
    for (const path of ['/rest/v1/', '/auth/v1/settings']) {
      const response = await fetch(`${stack().apiUrl}${path}`);
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe('No API key found in request');
    }
  });

  it('refuses an unknown API key', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/`, { headers: { apikey: 'not-a-key' } });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Invalid API key');
  });

  it('routes REST with the anon key to PostgREST 12', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/`, { headers: { apikey: stack().anonKey } });
    expect(response.status).toBe(200);
    expect((await response.json()).info.version).toBe('12.0.2');
  });

  it('answers CORS preflights for the SPA', async () => {
    const response = await fetch(`${stack().apiUrl}/rest/v1/user_profiles`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'apikey, authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('apikey');
  });

  it('serves edge functions through supabase-js functions.invoke', async () => {
    const { data, error } = await anonClient().functions.invoke('health', { method: 'GET' });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'ok', checks: { env: true, rest: true } });
  });

  // The functions runtime checks the JWT (verify_jwt), not the gateway: these go through whichever gateway the
  // stack runs (nginx straight to Deno when installed, else the Node gateway).
  it('refuses a missing, malformed, forged, unsigned or expired JWT for a function with verify_jwt on', async () => {
    const now = Math.floor(Date.now() / 1000);
    const user = { sub: '00000000-0000-4000-8000-000000000001', role: 'authenticated', aud: 'authenticated' };
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...user, exp: now + 600 }),
    ).toString('base64url')}.`;
    const refusals: [string | undefined, string][] = [
      [undefined, 'Missing authorization header'],
      ['Basic dXNlcjpwYXNz', 'Missing authorization header'],
      ['Bearer eyJhbGciOiJIUzI1NiJ9.e30.bad', 'Invalid JWT'],
      ['Bearer not-a-jwt', 'Invalid JWT'],
      [`Bearer ${signJwt({ ...user, exp: now + 600 }, 'another-projects-secret')}`, 'Invalid JWT'],
      [`Bearer ${unsigned}`, 'Invalid JWT'],
      [`Bearer ${signJwt({ ...user, exp: now - 5 }, stack().jwtSecret)}`, 'Invalid JWT'],
    ];
    for (const [authorization, message] of refusals) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${stack().apiUrl}/functions/v1/health`, {
          method,
          headers: authorization ? { authorization } : {},
          body: method === 'POST' ? '{}' : undefined,
        });
        expect({ authorization, method, status: response.status, body: await response.json() }).toEqual({
          authorization,
          method,
          status: 401,
          body: { code: 401, message },
        });
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
      }
    }
    // the same token unexpired and signed with the stack's secret is let through
    const valid = await fetch(`${stack().apiUrl}/functions/v1/health`, {
      headers: { authorization: `Bearer ${signJwt({ ...user, exp: now + 600 }, stack().jwtSecret)}` },
    });
    expect(valid.status).toBe(200);
  });

  it('checks the JWT in the functions runtime itself, with no gateway in between', async () => {
    // the runtime's port, from the line each worker logs once it listens
    const log = readFileSync(path.join(stack().dir, 'logs', 'functions.log'), 'utf8');
    const port = /functions listening on (\d+)/.exec(log)?.[1];
    expect(port).toBeDefined();
    const direct = (name: string, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}/${name}`, { method: 'POST', headers, body: '{}' });
    const missing = await direct('health');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ code: 401, message: 'Missing authorization header' });
    const forged = await direct('health', { authorization: `Bearer ${signJwt({ role: 'anon' }, 'another-projects-secret')}` });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ code: 401, message: 'Invalid JWT' });
    expect((await direct('no-such-function')).status).toBe(401);
    expect((await direct('stripe-webhook')).status).toBe(400);
  });

  it('passes calls to a function with verify_jwt off on without a JWT, or with a bad one', async () => {
    const bad: Record<string, string>[] = [{}, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.bad' }];
    for (const headers of bad) {
      const response = await fetch(`${stack().apiUrl}/functions/v1/stripe-webhook`, { method: 'POST', headers, body: '{}' });
      // the webhook's own answer: it authenticates calls by Stripe's signature
      expect(response.status).toBe(400);
      expect((await response.json()).error).toBe('invalid_signature');
    }
  });

  it('answers 404 with a message for a function that does not exist', async () => {
    const response = await fetch(`${stack().apiUrl}/functions/v1/no-such-function`, {
      headers: { authorization: `Bearer ${stack().anonKey}` },
    });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe('Function "no-such-function" does not exist.');
  });

  it('serves the local mailbox page', async () => {
    const response = await fetch(stack().mailboxUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Local mailbox');
  });
});

// nginx is what the stack runs when it is installed (.ci/run installs it), the Node gateway alone otherwise.
const nginx = gatewayNginx();

describe.each([
  { name: 'Node gateway', withNginx: false },
  { name: 'nginx (functions straight upstream, the rest of the paths to the Node gateway)', withNginx: true },
])('gateway proxying, $name (against an upstream that echoes what it receives)', ({ withNginx }) => {
  let upstream: http.Server;
  let gateway: RunningGateway;
  let nginxProcess: ManagedProcess | undefined;
  let publicPort = 0;
  let connections = 0;

  beforeAll(async () => {
    upstream = http.createServer((request, response) => {
      if (request.url?.startsWith('/big-headers')) {
        // e.g. a traced function's Server-Timing header, one entry per database call
        response.writeHead(200, { 'content-type': 'application/json', 'server-timing': 'a'.repeat(12_000) });
        response.end('{}');
        return;
      }
      if (request.url?.startsWith('/stream')) {
        // Server-sent events: the first event must arrive before the response ends.
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        response.write('data: first\n\n');
        setTimeout(() => response.end('data: last\n\n'), 300);
        return;
      }
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': 'https://upstream.example' });
        response.end(JSON.stringify({ url: request.url, headers: request.headers, body, peer: request.socket.remotePort }));
      });
    });
    upstream.on('connection', () => connections++);
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as AddressInfo).port;
    const info = stack();
    if (withNginx && !nginx) throw new Error('nginx is not installed (apt-get install nginx-light; .ci/run installs it)');
    gateway = await startGateway({
      port: 0,
      behindProxy: withNginx,
      anonKey: info.anonKey,
      serviceRoleKey: info.serviceRoleKey,
      rest: { port },
      auth: { port },
      functions: { port },
      mailbox: createFileMailbox(path.join(info.dir, 'mail-gateway-test')),
      health: async () => ({ upstream: true }),
    });
    publicPort = gateway.port;
    if (withNginx) {
      publicPort = await freePort();
      nginxProcess = await startNginxGateway(nginx!, {
        port: publicPort,
        dir: path.join(info.dir, `nginx-gateway-test-${publicPort}`),
        logDir: path.join(info.dir, 'logs'),
        anonKey: info.anonKey,
        serviceRoleKey: info.serviceRoleKey,
        upstreams: { rest: port, auth: port, functions: port },
        nodeGateway: gateway.port,
      });
    }
  });
  afterAll(async () => {
    await nginxProcess?.stop();
    await gateway.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  const url = (p: string) => `http://127.0.0.1:${publicPort}${p}`;

  it('sets X-Forwarded-For to the connection address, replacing what the client sent', async () => {
    const response = await fetchFrom('127.44.0.7')(url('/auth/v1/token?grant_type=password'), {
      method: 'POST',
      headers: {
        apikey: stack().anonKey,
        'x-forwarded-for': '203.0.113.9',
        'x-real-ip': '203.0.113.9',
        forwarded: 'for=203.0.113.9',
        'content-type': 'application/json',
      },
      body: '{"email":"a@example.com"}',
    });
    expect(response.status).toBe(200);
    const echoed = (await response.json()) as { url: string; headers: Record<string, string>; body: string };
    expect(echoed.url).toBe('/token?grant_type=password');
    expect(echoed.body).toBe('{"email":"a@example.com"}');
    expect(echoed.headers['x-forwarded-for']).toBe('127.44.0.7');
    expect(echoed.headers['x-real-ip']).toBe('127.44.0.7');
    expect(echoed.headers.forwarded).toBeUndefined();
    expect(echoed.headers['x-forwarded-prefix']).toBe('/auth/v1');
    // The gateway's CORS answer replaces the upstream's.
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('checks the API key from the header or the query, and sends it as the bearer token when there is none', async () => {
    const fromQuery = await fetch(url(`/rest/v1/plans?select=id&apikey=${stack().anonKey}`));
    expect(fromQuery.status).toBe(200);
    const echoed = (await fromQuery.json()) as { url: string; headers: Record<string, string> };
    expect(echoed.url).toBe(`/plans?select=id&apikey=${stack().anonKey}`);
    expect(echoed.headers.authorization).toBe(`Bearer ${stack().anonKey}`);
    const own = await fetch(url('/rest/v1/plans'), { headers: { apikey: stack().serviceRoleKey, authorization: 'Bearer user-token' } });
    expect(((await own.json()) as { headers: Record<string, string> }).headers.authorization).toBe('Bearer user-token');
    const wrong = await fetch(url('/auth/v1/user'), { headers: { apikey: 'not-a-key' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ message: 'Invalid API key', hint: expect.any(String) });
    expect(wrong.headers.get('access-control-allow-origin')).toBe('*');
    const missing = await fetch(url('/rest/v1'));
    expect(missing.status).toBe(401);
    expect((await missing.json()).message).toBe('No API key found in request');
  });

  it('opens the e-mail link and OAuth routes of auth without a key, and nothing else', async () => {
    const verify = await fetch(url('/auth/v1/verify?token=abc&type=signup'));
    expect(verify.status).toBe(200);
    expect(((await verify.json()) as { url: string }).url).toBe('/verify?token=abc&type=signup');
    expect((await fetch(url('/auth/v1/verify/other'))).status).toBe(401);
  });

  it('passes the client address through to functions and answers unknown paths with a 404', async () => {
    const response = await fetchFrom('127.44.0.8')(url('/functions/v1/hello?x=1'), {
      method: 'POST',
      headers: { authorization: `Bearer ${stack().anonKey}`, 'x-real-ip': '203.0.113.9', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    const echoed = (await response.json()) as { url: string; headers: Record<string, string>; body: string };
    expect(echoed.url).toBe('/hello?x=1');
    expect(echoed.body).toBe('{"a":1}');
    expect(echoed.headers['x-forwarded-for']).toBe('127.44.0.8');
    expect(echoed.headers['x-forwarded-prefix']).toBe('/functions/v1');
    const unknown = await fetch(url('/graphql/v1'));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toBe('not_found');
  });

  it('reuses upstream connections (keep-alive) instead of opening one per request', async () => {
    const before = connections;
    for (let i = 0; i < 20; i++) {
      const response = await fetch(url('/rest/v1/plans'), { headers: { apikey: stack().anonKey } });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    expect(connections - before).toBeLessThanOrEqual(2);
  });

  it('passes on a response whose headers are larger than a memory page', async () => {
    for (const p of ['/functions/v1/big-headers', '/rest/v1/big-headers']) {
      const response = await fetch(url(p), { headers: { apikey: stack().anonKey, authorization: `Bearer ${stack().anonKey}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('server-timing')).toHaveLength(12_000);
    }
  });

  it('streams responses as they come (server-sent events)', async () => {
    const response = await fetch(url('/functions/v1/stream'), { headers: { authorization: `Bearer ${stack().anonKey}` } });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('data: first\n\n');
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toBe('data: last\n\n');
  });
});
