import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import {
  CLIENT_KEEP_ALIVE_MS,
  CLIENT_FORGEABLE,
  CORS_HEADERS,
  INVALID_KEY,
  MISSING_KEY,
  SERVICE_ROUTES,
  UPSTREAM_KEEP_ALIVE_MS,
  type ServiceRoute,
} from './gateway-routes.ts';
import type { Mailbox } from './lib/mailbox.ts';
import { renderMailbox } from './mailbox-page.ts';

export interface Upstream {
  port: number;
}

export interface GatewayOptions {
  port: number;
  anonKey: string;
  serviceRoleKey: string;
  rest: Upstream;
  auth: Upstream;
  functions: Upstream;
  /** The storage service; without it /storage/v1 has no route. */
  storage?: Upstream;
  mailbox: Mailbox;
  /** Every component's health, for GET /health. */
  health: () => Promise<Record<string, boolean>>;
  /**
   * Reached only through the nginx gateway (`gateway-nginx.ts`), which takes the client address from its
   * own connection and passes it as X-Real-IP; listens on loopback like every upstream.
   */
  behindProxy?: boolean;
}

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded; `expect` is
 * answered by the gateway's own HTTP server (100-continue), not passed on.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'expect']);

const DROPPED_REQUEST_HEADERS = new Set<string>(CLIENT_FORGEABLE);
const ROUTES = new Map<string, ServiceRoute>(SERVICE_ROUTES.map((route) => [route.prefix, route]));
const ROUTE = new RegExp(`^(${SERVICE_ROUTES.map((route) => route.prefix).join('|')})(/[^?]*)?$`);

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/**
 * The TCP peer: the only client address nobody can choose by sending a header. Behind the nginx gateway,
 * the address nginx took from its own connection and sent as X-Real-IP.
 */
function clientIp(request: http.IncomingMessage, behindProxy: boolean): string {
  const forwarded = behindProxy ? request.headers['x-real-ip'] : undefined;
  if (typeof forwarded === 'string' && forwarded) return forwarded;
  const address = request.socket.remoteAddress ?? '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** The headers sent upstream. X-Forwarded-For is replaced, not appended to (see CLIENT_FORGEABLE). */
function upstreamHeaders(request: http.IncomingMessage, prefix: string, behindProxy: boolean): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  const incoming = request.headers;
  for (const name in incoming) {
    if (!HOP_BY_HOP.has(name) && !DROPPED_REQUEST_HEADERS.has(name)) headers[name] = incoming[name]!;
  }
  const ip = clientIp(request, behindProxy);
  headers['x-forwarded-for'] = ip;
  headers['x-real-ip'] = ip;
  headers['x-forwarded-host'] = incoming.host ?? '';
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-prefix'] = prefix;
  return headers;
}

function responseHeaders(incoming: Record<string, string | string[] | undefined>): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = { ...CORS_HEADERS };
  for (const name in incoming) {
    if (!HOP_BY_HOP.has(name) && !name.startsWith('access-control-')) headers[name] = incoming[name];
  }
  return headers;
}

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/**
 * Proxies to an upstream over pooled keep-alive connections (undici: less work per request than
 * node:http's client), streaming both ways (server-sent events included). A client that goes away
 * takes its upstream request with it.
 */
function proxy(
  upstream: Pool,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  path: string,
  headers: Record<string, string | string[]>,
) {
  const method = request.method ?? 'GET';
  const hasBody =
    !BODYLESS.has(method) || request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
  const abort = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) abort.abort();
  });
  upstream
    .request({
      method: method as 'GET',
      path,
      headers,
      body: hasBody ? request : null,
      signal: abort.signal,
      // upstream responses are passed on as they are, however slow (streams, long AI calls)
      headersTimeout: 0,
      bodyTimeout: 0,
    })
    .then(
      (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode, responseHeaders(upstreamResponse.headers));
        upstreamResponse.body.on('error', () => response.destroy());
        upstreamResponse.body.pipe(response);
      },
      (error: Error) => {
        if (abort.signal.aborted) return;
        if (!response.headersSent) send(response, 502, { error: 'bad_gateway', message: `Upstream unavailable: ${error.message}` });
        else response.destroy();
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
  // One keep-alive pool per upstream, with enough connections for every concurrent client; idle ones are
  // dropped after 4 s, before the upstream servers' own 5 s keep-alive timeout could close one just as it
  // is being reused.
  const pool = (port: number) =>
    new Pool(`http://127.0.0.1:${port}`, {
      connections: 512,
      keepAliveTimeout: UPSTREAM_KEEP_ALIVE_MS,
      keepAliveMaxTimeout: UPSTREAM_KEEP_ALIVE_MS,
    });
  const upstreams = {
    rest: pool(options.rest.port),
    auth: pool(options.auth.port),
    functions: pool(options.functions.port),
    storage: options.storage ? pool(options.storage.port) : undefined,
  };

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
    const route = match ? ROUTES.get(match[1]!)! : undefined;
    if (!route || (route.service === 'storage' && !options.storage)) {
      send(response, 404, { error: 'not_found', message: `No route for ${pathname}` });
      return;
    }
    const subpath = match![2] ?? '/';
    const headers = upstreamHeaders(request, route.prefix, options.behindProxy === true);

    if (route.apiKey && !route.openPaths.includes(subpath)) {
      let key = request.headers.apikey as string | undefined;
      if (key === undefined && search) key = new URLSearchParams(search).get('apikey') ?? undefined;
      if (!key) {
        send(response, 401, MISSING_KEY);
        return;
      }
      if (!apiKeys.has(key)) {
        send(response, 401, INVALID_KEY);
        return;
      }
      if (!headers.authorization) headers.authorization = `Bearer ${key}`;
    }
    proxy(upstreams[route.service]!, request, response, subpath + search, headers);
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, { error: 'gateway_error', message: error.message });
    });
  });
  // Clients must be the ones to close idle keep-alive connections: with Node's default 5 s, a loaded
  // gateway can close a socket just as a client sends its next request on it, and a POST that meets a
  // closed socket fails without a retry ("other side closed"). Kong keeps idle client connections 60 s.
  server.keepAliveTimeout = CLIENT_KEEP_ALIVE_MS;
  server.headersTimeout = CLIENT_KEEP_ALIVE_MS + 1000;

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
