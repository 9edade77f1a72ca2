import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { hmacKey } from './lib/jwt.ts';
import { VerifiedTokenCache } from './lib/verified-token-cache.ts';
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

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded; `expect` is
 * answered by the gateway's own HTTP server (100-continue), not passed on.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect']);

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

/** `Bearer <token>`, the scheme in any case (RFC 9110 §11.1). */
const BEARER = /^Bearer ./i;

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
 * The headers sent upstream, as the flat name/value list undici takes (no object to build twice).
 * X-Forwarded-For is replaced, not appended to: like Kong in front of GoTrue, the gateway is the first
 * proxy, so whatever a client sent there is its own invention and would let it pick the address that
 * per-IP limits count. Names come from Node's parsed headers, which keep one value of the headers
 * that must not repeat (authorization, host, content-length…), so upstream sees what the gateway checked.
 */
function upstreamHeaders(request: http.IncomingMessage, prefix: string, authorization?: string): string[] {
  const headers: string[] = [];
  const incoming = request.headers;
  for (const name in incoming) {
    if (HOP_BY_HOP.has(name) || CLIENT_FORGEABLE.has(name)) continue;
    const value = incoming[name]!;
    if (typeof value === 'string') headers.push(name, value);
    else for (const one of value) headers.push(name, one);
  }
  if (authorization !== undefined && incoming.authorization === undefined) headers.push('authorization', authorization);
  const ip = clientIp(request);
  headers.push(
    'x-forwarded-for',
    ip,
    'x-real-ip',
    ip,
    'x-forwarded-host',
    incoming.host ?? '',
    'x-forwarded-proto',
    'http',
    'x-forwarded-prefix',
    prefix,
  );
  return headers;
}

const CORS_HEADER_LIST: readonly string[] = Object.entries(CORS_HEADERS).flat();

/** The upstream's response headers (raw name/value buffers) without hop-by-hop and CORS ones, plus the gateway's CORS. */
function responseHeaders(raw: Buffer[]): string[] {
  const headers = [...CORS_HEADER_LIST];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toString('latin1').toLowerCase();
    if (!HOP_BY_HOP.has(name) && !name.startsWith('access-control-')) headers.push(name, raw[i + 1]!.toString('latin1'));
  }
  return headers;
}

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/**
 * Proxies to an upstream over pooled keep-alive connections, streaming both ways (server-sent events
 * included) with back-pressure: undici's dispatch hands each chunk straight to the client's socket, with
 * no stream objects or promises per request. A client that goes away takes its upstream request with it.
 */
