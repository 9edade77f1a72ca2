import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from './config.ts';

const run = promisify(execFile);
const SUPABASE_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'supabase');

/**
 * Runs the real Supabase CLI (pinned in package.json) against a database URL with `--remote=<url>`,
 * the CLI's supported target for a database it did not start (no Docker needed for these commands).
 */
async function supabase(args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(SUPABASE_BIN, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, PGSSLMODE: 'disable', SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout + stderr;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`supabase ${args[0]} ${args[1]} failed:\n${failure.stderr || failure.stdout || failure.message}`);
  }
}

/** Applies pending migrations; with seed, also supabase/seed.sql and supabase/seeds/*.sql. */
export function pushMigrations(dbUrl: string, { seed }: { seed: boolean }): Promise<string> {
  return supabase(['db', 'push', `--remote=${dbUrl}`, '--yes', ...(seed ? ['--include-seed'] : [])]);
}

/** Drops project objects, truncates auth data, re-applies migrations and seed. */
export function resetDatabase(dbUrl: string): Promise<string> {
  return supabase(['db', 'reset', `--remote=${dbUrl}`, '--yes']);
}

export function generateTypes(dbUrl: string): Promise<string> {
  return run(SUPABASE_BIN, ['gen', 'types', 'typescript', `--remote=${dbUrl}`, '--schema', 'public'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PGSSLMODE: 'disable', SUPABASE_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(({ stdout }) => stdout);
}

/**
 * Points the paid plans at Stripe prices through the documented configuration call (never the seed,
 * which may run on production). The local stack passes its Stripe simulator's price ids.
 */
export async function setPlanPrices(dbUrl: string, prices: Record<string, string>): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const [planId, priceId] of Object.entries(prices)) {
      await client.query('select private.set_plan_price($1, $2)', [planId, priceId]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
