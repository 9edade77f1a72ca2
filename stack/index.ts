import type { ServerType } from '@hono/node-server';
import { serveOnLoopback } from './lib/serve-loopback.ts';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { readHookSettings } from './auth/hooks.ts';
import { createAuthService } from './auth/index.ts';
import { assertPortsFree, resolveConfig, type StackConfig, type StackInfo, type StackOptions, REPO_ROOT } from './config.ts';
import { startFunctions, functionsHealthy, readFunctionsDotEnv } from './functions/index.ts';
import { LOCAL_PRICE_IDS } from './stripe-sim/index.ts';
import { startOAuthSimulator } from './oauth-sim/index.ts';
import { startStackStripeSimulator } from './stripe-sim/stack.ts';
import { startGateway } from './gateway.ts';
import { gatewayNginx, startNginxGateway } from './gateway-nginx.ts';
import { startEmailApiFake } from './email-api.ts';
import { createStorageService } from './storage/index.ts';
import { createFileMailbox } from './lib/mailbox.ts';
import { freePort } from './lib/ports.ts';
import { killLeftovers, tailLog, type ManagedProcess } from './lib/processes.ts';
import { pushMigrations, setPlanPrices } from './migrate.ts';
import { postgrestPoolSize, postgrestReady, startPostgrest } from './postgrest.ts';
import { openPostgrestPool, postgrestPoolWarmupEnabled } from './postgrest-pool-warmup.ts';
import { installBackendWarmup, postgrestBackendWarmupEnabled } from './postgres/backend-warmup.ts';
import { LOCAL_DB_PASSWORD, PLATFORM_SUPERUSER, startPostgres } from './postgres/index.ts';
import { readPasswordPolicy } from './auth-policy.ts';
import { createScheduler } from './scheduler.ts';
import { setServerPriority } from './lib/priority.ts';
import { randomBytes } from 'node:crypto';

export type { StackInfo, StackOptions } from './config.ts';

export interface RunningStack {
  info: StackInfo;
  config: StackConfig;
  /** Settles with a description when a child process dies unexpectedly. */
  crashed: Promise<string>;
  stop(): Promise<void>;
}

const LOCK_FILE = 'stack.lock';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One stack per data dir: a second start on the same dir is refused while the first runs. */
function acquireLock(config: StackConfig): () => void {
  const file = path.join(config.dir, LOCK_FILE);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `A local stack is already running on ${config.dir} (pid ${pid}). Stop it first (Ctrl-C in its terminal) or use another LOCAL_STACK_DIR.`,
      );
    }
    const killed = killLeftovers(config.logDir);
    if (killed.length) config.log(`stopped processes left by a previous run that did not shut down: ${killed.join(', ')}`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** How many Postgres backends PostgREST's role has open (the stack's PostgREST is its only user). */
async function apiBackends(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_catalog.pg_stat_activity where usename = 'authenticator'",
    );
    return rows[0]!.n;
  } finally {
    await client.end().catch(() => {});
  }
}