function proxy(upstream: Pool, request: http.IncomingMessage, response: http.ServerResponse, path: string, headers: string[]) {
  const method = request.method ?? 'GET';
  const hasBody =
    !BODYLESS.has(method) || request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
  let abortUpstream: ((error?: Error) => void) | undefined;
  let clientGone = false;
  response.once('close', () => {
    if (response.writableFinished) return;
    clientGone = true;
    abortUpstream?.(new Error('client closed the connection'));
  });
  upstream.dispatch(
    {
      method,
      path,
      headers,
      body: hasBody ? request : null,
      // upstream responses are passed on as they are, however slow (streams, long AI calls)
      headersTimeout: 0,
      bodyTimeout: 0,
    },
    {
      onConnect(abort) {
        abortUpstream = abort;
        if (clientGone) abort(new Error('client closed the connection'));
      },
      onHeaders(statusCode, raw, resume) {
        if (statusCode < 200) return true; // 1xx: the gateway's own server answers 100-continue
        response.writeHead(statusCode, responseHeaders(raw));
        response.on('drain', resume);
        return true;
      },
      onData(chunk) {
        // Chunks that arrive together (a small body and its end) leave in one write; nothing waits longer
        // than the current tick, so streams still flow chunk by chunk.
        if (response.writableCorked === 0) {
          response.cork();
          process.nextTick(() => response.uncork());
        }
        return response.write(chunk);
      },
      onComplete() {
        response.end();
      },
      onError(error) {
        if (clientGone) return;
        if (!response.headersSent) send(response, 502, { error: 'bad_gateway', message: `Upstream unavailable: ${error.message}` });
        else response.destroy();
      },
    },
  );
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
  // One keep-alive pool per upstream, with enough connections for every concurrent client; idle ones are
  // dropped after 4 s, before the upstream servers' own 5 s keep-alive timeout could close one just as it
  // is being reused.
  const pool = (port: number) =>
    new Pool(`http://127.0.0.1:${port}`, { connections: 512, keepAliveTimeout: 4000, keepAliveMaxTimeout: 4000 });
  const upstreams = {
    rest: pool(options.rest.port),
    auth: pool(options.auth.port),
    functions: pool(options.functions.port),
    storage: options.storage ? pool(options.storage.port) : undefined,
  };

  const verifiedTokens = new VerifiedTokenCache(jwtKey);

  /** The gateway's own pages: health and the mailbox. */
  async function serveLocal(response: http.ServerResponse, pathname: string, rawUrl: string) {
    if (pathname === '/health') {
      const components = await options.health();
      const healthy = Object.values(components).every(Boolean);
      send(response, healthy ? 200 : 503, { status: healthy ? 'healthy' : 'unhealthy', components });
      return;
    }
    const page = await renderMailbox(options.mailbox, new URL(rawUrl, 'http://gateway'));
    send(response, page.status, page.body, { 'content-type': page.contentType });
  }

  function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const rawUrl = request.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = normalisePath(queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt));
    const search = queryAt === -1 ? '' : rawUrl.slice(queryAt);

    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS);
      response.end();
      return;
    }
    if (pathname === '/health' || pathname === '/mail' || pathname.startsWith('/mail/')) {
      serveLocal(response, pathname, rawUrl).catch((error: Error) => {
        if (!response.headersSent) send(response, 500, { error: 'gateway_error', message: error.message });
      });
      return;
    }

    const match = ROUTE.exec(pathname);
    if (!match || (match[1] === 'storage' && !options.storage)) {
      send(response, 404, { error: 'not_found', message: `No route for ${pathname}` });
      return;
    }
    const service = match[1] as 'rest' | 'auth' | 'functions' | 'storage';
    const subpath = match[2] ?? '/';
    const prefix = `/${service}/v1`;

    if (service === 'functions') {
      const name = subpath.split('/')[1] ?? '';
      if (options.verifyJwt(name)) {
        const authorization = request.headers.authorization ?? '';
        const token = BEARER.test(authorization) ? authorization.slice(7) : '';
        if (!token) {
          send(response, 401, { code: 401, message: 'Missing authorization header' });
          return;
        }
        if (!verifiedTokens.valid(token)) {
          send(response, 401, { code: 401, message: 'Invalid JWT' });
          return;
        }
      }
      proxy(upstreams.functions, request, response, subpath + search, upstreamHeaders(request, prefix));
      return;
    }

    // As in Supabase's Kong config, storage has no key check here: public and signed object URLs are
    // opened without a key, and the storage service verifies every token itself.
    if (service === 'storage') {
      proxy(upstreams.storage!, request, response, subpath + search, upstreamHeaders(request, prefix));
      return;
    }

    let defaultAuthorization: string | undefined;
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
      defaultAuthorization = `Bearer ${key}`;
    }
    proxy(upstreams[service], request, response, subpath + search, upstreamHeaders(request, prefix, defaultAuthorization));
  }

  const server = http.createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      if (!response.headersSent) send(response, 500, { error: 'gateway_error', message: (error as Error).message });
    }
  });
  // Clients must be the ones to close idle keep-alive connections: with Node's default 5 s, a loaded
  // gateway can close a socket just as a client sends its next request on it, and a POST that meets a
  // closed socket fails without a retry ("other side closed"). Kong keeps idle client connections 60 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

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
          void Promise.all(Object.values(upstreams).map((upstream) => upstream?.destroy())).then(() => resolve());
        });
      }),
  };
}
