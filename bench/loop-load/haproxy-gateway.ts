/**
 * The gateway as HAProxy, for the proxy-hop bench (`proxy-hop.ts`): generated from the stack's route table
 * (`stack/gateway-routes.ts`) like the nginx configuration, with the same key check, CORS, forwarded headers and
 * prefix stripping per service, keep-alive both sides, streaming both ways, everything else to the Node gateway.
 * The stack keeps nginx: HAProxy's hop was measured no cheaper (bench/loop-load/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NginxGatewayOptions, Upstream } from '../../stack/gateway-nginx.ts';
import {
  CLIENT_KEEP_ALIVE_MS,
  CORS_HEADERS,
  INVALID_KEY,
  MISSING_KEY,
  SERVICE_ROUTES,
  UPSTREAM_CORS_HEADERS,
  UPSTREAM_KEEP_ALIVE_MS,
} from '../../stack/gateway-routes.ts';
import { firstExecutable, startListening, type ManagedProcess } from '../../stack/lib/processes.ts';

export type HaproxyGatewayOptions = NginxGatewayOptions;

/** The HAProxy binary where Debian puts it (`apt-get install haproxy`), or null. */
export function findHaproxy(): string | null {
  return firstExecutable(['/usr/sbin/haproxy', '/usr/local/sbin/haproxy']);
}

/** A single-quoted HAProxy word: taken literally, so it may contain anything but a quote. */
function quote(value: string): string {
  if (value.includes("'")) throw new Error(`HAProxy literal with a quote: ${value}`);
  return `'${value}'`;
}

function serverAddress(upstream: Upstream): string {
  return typeof upstream === 'number' ? `127.0.0.1:${upstream}` : `unix@${upstream}`;
}

/** A raw HTTP answer for `errorfile`: HAProxy's own 502, 503 (no server reachable) and 504 all read as nginx's 502. */
const BAD_GATEWAY_RESPONSE = (() => {
  const body = JSON.stringify({ error: 'bad_gateway', message: 'Upstream unavailable' });
  return `HTTP/1.1 502 Bad Gateway\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`;
})();

