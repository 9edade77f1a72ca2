import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startStack } from '../../stack/index.ts';
import { verifyJwt } from '../../stack/lib/jwt.ts';
import { freePortPair } from '../../stack/lib/ports.ts';
import { stack } from '../helpers/stack.ts';

describe('stack.json and keys', () => {
  it('writes everything a client or tool needs to <dir>/stack.json', () => {
    const written = JSON.parse(readFileSync(path.join(stack().dir, 'stack.json'), 'utf8'));
    expect(written).toMatchObject({
      apiUrl: stack().apiUrl,
      anonKey: stack().anonKey,
      serviceRoleKey: stack().serviceRoleKey,
      jwtSecret: stack().jwtSecret,
      dbUrl: stack().dbUrl,
      stripeWebhookSecret: expect.stringMatching(/^whsec_/),
    });
  });

  it('issues API keys that are JWTs for the anon and service_role roles', () => {
    expect(verifyJwt(stack().anonKey, stack().jwtSecret).role).toBe('anon');
    expect(verifyJwt(stack().serviceRoleKey, stack().jwtSecret).role).toBe('service_role');
  });

  it('refuses a second stack on the same data dir, saying so', async () => {
    await expect(startStack({ dir: stack().dir, port: await freePortPair() })).rejects.toThrow(/already running/);
  });
});

describe('a stack of its own', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-lifecycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data across restarts and reports a crashed child with its log', async () => {
    const port = await freePortPair();
    const first = await startStack({ dir, port, bcryptCost: 4 });
    try {
      const db = new pg.Client({ connectionString: first.info.dbUrl });
      await db.connect();
      await db.query('create schema if not exists scratch; create table scratch.notes (body text)');
      await db.query('insert into scratch.notes values ($1)', ['kept']);
      await db.end();
    } finally {
      await first.stop();
    }

    const second = await startStack({ dir, port, bcryptCost: 4 });
    try {
      const again = new pg.Client({ connectionString: second.info.dbUrl });
      await again.connect();
      const { rows } = await again.query('select body from scratch.notes');
      await again.end();
      expect(rows).toEqual([{ body: 'kept' }]);

      const postgrestLog = readFileSync(path.join(dir, 'logs', 'postgrest.log'), 'utf8');
      expect(postgrestLog).toContain('starting');
      const pid = Number(readFileSync(path.join(dir, 'logs', 'postgrest.pid'), 'utf8'));
      process.kill(pid, 'SIGKILL');
      const report = await second.crashed;
      expect(report).toMatch(/^postgrest exited unexpectedly/);
      expect(report).toContain('postgrest.log');
      const health = await fetch(`${second.info.apiUrl}/health`);
      expect(health.status).toBe(503);
    } finally {
      await second.stop();
    }
  });
});

describe('a stack that cannot start its functions', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-failed-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says why, with the log, and leaves nothing running (PostgREST starts alongside the functions)', async () => {
    const failed = startStack({ dir, port: await freePortPair(), bcryptCost: 4, functionsEnv: { DENO_V8_FLAGS: '--no-such-v8-flag' } });
    await expect(failed).rejects.toThrow(/Deno \(functions\) exited during start-up[\s\S]*V8 did not recognize flag/);
    // PostgREST had been started (its log exists) and was stopped: a process's pid file goes when it exits.
    expect(existsSync(path.join(dir, 'logs', 'postgrest.log'))).toBe(true);
    expect(existsSync(path.join(dir, 'logs', 'postgrest.pid'))).toBe(false);
    expect(existsSync(path.join(dir, 'logs', 'postgres.pid'))).toBe(false);
  }, 120_000);
});
