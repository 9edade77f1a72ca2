// Local edge-runtime: serves every supabase/functions/<name>/index.ts at /<name>, like Supabase's
// edge runtime behind /functions/v1. Each function calls Deno.serve(handler) at import time as it
// does on hosted Supabase; we capture that handler instead of opening a port per function. As hosted
// Supabase's edge runtime, it refuses calls without a valid JWT to functions whose verify_jwt is on, before
// the function runs (whichever gateway is in front passes function calls on unchecked).
import { jwtGate } from './verify-jwt.ts';
import { warmConnection } from './db-warmup.ts';
import { warmUp } from './warmup.ts';

type Handler = (request: Request, info: Deno.ServeHandlerInfo) => Response | Promise<Response>;

const functionsDir = Deno.env.get('FUNCTIONS_DIR')!;
const port = Number(Deno.env.get('FUNCTIONS_PORT'));
// The runtime's own settings, read once and removed so that no function sees them (on hosted Supabase the
// main service holds the JWT secret, the functions' workers do not).
const runtimeJwtSecret = Deno.env.get('FUNCTIONS_RUNTIME_JWT_SECRET');
if (!runtimeJwtSecret) throw new Error('FUNCTIONS_RUNTIME_JWT_SECRET is not set (stack/functions/index.ts passes the stack secret)');
const checkJwt = jwtGate({
  jwtSecret: runtimeJwtSecret,
  verifyJwt: JSON.parse(Deno.env.get('FUNCTIONS_RUNTIME_VERIFY_JWT') ?? '{}'),
});
Deno.env.delete('FUNCTIONS_RUNTIME_JWT_SECRET');
Deno.env.delete('FUNCTIONS_RUNTIME_VERIFY_JWT');
const handlers = new Map<string, Promise<Handler>>();
let loading: Promise<unknown> = Promise.resolve();

const realServe = Deno.serve.bind(Deno);
const DEFAULT_WARMUP_MS = 1000;

function handlerFrom(args: unknown[]): Handler | undefined {
  for (const arg of args) {
    if (typeof arg === 'function') return arg as Handler;
    if (arg && typeof arg === 'object' && typeof (arg as { handler?: unknown }).handler === 'function') {
      return (arg as { handler: Handler }).handler;
    }
  }
  return undefined;
}

/** Imports a function module with Deno.serve swapped for a recorder; imports are serialised so captures can't mix. */
function loadFunction(name: string): Promise<Handler> {
  const load = loading.then(async () => {
    let captured: Handler | undefined;
    (Deno as { serve: unknown }).serve = (...args: unknown[]) => {
      captured = handlerFrom(args);
      return {
        finished: Promise.resolve(),
        shutdown: async () => {},
        ref() {},
        unref() {},
        addr: { transport: 'tcp', hostname: '127.0.0.1', port },
      };
    };
    try {
      await import(`file://${functionsDir}/${name}/index.ts`);
    } finally {
      (Deno as { serve: unknown }).serve = realServe;
    }
    if (!captured) throw new Error(`supabase/functions/${name}/index.ts did not call Deno.serve(handler)`);
    return captured;
  });
  loading = load.catch(() => {});
  return load;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function functionExists(name: string): Promise<boolean> {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) return false;
  try {
    return (await Deno.stat(`${functionsDir}/${name}/index.ts`)).isFile;
  } catch {
    return false;
  }
}

async function route(request: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const url = new URL(request.url);
  const name = url.pathname.split('/')[1] ?? '';
  if (name === '_internal' && url.pathname === '/_internal/health') return json(200, { status: 'ok' });
  // before the function is looked up, as the gateway did: without a valid JWT nothing is learnt about it
  const refusal = checkJwt(name, request.headers.get('authorization'));
  if (refusal) return json(refusal.status, refusal.body);
  // A loaded function is served without asking the file system again (a stat per request cost about a tenth
  // of this process's CPU under load); code changes are picked up on restart, as documented.
  let handler = handlers.get(name);
  if (!handler) {
    if (!(await functionExists(name))) {
      return json(404, { error: 'not_found', message: `Function "${name}" does not exist.` });
    }
    handler = handlers.get(name); // loaded by a concurrent request meanwhile
  }
  if (!handler) {
    handler = loadFunction(name);
    handlers.set(name, handler);
  }
  try {
    return await (
      await handler
    )(request, info);
  } catch (error) {
    handlers.delete(name); // a module that failed to load is retried on the next request
    console.error(`function ${name} failed:`, error);
    return json(500, { error: 'function_error', message: `Function "${name}" failed: ${(error as Error).message}` });
  }
}

