// The one place that constructs stripe-node. Pinned package and API version; the same code talks to
// api.stripe.com (no STRIPE_API_HOST) or to the local simulator (STRIPE_API_HOST/PORT/PROTOCOL).
import Stripe from 'npm:stripe@23.1.0';
import { HttpError } from '../http.ts';

export { Stripe };

/** Pinned: webhook payloads and objects are shaped by this version (periods on subscription items). */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

export interface StripeEnv {
  secretKey: string;
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
}

type EnvReader = { get(name: string): string | undefined };

export function stripeEnv(env: EnvReader = Deno.env): StripeEnv {
  const secretKey = env.get('STRIPE_SECRET_KEY')?.trim();
  if (!secretKey) {
    throw new HttpError(503, 'billing_not_configured', 'Billing is not configured on this server (STRIPE_SECRET_KEY is missing).');
  }
  const host = env.get('STRIPE_API_HOST')?.trim() || undefined;
  const portText = env.get('STRIPE_API_PORT')?.trim();
  const protocol = env.get('STRIPE_API_PROTOCOL')?.trim();
  if (protocol && protocol !== 'http' && protocol !== 'https') {
    throw new HttpError(503, 'billing_not_configured', 'STRIPE_API_PROTOCOL must be http or https.');
  }
  return {
    secretKey,
    ...(host ? { host } : {}),
    ...(portText ? { port: Number(portText) } : {}),
    ...(protocol ? { protocol: protocol as 'http' | 'https' } : {}),
  };
}

/** A stripe-node client using fetch (Deno); host/port/protocol only when set (local simulator). */
export function createStripeClient(config: StripeEnv = stripeEnv()): Stripe {
  return new Stripe(config.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 2, // also retries 409 "idempotency key in use" on a double click
    timeout: 20_000,
    appInfo: { name: 'InterviewAI', url: 'https://github.com/interviewai' },
    ...(config.host ? { host: config.host } : {}),
    ...(config.port ? { port: config.port } : {}),
    ...(config.protocol ? { protocol: config.protocol } : {}),
  });
}

export const webCryptoProvider = Stripe.createSubtleCryptoProvider();

/** Stripe's "No such …" (the object was deleted or never existed in this account/mode). */
export function isResourceMissing(error: unknown): boolean {
  const e = error as { code?: string; statusCode?: number; raw?: { code?: string } } | null;
  return !!e && (e.code === 'resource_missing' || e.raw?.code === 'resource_missing' || e.statusCode === 404);
}

/** An id from an expandable field (`string | { id }`). */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return (value as { id: string }).id;
  return null;
}

/** Unix seconds → ISO timestamp for timestamptz columns (null stays null). */
export function unixToIso(seconds: number | null | undefined): string | null {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null;
}
