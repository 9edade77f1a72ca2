import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayNginx, startNginxGateway } from '../../stack/gateway-nginx.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import pg from 'pg';
import { openPostgrestPool } from '../../stack/postgrest-pool-warmup.ts';
import { startPostgrest } from '../../stack/postgrest.ts';
import { LOCAL_DB_PASSWORD } from '../../stack/postgres/index.ts';
import { stack } from '../helpers/stack.ts';

function signedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createHmac('sha256', stack().jwtSecret).update(unsigned).digest('base64url')}`;
}

async function readPlans(token: string) {
  return fetch(`${stack().apiUrl}/rest/v1/plans?select=id`, {
    headers: { apikey: stack().anonKey, authorization: `Bearer ${token}` },
  });
}

describe('PostgREST JWT cache', () => {
  // PostgREST 12 accepts a token up to 30 s after its exp (clock skew); a token 27 s past its exp is accepted,
  // cached, and must be refused once those 30 s are over, cache or not.
  it('refuses a token once it has expired, although it was accepted (and cached) before', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 27;
    const token = signedToken({ role: 'anon', exp: expiredAt });
    expect((await readPlans(token)).status).toBe(200);
    expect((await readPlans(token)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, (expiredAt + 32) * 1000 - Date.now())));
    const refused = await readPlans(token);
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('PGRST301');
  });

  it('refuses a token whose signature does not match, even after the valid one was cached', async () => {
    const token = signedToken({ role: 'anon', exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await readPlans(token)).status).toBe(200);
    const [header, payload, signature] = token.split('.');
    const tampered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await readPlans(tampered);
    expect(refused.status).toBe(401);
  });
});

// nginx can reach an upstream over a Unix socket (bench/loop-load/nginx-settings.ts compares it with TCP).
describe.skipIf(!gatewayNginx())('PostgREST on a Unix socket behind nginx', () => {
  it('answers REST calls through the gateway as the stack does, and still checks the API key', async () => {
    const info = stack();
    const dir = mkdtempSync(path.join(tmpdir(), 'postgrest-socket-'));
    const postgrest = await startPostgrest({
      dir,
      logDir: dir,
      dbPort: Number(new URL(info.dbUrl).port),
      jwtSecret: info.jwtSecret,
      name: 'postgrest-socket',
      unixSocket: path.join(dir, 'postgrest.sock'),
    });
    let nginx: ManagedProcess | undefined;
    try {
      expect(postgrest.port).toBeNull();
      const port = await freePort();
      nginx = await startNginxGateway(gatewayNginx()!, {
        port,
        dir: path.join(dir, 'nginx'),
        logDir: dir,
        anonKey: info.anonKey,
        serviceRoleKey: info.serviceRoleKey,
        upstreams: { rest: postgrest.unixSocket!, auth: postgrest.unixSocket! },
        nodeGateway: port,
      });
      const viaSocket = await fetch(`http://127.0.0.1:${port}/rest/v1/plans?select=id&order=id`, { headers: { apikey: info.anonKey } });
      const viaStack = await readPlans(info.anonKey);
      expect(viaSocket.status).toBe(200);
      const ids = ((await viaSocket.json()) as { id: string }[]).map((plan) => plan.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.sort()).toEqual(((await viaStack.json()) as { id: string }[]).map((plan) => plan.id).sort());
      const withoutKey = await fetch(`http://127.0.0.1:${port}/rest/v1/plans?select=id`);
      expect(withoutKey.status).toBe(401);
    } finally {
      await nginx?.stop();
      await postgrest.process.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PostgREST pool opened at start (local stack)', () => {
  it('opens every connection of the pool with reads alone, before any user calls', async () => {
    const info = stack();
    const dbPort = Number(new URL(info.dbUrl).port);
    const dir = mkdtempSync(path.join(tmpdir(), 'postgrest-pool-'));
    const applicationName = `postgrest-pool-${process.pid}`;
    const poolSize = 4;
    const postgrest = await startPostgrest({
      dir,
      logDir: dir,
      dbPort,
      jwtSecret: info.jwtSecret,
      name: 'postgrest-pool',
      overrides: {
        'db-uri': `postgres://authenticator:${LOCAL_DB_PASSWORD}@127.0.0.1:${dbPort}/postgres?application_name=${applicationName}`,
        'db-pool': poolSize,
        'db-channel-enabled': false,
      },
    });
    const db = new pg.Client({ connectionString: info.dbUrl });
    await db.connect();
    const connections = async () =>
      Number(
        (await db.query<{ n: string }>('select count(*) as n from pg_stat_activity where application_name = $1', [applicationName]))
          .rows[0]!.n,
      );
    try {
      const profilesBefore = (await db.query('select count(*) from public.user_profiles')).rows[0].count;
      // PostgREST's own start (schema cache, settings) leaves a connection or two open.
      expect(await connections()).toBeLessThan(poolSize);
      expect(await openPostgrestPool({ port: postgrest.port, jwtSecret: info.jwtSecret, poolSize, openConnections: connections })).toBe(0);
      // A connection opened for a read that another, freed connection answered first may still be logging in (each
      // new authenticator backend runs the loop once at login, stack/postgres/backend-warmup.ts): it joins the pool
      // when that is done.
      let open = await connections();
      for (const deadline = Date.now() + 10_000; open < poolSize && Date.now() < deadline; open = await connections()) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(open).toBe(poolSize);
      expect((await db.query('select count(*) from public.user_profiles')).rows[0].count).toBe(profilesBefore);
    } finally {
      await db.end();
      await postgrest.process.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
