import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProcess, tailLog, type ManagedProcess } from '../lib/processes.ts';
import { freePort } from '../lib/ports.ts';
import { setServerPriority } from '../lib/priority.ts';
import { REPO_ROOT } from '../config.ts';

export const FUNCTIONS_DIR = path.join(REPO_ROOT, 'supabase', 'functions');
export const DENO_DIR = path.join(REPO_ROOT, '.cache', 'deno');
const DENO_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'deno');

export interface FunctionsOptions {
  logDir: string;
  /** What hosted Supabase injects (SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY, SUPABASE_DB_URL): not overridable. */
  platformEnv: Record<string, string>;
  /** Local defaults (e.g. the stack's Stripe webhook secret); supabase/functions/.env overrides them. */
  defaultEnv: Record<string, string>;
  /** Overrides of everything but the platform env (tests). */
  overrideEnv: Record<string, string>;
  /** The secret the runtime checks JWTs with, for functions whose verify_jwt is on (`verify-jwt.ts`). */
  jwtSecret: string;
  /** verify_jwt per function; default: supabase/config.toml. */
  verifyJwt?: ReadonlyMap<string, boolean>;
}

export interface RunningFunctions {
  process: ManagedProcess;
  /** The port every worker shares (SO_REUSEPORT). */
  port: number;
  /** Each worker's own port (the same routes): a balancer in front can pick the least busy worker. */
  workerPorts: number[];
}

/** Parses supabase/functions/.env (KEY=value lines, # comments, optional quotes). */
export function readFunctionsDotEnv(file = path.join(FUNCTIONS_DIR, '.env')): Record<string, string> {
  if (!existsSync(file)) return {};
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    env[match[1]!] = match[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

export async function functionsHealthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/_internal/health`)).ok;
  } catch {
    return false;
  }
}

// What Deno needs from the environment to reach the npm registry and vendors' APIs (custom CA
// bundles, proxies), without handing the developer's whole environment to the functions.
const PASSED_THROUGH = [
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'DENO_CERT',
  'DENO_TLS_CA_STORE',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'NPM_CONFIG_REGISTRY',
];

function denoEnv(): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DENO_DIR,
    DENO_NO_UPDATE_CHECK: '1',
    NO_COLOR: '1',
  };
  for (const name of PASSED_THROUGH) if (process.env[name]) env[name] = process.env[name]!;
  // Trust the OS certificate store as well as Deno's bundled roots (machines behind a TLS-inspecting
  // proxy add its CA there; Deno ignores it otherwise).
  env.DENO_TLS_CA_STORE ??= 'mozilla,system';
  return env;
}

/** Runs `work` while holding a lock directory (shared by every stack on this machine). */
async function withLockDir<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > 300_000) rmSync(lock, { recursive: true, force: true }); // left by a killed process
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Downloads every function's npm: dependencies into DENO_DIR before serving. Otherwise the first
 * requests import lazily, and two stacks starting together (tests) race on the same empty cache.
 */
async function cacheDependencies(): Promise<void> {
  const entries = readdirSync(FUNCTIONS_DIR)
    .filter((name) => !name.startsWith('_') && !name.startsWith('.') && existsSync(path.join(FUNCTIONS_DIR, name, 'index.ts')))
    .map((name) => path.join(FUNCTIONS_DIR, name, 'index.ts'));
  mkdirSync(DENO_DIR, { recursive: true });
  await withLockDir(path.join(DENO_DIR, '.interviewai-cache.lock'), async () => {
    try {
      await promisify(execFile)(DENO_BIN, ['cache', `--config=${path.join(FUNCTIONS_DIR, 'deno.json')}`, ...entries], {
        cwd: FUNCTIONS_DIR,
        env: denoEnv(),
      });
    } catch (error) {
      const failure = error as { stderr?: string; message: string };
      throw new Error(`Could not fetch the edge functions' dependencies (deno cache):\n${failure.stderr || failure.message}`, {
        cause: error,
      });
    }
  });
}

/**
 * How many Deno processes serve the functions (FUNCTIONS_WORKERS; default: one per CPU core, at most 4).
 * Hosted Supabase runs isolates in parallel; one process for every request would make the local
 * picture of the functions' throughput one core's.
 */
export function functionWorkers(): number {
  const configured = Number(process.env.FUNCTIONS_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 16);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/**
 * FUNCTIONS_DENO_FLAGS: extra `deno run` flags for profiling or debugging the functions workers, e.g.
 * `--inspect=127.0.0.1:9229` (each further worker gets the next port, so every one can be attached to).
 */
function extraDenoFlags(worker: number): string[] {
  const flags = (process.env.FUNCTIONS_DENO_FLAGS ?? '').split(/\s+/).filter(Boolean);
  return flags.map((flag) => {
    const inspect = /^(--inspect(?:-brk|-wait)?=)([^:]+):(\d+)$/.exec(flag);
    return inspect ? `${inspect[1]}${inspect[2]}:${Number(inspect[3]) + worker}` : flag;
  });
}

/** A worker that dies this often within RESTART_WINDOW_MS is crash-looping: the stack reports it instead. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * A functions worker that is started again when it dies (hosted Supabase replaces a crashed isolate;
 * the other workers keep serving on the shared port meanwhile). `exited` settles only when the worker
 * is crash-looping, which the stack then reports as a crash.
 */
function supervised(start: (restart: boolean) => ManagedProcess): ManagedProcess {
  let current = start(false);
  const restarts: number[] = [];
  let giveUp!: (result: { code: number | null; signal: NodeJS.Signals | null }) => void;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (giveUp = resolve));
  const watch = (worker: ManagedProcess) => {
    void worker.exited.then((result) => {
      if (handle.stopping || worker.stopping) return giveUp(result);
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) return giveUp(result);
      restarts.push(now);
      current = start(true);
      handle.child = current.child;
      watch(current);
    });
  };
  const handle: ManagedProcess = {
    name: current.name,
    child: current.child,
    logFile: current.logFile,
    exited,
    stopping: false,
    async stop(timeoutMs) {
      handle.stopping = true;
      await current.stop(timeoutMs);
    },
  };
  watch(current);
  return handle;
}

