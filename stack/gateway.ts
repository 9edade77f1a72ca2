import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hmacKey, verifyJwt } from './lib/jwt.ts';
import type { Mailbox } from './lib/mailbox.ts';
import { renderMailbox } from './mailbox-page.ts';

export interface Upstream {
  port: number;
}

export interface GatewayOptions {
  port: number;
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  rest: Upstream;
  auth: Upstream;
  functions: Upstream;
  /** The storage service; without it /storage/v1 has no route. */
  storage?: Upstream;
  mailbox: Mailbox;
  /** verify_jwt per function name (default true). */
  verifyJwt: (functionName: string) => boolean;
  /** Every component's health, for GET /health. */
  health: () => Promise<Record<string, boolean>>;
}

const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, prefer, range, accept-profile, content-profile, x-supabase-api-version, x-upsert, x-metadata, cache-control, stripe-signature',
  'access-control-expose-headers':
    'content-range, content-location, range-unit, preference-applied, x-total-count, link, x-supabase-api-version',
  'access-control-max-age': '3600',
};

/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

/** Set by the gateway only; a client's own values are dropped. */
const CLIENT_FORGEABLE = new Set([
  'host',
  'forwarded',
  'x-forwarded-for',
  'x-real-ip',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-prefix',
]);

// Auth routes reachable without an API key (links opened from emails), as in Supabase's Kong config.
const OPEN_AUTH_PATHS = new Set(['/verify', '/callback', '/authorize']);

const ROUTE = /^\/(rest|auth|functions|storage)\/v1(\/[^?]*)?$/;

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** The TCP peer: the only client address nobody can choose by sending a header. */
function clientIp(request: http.IncomingMessage): string {
  const address = request.socket.remoteAddress ?? '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/**
 * The headers sent upstream. X-Forwarded-For is replaced, not appended to: like Kong in front of
 * GoTrue, the gateway is the first proxy, so whatever a client sent there is its own invention and
 * would let it pick the address that per-IP limits count.
 */
function upstreamHeaders(request: http.IncomingMessage, prefix: string): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  const incoming = request.headers;
  for (const name in incoming) {
    if (!HOP_BY_HOP.has(name) && !CLIENT_FORGEABLE.has(name)) headers[name] = incoming[name];
  }
  headers['x-forwarded-for'] = clientIp(request);
  headers['x-real-ip'] = headers['x-forwarded-for'];
  headers['x-forwarded-host'] = incoming.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-prefix'] = prefix;
  return headers;
}

function responseHeaders(upstream: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  const incoming = upstream.headers;
  for (const name in incoming) {
    if (!HOP_BY_HOP.has(name) && !name.startsWith('access-control-')) headers[name] = incoming[name];
  }
  return Object.assign(headers, CORS_HEADERS);
}

/**
 * Proxies to 127.0.0.1:port over pooled keep-alive connections, streaming both ways (server-sent
 * events included). A client that goes away takes its upstream request with it.
 */
function proxy(
  agent: http.Agent,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  port: number,
  path: string,
  headers: http.OutgoingHttpHeaders,
) {
  const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path, headers, agent }, (upstreamResponse) => {
    response.writeHead(upstreamResponse.statusCode ?? 502, responseHeaders(upstreamResponse));
    upstreamResponse.pipe(response);
  });
  upstream.on('error', (error) => {
    if (!response.headersSent) send(response, 502, { error: 'bad_gateway', message: `Upstream unavailable: ${error.message}` });
    else response.destroy();
  });
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}

/** `/a/./b`, `/a/../b`: resolved the way a URL parser would, so routing sees the real path. */
function normalisePath(path: string): string {
  return path.includes('/.') ? new URL(path, 'http://gateway').pathname : path;
}

export interface RunningGateway {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const apiKeys = new Set([options.anonKey, options.serviceRoleKey]);
  const jwtKey = hmacKey(options.jwtSecret);
  // Enough sockets for every concurrent client; idle ones are kept for reuse instead of a new TCP
  // connection (and upstream accept) per request.
  // Idle sockets are dropped after 4 s, before the upstream servers' own 5 s keep-alive timeout
  // could close one just as it is being reused.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 128, scheduling: 'lifo', timeout: 4000 });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const rawUrl = request.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = normalisePath(queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt));
    const search = queryAt === -1 ? '' : rawUrl.slice(queryAt);

    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (pathname === '/health') {
      const components = await options.health();
      const healthy = Object.values(components).every(Boolean);
      send(response, healthy ? 200 : 503, { status: healthy ? 'healthy' : 'unhealthy', components });
      return;
    }
    if (pathname === '/mail' || pathname.startsWith('/mail/')) {
      const page = await renderMailbox(options.mailbox, new URL(rawUrl, 'http://gateway'));
      send(response, page.status, page.body, { 'content-type': page.contentType });
      return;
    }

    const match = ROUTE.exec(pathname);
    if (!match || (match[1] === 'storage' && !options.storage)) {
      send(response, 404, { error: 'not_found', message: `No route for ${pathname}` });
      return;
    }
    const service = match[1] as 'rest' | 'auth' | 'functions' | 'storage';
    const subpath = match[2] ?? '/';
    const headers = upstreamHeaders(request, `/${service}/v1`);

    if (service === 'functions') {
      const name = subpath.split('/')[1] ?? '';
      if (options.verifyJwt(name)) {
        const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        if (!token) {
          send(response, 401, { code: 401, message: 'Missing authorization header' });
          return;
        }
        try {
          verifyJwt(token, jwtKey);
        } catch {
          send(response, 401, { code: 401, message: 'Invalid JWT' });
          return;
        }
      }
      proxy(agent, request, response, options.functions.port, subpath + search, headers);
      return;
    }

    // As in Supabase's Kong config, storage has no key check here: public and signed object URLs are
    // opened without a key, and the storage service verifies every token itself.
    if (service === 'storage') {
      proxy(agent, request, response, options.storage!.port, subpath + search, headers);
      return;
    }

    if (!(service === 'auth' && OPEN_AUTH_PATHS.has(subpath))) {
      let key = request.headers.apikey as string | undefined;
      if (key === undefined && search) key = new URLSearchParams(search).get('apikey') ?? undefined;
      if (!key) {
        send(response, 401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
        return;
      }
      if (!apiKeys.has(key)) {
        send(response, 401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
        return;
      }
      if (!headers.authorization) headers.authorization = `Bearer ${key}`;
    }
    proxy(agent, request, response, service === 'rest' ? options.rest.port : options.auth.port, subpath + search, headers);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, { error: 'gateway_error', message: error.message });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          agent.destroy();
          resolve();
        });
      }),
  };
}
