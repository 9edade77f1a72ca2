/**
 * The gateway as nginx, Kong's own base: REST, auth, storage and functions are proxied natively (no
 * JavaScript per request: a Node hop costs ~2× a cheap PostgREST read on this stack, nginx ~1.1×,
 * bench/loop-load/README.md), with the key check, CORS and forwarded headers generated from the route table
 * in `gateway-routes.ts`. Functions go straight to the Deno runtime, which checks each function's JWT itself
 * (`functions/verify-jwt.ts`). Everything else (/health, /mail, unknown paths) goes on to the Node gateway
 * (`gateway.ts`), which then listens on a private port.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CLIENT_KEEP_ALIVE_MS,
  CORS_HEADERS,
  INVALID_KEY,
  MISSING_KEY,
  SERVICE_ROUTES,
  UPSTREAM_CORS_HEADERS,
  UPSTREAM_KEEP_ALIVE_MS,
} from './gateway-routes.ts';
import { firstExecutable, startListening, type ManagedProcess } from './lib/processes.ts';

export interface NginxGatewayOptions {
  /** The public gateway port. */
  port: number;
  /** Configuration and nginx's temporary files go here. */
  dir: string;
  logDir: string;
  anonKey: string;
  serviceRoleKey: string;
  /**
   * Upstreams of the services nginx serves itself, each a TCP port on loopback or a Unix socket's path; a
   * service without one goes to the Node gateway. Several upstreams are servers of one service, each request
   * going to the one with the fewest requests in flight.
   */
  upstreams: { rest: Upstream; auth: Upstream; storage?: Upstream; functions?: Upstream | Upstream[] };
  /** The Node gateway, for everything else. */
  nodeGateway: number;
}

/** A loopback TCP port, or the path of a Unix socket. */
export type Upstream = number | string;

const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

/**
 * The nginx to run as the gateway: `LOCAL_STACK_GATEWAY=node` keeps the Node gateway alone, `nginx` requires
 * nginx; unset, nginx when it is installed (`apt-get install nginx-light`), else the Node gateway.
 */
export function gatewayNginx(setting = process.env.LOCAL_STACK_GATEWAY): string | null {
  if (setting === 'node') return null;
  const binary = findNginx();
  if (setting === 'nginx' && !binary)
    throw new Error('LOCAL_STACK_GATEWAY=nginx, but nginx is not installed (apt-get install nginx-light)');
  if (setting && setting !== 'nginx') throw new Error(`LOCAL_STACK_GATEWAY must be nginx or node, got ${setting}`);
  return binary;
}

