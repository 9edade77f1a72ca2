import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyJwt } from './lib/jwt.ts';
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
  mailbox: Mailbox;
  /** verify_jwt per function name (default true). */
  verifyJwt: (functionName: string) => boolean;
  /** Every component's health, for GET /health. */
  health: () => Promise<Record<string, boolean>>;
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
  'access-control-allow-headers':
    'authorization, x-client-info, apikey, content-type, prefer, range, accept-profile, content-profile, x-supabase-api-version, x-upsert, x-forwarded-for, stripe-signature',
  'access-control-expose-headers':
    'content-range, content-location, range-unit, preference-applied, x-total-count, link, x-supabase-api-version',
  'access-control-max-age': '3600',
};

// Auth routes reachable without an API key (links opened from emails), as in Supabase's Kong config.
const OPEN_AUTH_PATHS = new Set(['/verify', '/callback', '/authorize']);

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  response.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function clientIp(request: http.IncomingMessage): string {
  return request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
}

/** Proxies to 127.0.0.1:port, streaming both ways (server-sent events included). */
function proxy(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  port: number,
  path: string,
  headers: http.OutgoingHttpHeaders,
) {
  const upstream = http.request({ host: '127.0.0.1', port, method: request.method, path, headers }, (upstreamResponse) => {
    const responseHeaders = { ...upstreamResponse.headers, ...CORS_HEADERS };
    response.writeHead(upstreamResponse.statusCode ?? 502, responseHeaders);
    upstreamResponse.pipe(response);
  });
  upstream.on('error', (error) => {
    if (!response.headersSent) send(response, 502, { error: 'bad_gateway', message: `Upstream unavailable: ${error.message}` });
    else response.destroy();
  });
  request.pipe(upstream);
}

export interface RunningGateway {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const apiKeys = new Set([options.anonKey, options.serviceRoleKey]);

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://gateway');
      if (request.method === 'OPTIONS') {
        response.writeHead(204, CORS_HEADERS);
        response.end();
        return;
      }
      if (url.pathname === '/health') {
        const components = await options.health();
        const healthy = Object.values(components).every(Boolean);
        send(response, healthy ? 200 : 503, { status: healthy ? 'healthy' : 'unhealthy', components });
        return;
      }
      if (url.pathname === '/mail' || url.pathname.startsWith('/mail/')) {
        const page = await renderMailbox(options.mailbox, url);
        send(response, page.status, page.body, { 'content-type': page.contentType });
        return;
      }

      const match = /^\/(rest|auth|functions)\/v1(\/.*)?$/.exec(url.pathname);
      if (!match) {
        send(response, 404, { error: 'not_found', message: `No route for ${url.pathname}` });
        return;
      }
      const service = match[1] as 'rest' | 'auth' | 'functions';
      const rest = (match[2] ?? '/') + url.search;
      const headers: http.OutgoingHttpHeaders = { ...request.headers };
      const forwardedFor = request.headers['x-forwarded-for'];
      headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${clientIp(request)}` : clientIp(request);
      headers['x-forwarded-host'] = request.headers.host ?? '';
      headers['x-forwarded-proto'] = 'http';
      headers['x-forwarded-prefix'] = `/${service}/v1`;
      delete headers.host;

      if (service === 'functions') {
        const name = (match[2] ?? '/').split('/')[1] ?? '';
        if (options.verifyJwt(name)) {
          const token = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
          if (!token) {
            send(response, 401, { code: 401, message: 'Missing authorization header' });
            return;
          }
          try {
            verifyJwt(token, options.jwtSecret);
          } catch {
            send(response, 401, { code: 401, message: 'Invalid JWT' });
            return;
          }
        }
        proxy(request, response, options.functions.port, rest, headers);
        return;
      }

      const openAuthRoute = service === 'auth' && OPEN_AUTH_PATHS.has(match[2] ?? '/');
      if (!openAuthRoute) {
        const key = (request.headers.apikey as string | undefined) ?? url.searchParams.get('apikey') ?? undefined;
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
      proxy(request, response, service === 'rest' ? options.rest.port : options.auth.port, rest, headers);
    } catch (error) {
      if (!response.headersSent) send(response, 500, { error: 'gateway_error', message: (error as Error).message });
    }
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
        server.close(() => resolve());
      }),
  };
}
