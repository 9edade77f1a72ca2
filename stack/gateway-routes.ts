/**
 * What the gateway does, as data: one table read by the Node gateway (`gateway.ts`) and by the nginx
 * configuration generated from it (`gateway-nginx.ts`), so the two cannot drift apart.
 */

export type Service = 'rest' | 'auth' | 'functions' | 'storage';

export interface ServiceRoute {
  service: Service;
  /** The public prefix, stripped before the request goes upstream. */
  prefix: `/${string}/v1`;
  /** An `apikey` header (or query parameter) with the anon or service-role key is required. */
  apiKey: boolean;
  /** Sub-paths reachable without an API key. */
  openPaths: readonly string[];
}

export const SERVICE_ROUTES: readonly ServiceRoute[] = [
  { service: 'rest', prefix: '/rest/v1', apiKey: true, openPaths: [] },
  // Auth routes opened from e-mails and OAuth redirects carry no key, as in Supabase's Kong config.
  { service: 'auth', prefix: '/auth/v1', apiKey: true, openPaths: ['/verify', '/callback', '/authorize'] },
  // No key: the functions runtime checks the caller's JWT per function (verify_jwt, stack/functions/verify-jwt.ts),
  // as hosted Supabase's edge runtime does, so every gateway passes function calls on as they come.
  { service: 'functions', prefix: '/functions/v1', apiKey: false, openPaths: [] },
  // As in Supabase's Kong config, storage has no key check here: public and signed object URLs are opened
  // without a key, and the storage service verifies every token itself.
  { service: 'storage', prefix: '/storage/v1', apiKey: false, openPaths: [] },
];

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, prefer, range, accept-profile, content-profile, x-supabase-api-version, x-upsert, x-metadata, cache-control, stripe-signature',
  'access-control-expose-headers':
    'content-range, content-location, range-unit, preference-applied, x-total-count, link, x-supabase-api-version',
  'access-control-max-age': '3600',
};

/** The upstream's own CORS headers are replaced by the gateway's. */
export const UPSTREAM_CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
  'access-control-allow-credentials',
] as const;

/**
 * Set by the gateway only; a client's own values are dropped. The gateway is the first proxy (like Kong in
 * front of GoTrue), so whatever a client sent here is its own invention and would let it pick the address
 * that per-IP limits count.
 */
export const CLIENT_FORGEABLE = [
  'host',
  'forwarded',
  'x-forwarded-for',
  'x-real-ip',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-prefix',
] as const;

export const MISSING_KEY = { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' };
export const INVALID_KEY = { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' };

/** Clients keep idle connections open for this long (Kong: 60 s); upstream pools drop theirs sooner. */
export const CLIENT_KEEP_ALIVE_MS = 65_000;
/** Idle upstream connections are dropped before the upstream servers' own 5 s keep-alive timeout. */
export const UPSTREAM_KEEP_ALIVE_MS = 4_000;