export function haproxyConfig(options: HaproxyGatewayOptions): string {
  const upstreams: Record<string, Upstream[] | undefined> = Object.fromEntries(
    Object.entries(options.upstreams).map(([service, servers]) => [service, servers === undefined ? undefined : [servers].flat()]),
  );
  const errorFile = quote(path.join(options.dir, 'bad-gateway.http'));
  const lines: string[] = [
    'global',
    // one thread, like nginx's one worker: the hop's CPU stays on one core and is comparable
    '  nbthread 1',
    '  maxconn 4096',
    `  pidfile ${quote(path.join(options.dir, 'haproxy.pid'))}`,
    // a traced function's Server-Timing header outgrows the default 16 KiB buffer (nginx: proxy_buffer_size 160k)
    '  tune.bufsize 163840',
    'defaults',
    '  mode http',
    '  option http-keep-alive',
    '  http-reuse always',
    '  timeout connect 5s',
    // streamed both ways (server-sent events, uploads), however long an upstream takes (AI calls)
    '  timeout client 1h',
    '  timeout server 1h',
    `  timeout http-keep-alive ${CLIENT_KEEP_ALIVE_MS / 1000}s`,
    '  timeout http-request 60s',
    '  retries 2',
    '  option redispatch 1',
    ...[502, 503, 504].map((status) => `  errorfile ${status} ${errorFile}`),
    'frontend gateway',
    `  bind 127.0.0.1:${options.port}`,
    // CORS on every answer, HAProxy's own included; the upstream's own CORS headers are replaced
    ...UPSTREAM_CORS_HEADERS.filter((name) => !(name in CORS_HEADERS)).map((name) => `  http-after-response del-header ${name}`),
    ...Object.entries(CORS_HEADERS).map(([name, value]) => `  http-after-response set-header ${name} ${quote(value)}`),
    '  http-request return status 204 if METH_OPTIONS',
    '  http-request set-var(txn.key) req.fhdr(apikey,1)',
    '  http-request set-var(txn.key) url_param(apikey) if !{ var(txn.key) -m found } || { var(txn.key) -m len 0 }',
    '  acl key_missing var(txn.key) -m len 0',
    '  acl key_found var(txn.key) -m found',
    `  acl key_valid var(txn.key) -m str ${quote(options.anonKey)} ${quote(options.serviceRoleKey)}`,
    '  acl has_authorization req.fhdr(authorization,1) -m reg .',
    // set from the connection; a client's own values are replaced (gateway-routes.ts CLIENT_FORGEABLE)
    '  http-request del-header forwarded',
    '  http-request del-header x-forwarded-prefix',
    '  http-request set-header x-forwarded-for %[src]',
    '  http-request set-header x-real-ip %[src]',
    '  http-request set-header x-forwarded-host %[req.hdr(host)]',
    '  http-request set-header x-forwarded-proto http',
  ];
  const backends: string[] = [];
  const useBackends: string[] = [];
  for (const route of SERVICE_ROUTES) {
    const servers = upstreams[route.service];
    if (!servers?.length) continue;
    const inRoute = `in_${route.service}`;
    // two declarations of one name are or-ed
    lines.push(`  acl ${inRoute} path ${route.prefix}`, `  acl ${inRoute} path_beg ${route.prefix}/`);
    if (route.apiKey) {
      const open = `open_${route.service}`;
      if (route.openPaths.length) lines.push(`  acl ${open} path ${route.openPaths.map((p) => `${route.prefix}${p}`).join(' ')}`);
      const keyed = route.openPaths.length ? `${inRoute} !${open}` : inRoute;
      lines.push(
        `  http-request return status 401 content-type application/json string ${quote(JSON.stringify(MISSING_KEY))} if ${keyed} !key_found || ${keyed} key_missing`,
        `  http-request return status 401 content-type application/json string ${quote(JSON.stringify(INVALID_KEY))} if ${keyed} !key_valid`,
        `  http-request set-header authorization 'Bearer %[var(txn.key)]' if ${keyed} !has_authorization`,
      );
    }
    useBackends.push(`  use_backend ${route.service} if ${inRoute}`);
    const first = servers[0]!;
    backends.push(
      `backend ${route.service}`,
      ...(servers.length > 1 ? ['  balance leastconn'] : []),
      `  http-request set-header host ${typeof first === 'number' ? `127.0.0.1:${first}` : 'localhost'}`,
      `  http-request set-header x-forwarded-prefix ${route.prefix}`,
      `  http-request set-path %[path,regsub(^${route.prefix}/?,/)]`,
      ...servers.map(
        (server, index) => `  server ${route.service}${index} ${serverAddress(server)} pool-purge-delay ${UPSTREAM_KEEP_ALIVE_MS / 1000}s`,
      ),
    );
  }
  lines.push(
    ...useBackends,
    '  default_backend node_gateway',
    ...backends,
    'backend node_gateway',
    `  server node ${serverAddress(options.nodeGateway)} pool-purge-delay ${UPSTREAM_KEEP_ALIVE_MS / 1000}s`,
  );
  return lines.join('\n') + '\n';
}

/**
 * Starts HAProxy on options.port and resolves once it accepts connections. `config` replaces the generated
 * configuration (benchmarks, bench/loop-load/proxy-hop.ts).
 */
export async function startHaproxyGateway(binary: string, options: HaproxyGatewayOptions, config?: string): Promise<ManagedProcess> {
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'bad-gateway.http'), BAD_GATEWAY_RESPONSE);
  const configFile = path.join(dir, 'haproxy.cfg');
  writeFileSync(configFile, config ?? haproxyConfig({ ...options, dir }), { mode: 0o600 });
  // -db: in the foreground, one process (no master)
  return startListening(
    { name: 'gateway-haproxy', command: binary, args: ['-db', '-f', configFile], logDir: options.logDir },
    options.port,
  );
}