realServe(
  {
    port,
    hostname: '127.0.0.1',
    reusePort: true,
    onListen: () => console.log(`functions listening on ${port} (pid ${Deno.pid})`),
  },
  route,
);

/**
 * Imports every function once before the worker reports ready, as hosted Supabase deploys functions
 * pre-bundled: the first calls of a run then neither wait for module loading nor pay for it under load.
 * A function that fails to import here is left to the first request, which loads it again and answers
 * the error as before.
 */
async function preloadFunctions(): Promise<void> {
  for (const entry of Deno.readDirSync(functionsDir)) {
    const name = entry.name;
    if (!entry.isDirectory || handlers.has(name) || !(await functionExists(name))) continue;
    const handler = loadFunction(name);
    handlers.set(name, handler);
    await handler.catch((error) => {
      if (handlers.get(name) === handler) handlers.delete(name);
      console.error(`function ${name} could not be preloaded:`, error);
    });
  }
}
// FUNCTIONS_PRELOAD=0 leaves every import to the function's first request (measurements).
if (Deno.env.get('FUNCTIONS_PRELOAD') !== '0') {
  await preloadFunctions();
  // Then the functions' pure code runs for a bounded time (warmup.ts): what V8 compiles meanwhile is compiled before
  // the first calls instead of during them. FUNCTIONS_WARMUP_MS sets the time (0: no warm-up).
  const configured = Number(Deno.env.get('FUNCTIONS_WARMUP_MS'));
  const budgetMs = Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_WARMUP_MS;
  // Meanwhile each of the functions' database connections runs the interview loop once, rolled back (db-warmup.ts):
  // Postgres does its first-use work for those backends now rather than in the first users' calls.
  // FUNCTIONS_DB_WARMUP=0 leaves it to the first calls.
  const warmingConnections = Deno.env.get('FUNCTIONS_DB_WARMUP') === '0' ? undefined : warmDatabaseConnections();
  if (budgetMs > 0) {
    const warm = await warmUp(functionsDir, budgetMs);
    console.log(`functions warm-up: ${warm.rounds} rounds in ${warm.ms} ms`);
    for (const error of warm.errors) console.error(`functions warm-up: ${error}`);
  }
  await warmingConnections;
}

async function warmDatabaseConnections(): Promise<void> {
  const started = performance.now();
  // The module instance the functions use (the same URL), so these are the functions' own connections.
  const db = (await import(`file://${functionsDir}/_shared/db.ts`)) as {
    onEveryOpenConnection(work: (sql: Parameters<typeof warmConnection>[0]) => Promise<void>): Promise<number>;
  };
  const errors = new Set<string>();
  const warmed = await db.onEveryOpenConnection(async (sql) => {
    const error = await warmConnection(sql);
    if (error) errors.add(error.message);
  });
  console.log(`functions database warm-up: ${warmed} connections in ${Math.round(performance.now() - started)} ms`);
  for (const error of errors) console.error(`functions database warm-up: ${error}`);
}

// Several of these processes share the port above (SO_REUSEPORT: the kernel spreads connections over them), as
// hosted Supabase runs isolates in parallel. Each also serves everything on a port of its own, opened once the
// function imports are done (the stack knows a worker is ready when it answers there). nginx balances over these
// ports by requests in flight: a kept-alive connection to the shared port stays with whichever worker the
// kernel gave it, so a request could wait behind a busy worker's long call while another worker idled.
const ownPort = Number(Deno.env.get('FUNCTIONS_WORKER_PORT'));
if (ownPort) realServe({ port: ownPort, hostname: '127.0.0.1', onListen: () => {} }, route);
