import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from './config.ts';

const run = promisify(execFile);
const SUPABASE_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'supabase');

/**
 * Runs the real Supabase CLI (version pinned in package.json). A database it did not start is
 * targeted with `--remote=<url>`, the CLI's supported form (`--db-url` is deprecated and goes away
 * in its next major version); no Docker is needed for these commands.
 */
export async function runSupabase(args: string[]): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(SUPABASE_BIN, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, PGSSLMODE: 'disable', SUPABASE_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`supabase ${args[0]} ${args[1]} failed:\n${failure.stderr || failure.stdout || failure.message}`, {
      cause: error,
    });
  }
}

async function supabase(args: string[]): Promise<string> {
  const { stdout, stderr } = await runSupabase(args);
  return stdout + stderr;
}

export const pushArgs = (dbUrl: string, { seed }: { seed: boolean }) => [
  'db',
  'push',
  `--remote=${dbUrl}`,
  '--yes',
  ...(seed ? ['--include-seed'] : []),
];
export const resetArgs = (dbUrl: string) => ['db', 'reset', `--remote=${dbUrl}`, '--yes'];
export const typesArgs = (dbUrl: string) => ['gen', 'types', 'typescript', `--remote=${dbUrl}`, '--schema', 'public'];

/** Applies pending migrations; with seed, also the content seeds of config.toml ([db.seed] sql_paths). */
export function pushMigrations(dbUrl: string, { seed }: { seed: boolean }): Promise<string> {
  return supabase(pushArgs(dbUrl, { seed }));
}

/** Drops project objects, truncates auth data, re-applies migrations and seed. */
export function resetDatabase(dbUrl: string): Promise<string> {
  return supabase(resetArgs(dbUrl));
}

/**
 * Where `npm run db:types` writes the generator's output, byte for byte: the SPA's copy and the edge
 * functions' copy (Deno cannot import from src/, and a deployed function bundles only supabase/functions).
 */
export const TYPES_FILES = [
  path.join(REPO_ROOT, 'src', 'lib', 'database.types.ts'),
  path.join(REPO_ROOT, 'supabase', 'functions', '_shared', 'database.types.ts'),
];

export async function generateTypes(dbUrl: string): Promise<string> {
  return (await runSupabase(typesArgs(dbUrl))).stdout;
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
