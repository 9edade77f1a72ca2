import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { signJwt } from './lib/jwt.ts';
import { isPortFree } from './lib/ports.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_STACK_DIR = path.join(REPO_ROOT, '.stack');
export const DEFAULT_GATEWAY_PORT = 54321;

export interface StackOptions {
  /** Data dir (LOCAL_STACK_DIR): database, logs, mail, secrets, stack.json. */
  dir?: string;
  /** Gateway port (LOCAL_STACK_PORT); Postgres gets port + 1 when free, like `supabase start`. */
  port?: number;
  /** Postgres port; defaults to gateway port + 1. */
  dbPort?: number;
  /** Origin of the SPA (auth redirects, CORS). */
  siteUrl?: string;
  /** bcrypt cost of the auth service; 12 in dev, lower in tests for speed. */
  bcryptCost?: number;
  /** Extra env for edge functions (overrides supabase/functions/.env). */
  functionsEnv?: Record<string, string>;
  /** Print progress lines. */
  log?: (line: string) => void;
  /** Run the scheduled jobs on their schedules (stack/scheduler.ts); default true. */
  scheduler?: boolean;
}

export interface StackSecrets {
  jwtSecret: string;
  stripeWebhookSecret: string;
}

export interface StackConfig {
  dir: string;
  logDir: string;
  gatewayPort: number;
  dbPort: number;
  apiUrl: string;
  siteUrl: string;
  bcryptCost: number;
  secrets: StackSecrets;
  anonKey: string;
  serviceRoleKey: string;
  functionsEnv: Record<string, string>;
  log: (line: string) => void;
  scheduler: boolean;
}

/** What `stack.json` holds and what `npm run stack` prints: everything a client or tool needs. */
export interface StackInfo {
  apiUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  dbUrl: string;
  stripeWebhookSecret: string;
  mailboxUrl: string;
  functionsUrl: string;
  /** The local Stripe simulator (absent when a real STRIPE_SECRET_KEY is configured). */
  stripeSimulatorUrl?: string;
  /** The local OpenID Connect simulator standing in for Google sign-in. */
  oauthSimulatorUrl?: string;
  dir: string;
  pid: number;
}

function loadOrCreateSecrets(dir: string): StackSecrets {
  const file = path.join(dir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StackSecrets;
  const secrets: StackSecrets = {
    jwtSecret: randomBytes(32).toString('hex'),
    stripeWebhookSecret: `whsec_${randomBytes(24).toString('hex')}`,
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** API keys are long-lived JWTs carrying only a role, exactly like Supabase's anon and service_role keys. */
export function apiKey(role: 'anon' | 'service_role', jwtSecret: string): string {
  const iat = 1_700_000_000;
  return signJwt({ iss: 'supabase', ref: 'local', role, iat, exp: iat + 10 * 365 * 24 * 3600 }, jwtSecret);
}

export async function assertPortsFree(config: Pick<StackConfig, 'gatewayPort' | 'dbPort'>): Promise<void> {
  for (const [name, port] of [
    ['gateway', config.gatewayPort],
    ['postgres', config.dbPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new Error(`Port ${port} (${name}) is already in use. Stop whatever uses it or set LOCAL_STACK_PORT to another port.`);
    }
  }
}

export async function resolveConfig(options: StackOptions = {}): Promise<StackConfig> {
  const dir = path.resolve(options.dir ?? process.env.LOCAL_STACK_DIR ?? DEFAULT_STACK_DIR);
  mkdirSync(dir, { recursive: true });
  const gatewayPort = options.port ?? Number(process.env.LOCAL_STACK_PORT ?? DEFAULT_GATEWAY_PORT);
  if (!Number.isInteger(gatewayPort) || gatewayPort <= 0) throw new Error(`LOCAL_STACK_PORT must be a port number, got ${gatewayPort}`);
  const dbPort = options.dbPort ?? gatewayPort + 1;
  const secrets = loadOrCreateSecrets(dir);
  return {
    dir,
    logDir: path.join(dir, 'logs'),
    gatewayPort,
    dbPort,
    apiUrl: `http://127.0.0.1:${gatewayPort}`,
    siteUrl: options.siteUrl ?? process.env.SITE_URL ?? 'http://localhost:5173',
    bcryptCost: options.bcryptCost ?? 12,
    secrets,
    anonKey: apiKey('anon', secrets.jwtSecret),
    serviceRoleKey: apiKey('service_role', secrets.jwtSecret),
    functionsEnv: options.functionsEnv ?? {},
    log: options.log ?? (() => {}),
    scheduler: options.scheduler ?? true,
  };
}