/** Several managed processes seen as one: it exits when any of them does, and stops them all. */
function asOneProcess(workers: ManagedProcess[]): ManagedProcess {
  const group: ManagedProcess = {
    name: 'functions',
    child: workers[0]!.child,
    logFile: workers[0]!.logFile,
    exited: Promise.race(workers.map((worker) => worker.exited)),
    stopping: false,
    async stop(timeoutMs) {
      group.stopping = true;
      for (const worker of workers) worker.stopping = true;
      await Promise.all(workers.map((worker) => worker.stop(timeoutMs)));
    },
  };
  return group;
}

/** Runs the real Deno serving every function (several processes on one port); npm: imports are cached in .cache/deno. */
export async function startFunctions(options: FunctionsOptions): Promise<RunningFunctions> {
  await cacheDependencies();
  const port = await freePort();
  const router = fileURLToPath(new URL('./main.ts', import.meta.url));
  const runtimeEnv = {
    FUNCTIONS_RUNTIME_JWT_SECRET: options.jwtSecret,
    FUNCTIONS_RUNTIME_VERIFY_JWT: JSON.stringify(Object.fromEntries(options.verifyJwt ?? readVerifyJwtSettings())),
  };
  const workers: { process: ManagedProcess; ownPort: number }[] = [];
  for (let index = 0; index < functionWorkers(); index++) {
    const ownPort = await freePort();
    const worker = supervised((restart) => {
      const started = startProcess({
        name: index === 0 ? 'functions' : `functions-${index + 1}`,
        command: DENO_BIN,
        args: [
          'run',
          '--allow-net',
          '--allow-env',
          '--allow-read',
          '--allow-sys',
          '--unstable-net', // reusePort (stack/functions/main.ts)
          `--config=${path.join(FUNCTIONS_DIR, 'deno.json')}`,
          ...extraDenoFlags(index),
          router,
        ],
        cwd: FUNCTIONS_DIR,
        logDir: options.logDir,
        env: {
          ...denoEnv(),
          ...options.defaultEnv,
          ...readFunctionsDotEnv(),
          ...options.overrideEnv,
          ...options.platformEnv,
          ...runtimeEnv,
          FUNCTIONS_DIR,
          FUNCTIONS_PORT: String(port),
          FUNCTIONS_WORKER_PORT: String(ownPort),
          ...(process.env.FUNCTIONS_PRELOAD ? { FUNCTIONS_PRELOAD: process.env.FUNCTIONS_PRELOAD } : {}),
          ...(process.env.FUNCTIONS_WARMUP_MS ? { FUNCTIONS_WARMUP_MS: process.env.FUNCTIONS_WARMUP_MS } : {}),
          ...(process.env.FUNCTIONS_DB_WARMUP ? { FUNCTIONS_DB_WARMUP: process.env.FUNCTIONS_DB_WARMUP } : {}),
          // A worker started again after a crash serves as soon as it can (calls are failing meanwhile when every
          // worker went down): no warm-up (main.ts).
          ...(restart ? { FUNCTIONS_WARMUP_MS: '0', FUNCTIONS_DB_WARMUP: '0' } : {}),
        },
      });
      setServerPriority(started.child.pid);
      return started;
    });
    workers.push({ process: worker, ownPort });
  }
  const group = asOneProcess(workers.map((worker) => worker.process));
  try {
    const deadline = Date.now() + 60_000;
    for (const worker of workers) {
      while (!(await functionsHealthy(worker.ownPort))) {
        if (worker.process.child.exitCode !== null) {
          throw new Error(
            `Deno (functions) exited during start-up; see ${worker.process.logFile}:\n${tailLog(worker.process.logFile, 20)}`,
          );
        }
        if (Date.now() > deadline) throw new Error(`Deno (functions) was not ready within 60 s; see ${worker.process.logFile}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    while (!(await functionsHealthy(port))) {
      if (Date.now() > deadline) throw new Error(`Deno (functions) did not listen on ${port} within 60 s; see ${group.logFile}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await group.stop();
    throw error;
  }
  return { process: group, port, workerPorts: workers.map((worker) => worker.ownPort) };
}

/** verify_jwt per function from supabase/config.toml ([functions.<name>] verify_jwt = false); default true. */
export function readVerifyJwtSettings(configToml = path.join(REPO_ROOT, 'supabase', 'config.toml')): Map<string, boolean> {
  const settings = new Map<string, boolean>();
  let current: string | undefined;
  for (const raw of readFileSync(configToml, 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const section = /^\[functions\.([A-Za-z0-9_-]+)\]$/.exec(line);
    if (section) current = section[1];
    else if (line.startsWith('[')) current = undefined;
    else if (current) {
      const setting = /^verify_jwt\s*=\s*(true|false)$/.exec(line);
      if (setting) settings.set(current, setting[1] === 'true');
    }
  }
  return settings;
}