async function databaseUp(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Starts the whole local Supabase: Postgres, migrations, PostgREST, auth, storage, edge functions, gateway. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const config = await resolveConfig(options);
  const releaseLock = acquireLock(config);
  try {
    await assertPortsFree(config);
  } catch (error) {
    releaseLock();
    throw error;
  }
  const cleanups: (() => Promise<void> | void)[] = [releaseLock];
  const children: ManagedProcess[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };

  try {
    const started = Date.now();
    const postgres = await startPostgres({ dataDir: path.join(config.dir, 'db'), port: config.dbPort, logDir: config.logDir });
    children.push(postgres.process);
    cleanups.push(() => postgres.stop());
    config.log(`postgres ready on ${config.dbPort}${postgres.created ? ' (new cluster)' : ''} in ${Date.now() - started} ms`);

    const dbUrl = postgres.url();
    const migrationOutput = await pushMigrations(dbUrl, { seed: postgres.created });
    config.log(`migrations applied${postgres.created ? ' with seed' : ''}: ${summarise(migrationOutput)}`);
    // Before PostgREST and the functions connect: their new backends run the interview loop once, rolled back.
    await installBackendWarmup(postgres.url(PLATFORM_SUPERUSER), { onLogin: postgrestBackendWarmupEnabled() });

    const mailbox = createFileMailbox(path.join(config.dir, 'mail'));
    // Google sign-in goes to a local OpenID Connect simulator ("Sign in as …"), as checkout goes to
    // the Stripe simulator; the auth service verifies its id_tokens like Google's.
    const oauthSimulator = await startOAuthSimulator({
      clientId: 'local-google-client',
      clientSecret: 'local-google-secret',
      log: config.log,
    });
    cleanups.push(() => oauthSimulator.close());
    const authPort = await freePort();
    const auth = createAuthService({
      dbUrl: postgres.url('supabase_auth_admin'),
      jwtSecret: config.secrets.jwtSecret,
      jwtExpirySeconds: 3600,
      siteUrl: config.siteUrl,
      // Same host as the site URL is always allowed (GoTrue's rule); the loopback IP, any port, too.
      additionalRedirectUrls: ['http://127.0.0.1:*/**'],
      externalUrl: `${config.apiUrl}/auth/v1`,
      mailbox,
      bcryptCost: config.bcryptCost,
      refreshTokenReuseIntervalSeconds: 10,
      hooks: readHookSettings(path.join(REPO_ROOT, 'supabase', 'config.toml')),
      external: { google: { clientId: 'local-google-client', secret: 'local-google-secret', ...oauthSimulator.endpoints } },
      rateLimits: { tokenPerIpPer5Min: 150, emailPerHour: 30, signupPerIpPer5Min: 150 },
      passwordMinLength: readPasswordPolicy().minLength,
    });
    const authServer: ServerType = await serveOnLoopback(auth.app.fetch, authPort).catch(async (error: unknown) => {
      await auth.close();
      throw error;
    });
    cleanups.push(async () => {
      await new Promise<void>((resolve) => authServer.close(() => resolve()));
      await auth.close();
    });

    const storagePort = await freePort();
    const storage = createStorageService({
      dbUrl: postgres.url('supabase_storage_admin'),
      jwtSecret: config.secrets.jwtSecret,
      dataDir: path.join(config.dir, 'storage'),
    });
    const storageServer: ServerType = await serveOnLoopback(storage.app.fetch, storagePort).catch(async (error: unknown) => {
      await storage.close();
      throw error;
    });
    cleanups.push(async () => {
      await new Promise<void>((resolve) => storageServer.close(() => resolve()));
      await storage.close();
    });

    // Without a real Stripe key the functions talk to the local simulator (same code path,
    // stripe-node pointed at another host); its checkout page sends signed webhooks back.
    const dotEnv = readFunctionsDotEnv();
    const realStripe = Boolean(config.functionsEnv.STRIPE_SECRET_KEY ?? dotEnv.STRIPE_SECRET_KEY);
    // With real Stripe, `stripe listen` prints the webhook secret to put in supabase/functions/.env.
    const stripeWebhookSecret =
      config.functionsEnv.STRIPE_WEBHOOK_SECRET ?? dotEnv.STRIPE_WEBHOOK_SECRET ?? config.secrets.stripeWebhookSecret;
    const stripeSimulator = realStripe
      ? undefined
      : await startStackStripeSimulator({ dir: config.dir, apiUrl: config.apiUrl, webhookSecret: stripeWebhookSecret, log: config.log });
    if (stripeSimulator) cleanups.push(() => stripeSimulator.close());
    // The plans follow the Stripe the functions talk to; with real Stripe keys the developer sets
    // their test-mode price ids once (docs/billing.md), and they are kept.
    if (stripeSimulator) await setPlanPrices(dbUrl, LOCAL_PRICE_IDS);

    // Notification e-mails go through an e-mail HTTP API; locally a fake of it puts them in the
    // mailbox. A key in supabase/functions/.env (e.g. Resend's) sends real mail instead.
    const emailApi = await startEmailApiFake(mailbox, randomBytes(24).toString('hex'));
    cleanups.push(() => emailApi.close());

    // Both start together; when one fails, the other (already running) is stopped with the rest of the stack.
    const [postgrestStart, functionsStart] = await Promise.allSettled([
      startPostgrest({ dir: config.dir, logDir: config.logDir, dbPort: config.dbPort, jwtSecret: config.secrets.jwtSecret }),
      startFunctions({
        logDir: config.logDir,
        platformEnv: {
          SUPABASE_URL: config.apiUrl,
          SUPABASE_ANON_KEY: config.anonKey,
          SUPABASE_SERVICE_ROLE_KEY: config.serviceRoleKey,
          SUPABASE_DB_URL: dbUrl,
        },
        defaultEnv: {
          STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
          SITE_URL: config.siteUrl,
          // Lets requireUser verify HS256 access tokens in the function instead of asking auth per request
          // (hosted projects with asymmetric signing keys get SUPABASE_JWKS injected instead).
          AUTH_JWT_SECRET: config.secrets.jwtSecret,
          // Local dev servers run on loopback with any port (Vite, the e2e app): allow them as return URLs.
          ALLOWED_RETURN_ORIGINS: 'http://localhost:*,http://127.0.0.1:*',
          ...stripeSimulator?.functionsEnv,
          EMAIL_API_URL: emailApi.url,
          EMAIL_API_KEY: emailApi.apiKey,
          EMAIL_FROM: 'InterviewAI <notifications@interviewai.local>',
        },
        overrideEnv: config.functionsEnv,
        jwtSecret: config.secrets.jwtSecret,
      }),
    ]);
    if (postgrestStart.status === 'fulfilled') cleanups.push(() => postgrestStart.value.process.stop());
    if (functionsStart.status === 'fulfilled') cleanups.push(() => functionsStart.value.process.stop());
    if (postgrestStart.status === 'rejected') throw postgrestStart.reason;
    if (functionsStart.status === 'rejected') throw functionsStart.reason;
    const [postgrest, functions] = [postgrestStart.value, functionsStart.value];
    children.push(postgrest.process, functions.process);
    setServerPriority(postgrest.process.child.pid);
    const poolOpened = postgrestPoolWarmupEnabled()
      ? openPostgrestPool({
          port: postgrest.port,
          jwtSecret: config.secrets.jwtSecret,
          poolSize: postgrestPoolSize(),
          openConnections: () => apiBackends(dbUrl),
        })
      : Promise.resolve(0);

    const nginx = gatewayNginx();
    const gateway = await startGateway({
      port: nginx ? await freePort() : config.gatewayPort,
      behindProxy: nginx !== null,
      anonKey: config.anonKey,
      serviceRoleKey: config.serviceRoleKey,
      rest: { port: postgrest.port },
      auth: { port: authPort },
      functions: { port: functions.port },
      storage: { port: storagePort },
      mailbox,
      health: async () => {
        const [database, rest, authOk, functionsOk, storageOk] = await Promise.all([
          databaseUp(dbUrl),
          postgrestReady(postgrest.adminPort),
          fetch(`http://127.0.0.1:${authPort}/health`).then(
            (r) => r.ok,
            () => false,
          ),
          // nginx routes to each worker's own port, which a worker opens only after loading every function
          // (the shared port answers earlier): healthy once all of them answer.
          Promise.all(functions.workerPorts.map(functionsHealthy)).then((answers) => answers.every(Boolean)),
          fetch(`http://127.0.0.1:${storagePort}/status`).then(
            (r) => r.ok,
            () => false,
          ),
        ]);
        return { database, rest, auth: authOk, functions: functionsOk, storage: storageOk };
      },
    });
    cleanups.push(() => gateway.close());
    if (nginx) {
      const nginxProcess = await startNginxGateway(nginx, {
        port: config.gatewayPort,
        dir: path.join(config.dir, 'nginx'),
        logDir: config.logDir,
        anonKey: config.anonKey,
        serviceRoleKey: config.serviceRoleKey,
        upstreams: { rest: postgrest.port, auth: authPort, storage: storagePort, functions: functions.workerPorts },
        nodeGateway: gateway.port,
      });
      children.push(nginxProcess);
      setServerPriority(nginxProcess.child.pid);
      cleanups.push(() => nginxProcess.stop());
    } else {
      config.log(
        'gateway: nginx is not installed, so the gateway runs in Node (every call pays a slower hop; apt-get install nginx-light)',
      );
    }

    if (config.scheduler) {
      const scheduler = createScheduler({
        dbUrl,
        functionsUrl: `${config.apiUrl}/functions/v1`,
        serviceRoleKey: config.serviceRoleKey,
        log: (line) => config.log(`scheduler: ${line}`),
      });
      scheduler.start();
      cleanups.push(() => scheduler.close());
    }

    const poolFailures = await poolOpened;
    if (poolFailures) config.log(`postgrest: ${poolFailures} of the reads that open its pool at start failed (see its log)`);

    const info: StackInfo = {
      apiUrl: config.apiUrl,
      anonKey: config.anonKey,
      serviceRoleKey: config.serviceRoleKey,
      jwtSecret: config.secrets.jwtSecret,
      dbUrl,
      stripeWebhookSecret,
      mailboxUrl: `${config.apiUrl}/mail`,
      functionsUrl: `${config.apiUrl}/functions/v1`,
      stripeSimulatorUrl: stripeSimulator?.url,
      oauthSimulatorUrl: oauthSimulator.url,
      dir: config.dir,
      pid: process.pid,
    };
    const infoFile = path.join(config.dir, 'stack.json');
    writeFileSync(infoFile, JSON.stringify(info, null, 2), { mode: 0o600 });
    cleanups.push(() => rmSync(infoFile, { force: true }));

    const crashed = new Promise<string>((resolve) => {
      for (const child of children) {
        void child.exited.then(({ code, signal }) => {
          if (child.stopping) return;
          resolve(
            `${child.name} exited unexpectedly (code ${code}, signal ${signal}). Last lines of ${child.logFile}:\n${tailLog(child.logFile)}`,
          );
        });
      }
    });
    config.log(`stack ready in ${Date.now() - started} ms`);
    return { info, config, crashed, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

function summarise(output: string): string {
  const applied = output.split('\n').filter((line) => line.startsWith('Applying migration')).length;
  return applied ? `${applied} new migration(s)` : 'up to date';
}

export { LOCAL_DB_PASSWORD };