/** The nginx binary on PATH or where Debian and source builds put it, or null. */
function findNginx(): string | null {
  try {
    const found = execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  return firstExecutable(CANDIDATES);
}

/** An nginx string literal; nginx would read `$` as a variable, which no value here may contain. */
function quote(value: string): string {
  if (value.includes('$')) throw new Error(`nginx literal with a $: ${value}`);
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** The request headers every proxied location sends (nginx drops inherited ones as soon as a location sets any). */
function forwardedHeaders(host: string, prefix: string | null): string[] {
  return [
    `proxy_set_header Host ${host};`,
    'proxy_set_header Connection "";',
    // set from the connection; a client's own values are replaced (gateway-routes.ts CLIENT_FORGEABLE)
    'proxy_set_header X-Forwarded-For $remote_addr;',
    'proxy_set_header X-Real-IP $remote_addr;',
    'proxy_set_header X-Forwarded-Host $http_host;',
    'proxy_set_header X-Forwarded-Proto http;',
    `proxy_set_header X-Forwarded-Prefix ${prefix ? quote(prefix) : '""'};`,
    'proxy_set_header Forwarded "";',
  ];
}

function serverAddress(upstream: Upstream): string {
  return typeof upstream === 'number' ? `127.0.0.1:${upstream}` : quote(`unix:${upstream}`);
}

export function nginxConfig(options: NginxGatewayOptions): string {
  const temp = (name: string) => quote(path.join(options.dir, name));
  const upstreams: Record<string, Upstream[] | undefined> = Object.fromEntries(
    Object.entries(options.upstreams).map(([service, servers]) => [service, servers === undefined ? undefined : [servers].flat()]),
  );
  const lines: string[] = [
    'daemon off;',
    // one process, the stack's own user: no privileged master, no worker switching to another user
    'master_process off;',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 4096; }',
    'http {',
    '  access_log off;',
    '  server_tokens off;',
    `  client_body_temp_path ${temp('client_body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    '  client_max_body_size 0;',
    '  large_client_header_buffers 4 16k;',
    `  keepalive_timeout ${CLIENT_KEEP_ALIVE_MS / 1000}s;`,
    '  keepalive_requests 1000000;',
    '  merge_slashes off;',
    '  default_type application/json;',
    // streamed both ways (server-sent events, uploads), however long an upstream takes (AI calls)
    '  proxy_http_version 1.1;',
    '  proxy_buffering off;',
    '  proxy_request_buffering off;',
    '  proxy_read_timeout 1h;',
    '  proxy_send_timeout 1h;',
    // An upstream's response headers must fit proxy_buffer_size, or nginx answers 502 ("too big header"):
    // nginx's default is one page, and a traced function's Server-Timing header alone outgrows it. Kong's
    // defaults.
    '  proxy_buffer_size 160k;',
    '  proxy_buffers 64 160k;',
    ...UPSTREAM_CORS_HEADERS.map((name) => `  proxy_hide_header ${name};`),
    // the keys are JWTs, longer than the default map bucket
    '  map_hash_bucket_size 512;',
    '  map $http_apikey $gateway_key { "" $arg_apikey; default $http_apikey; }',
    `  map $gateway_key $gateway_key_state { "" missing; ${quote(options.anonKey)} valid; ${quote(options.serviceRoleKey)} valid; default invalid; }`,
    '  map $http_authorization $gateway_authorization { "" "Bearer $gateway_key"; default $http_authorization; }',
  ];
  // Several servers: a worker that refuses a connection (restarting after a crash) is skipped for that request
  // only (max_fails=0), never taken out for nginx's fail_timeout, so that a restarted worker serves at once.
  const upstreamBlock = (name: string, servers: Upstream[]) =>
    `  upstream ${name} { ${servers.length > 1 ? 'least_conn; ' : ''}` +
    servers.map((server) => `server ${serverAddress(server)}${servers.length > 1 ? ' max_fails=0' : ''}; `).join('') +
    `keepalive 128; keepalive_timeout ${UPSTREAM_KEEP_ALIVE_MS / 1000}s; }`;
  for (const route of SERVICE_ROUTES) {
    const servers = upstreams[route.service];
    if (servers?.length) lines.push(upstreamBlock(route.service, servers));
  }
  lines.push(upstreamBlock('node_gateway', [options.nodeGateway]));

  lines.push(
    '  server {',
    `    listen 127.0.0.1:${options.port};`,
    ...Object.entries(CORS_HEADERS).map(([name, value]) => `    add_header ${name} ${quote(value)} always;`),
    '    if ($request_method = OPTIONS) { return 204; }',
    '    error_page 502 504 = @bad_gateway;',
    `    location @bad_gateway { return 502 ${quote(JSON.stringify({ error: 'bad_gateway', message: 'Upstream unavailable' }))}; }`,
  );
  const location = (match: string, route: (typeof SERVICE_ROUTES)[number], upstreamPath: string, keyCheck: boolean) => {
    const upstream = upstreams[route.service]![0]!;
    lines.push(`    location ${match} {`);
    if (keyCheck) {
      lines.push(
        `      if ($gateway_key_state = missing) { return 401 ${quote(JSON.stringify(MISSING_KEY))}; }`,
        `      if ($gateway_key_state = invalid) { return 401 ${quote(JSON.stringify(INVALID_KEY))}; }`,
      );
    }
    lines.push(
      ...forwardedHeaders(typeof upstream === 'number' ? `127.0.0.1:${upstream}` : 'localhost', route.prefix).map(
        (line) => `      ${line}`,
      ),
    );
    if (keyCheck) lines.push('      proxy_set_header Authorization $gateway_authorization;');
    lines.push(`      proxy_pass http://${route.service}${upstreamPath};`, '    }');
  };
  for (const route of SERVICE_ROUTES) {
    if (!upstreams[route.service]?.length) continue;
    for (const open of route.openPaths) location(`= ${route.prefix}${open}`, route, open, false);
    location(`= ${route.prefix}`, route, '/', route.apiKey);
    location(`${route.prefix}/`, route, '/', route.apiKey);
  }
  lines.push(
    '    location / {',
    ...forwardedHeaders('$http_host', null).map((line) => `      ${line}`),
    '      proxy_pass http://node_gateway;',
    '    }',
    '  }',
    '}',
  );
  return lines.join('\n') + '\n';
}

/**
 * Starts nginx on options.port and resolves once it accepts connections. `config` replaces the generated
 * configuration (benchmarks of its settings, bench/loop-load/nginx-settings.ts).
 */
export async function startNginxGateway(binary: string, options: NginxGatewayOptions, config?: string): Promise<ManagedProcess> {
  // nginx reads a relative -c path from its prefix directory
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, config ?? nginxConfig({ ...options, dir }), { mode: 0o600 });
  return startListening(
    { name: 'gateway-nginx', command: binary, args: ['-p', dir, '-c', configFile, '-e', 'stderr'], logDir: options.logDir },
    options.port,
  );
}
