// The gateway's cost on a cheap read (GET /rest/v1/plans as anon), one nginx setting at a time: boots one
// stack, then starts one extra nginx per variant of the stack's generated configuration (each on its own port,
// all in front of the same PostgREST), and measures direct PostgREST and every variant in alternating blocks
// (sequential, then N concurrent), so that a load change on the shared machine hits all of them alike.
// Two variants change the upstream instead: an nginx in front of a second PostgREST listening on a Unix socket,
// and its control, an nginx in front of a third PostgREST on TCP (same configuration and binary), which tells
// how much of a difference is the instance rather than the transport. `direct, own PostgREST` is the client
// straight to the third instance, the same control for the direct path.
// Placement variants pin processes to cores (`taskset`): each has its own PostgREST on TCP (optionally with its
// Postgres backends pinned too) and its own nginx, and a `direct, <placement>` target straight to that PostgREST,
// so that its ratio is read against the same pinned PostgREST (the last table).
//
//   npx tsx bench/loop-load/nginx-settings.ts [--requests 2000] [--concurrency 32] [--rounds 3] [--only a,b]
//
// Prints p50 per variant and mode and the ratio to direct PostgREST, per round and over all rounds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { Agent } from 'undici';
import { gatewayNginx, nginxConfig, startNginxGateway } from '../../stack/gateway-nginx.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import { startPostgrest } from '../../stack/postgrest.ts';
import { startTargetStack } from './target-stack.ts';
import { p50, timedReads } from './timed-reads.ts';
import { arg } from './cli.ts';
import { benchProxyOptions } from './proxy-options.ts';

const REQUESTS = Number(arg('requests', '2000'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const ROUNDS = Number(arg('rounds', '3'));
const BLOCK = 250;

/** Each variant rewrites the generated configuration (one setting changed against the current one). */
const replace = (from: string | RegExp, to: string) => (config: string) => {
  const changed = config.replace(from, to);
  if (changed === config) throw new Error(`variant does not apply: ${String(from)}`);
  return changed;
};
const VARIANTS: Record<string, (config: string) => string> = {
  current: (config) => config,
  'access_log on': replace('  access_log off;', '  access_log /dev/null;'),
  'tcp_nodelay off': replace('  server_tokens off;', '  server_tokens off;\n  tcp_nodelay off;'),
  'keepalive_requests 1000 (default)': replace('  keepalive_requests 1000000;', '  keepalive_requests 1000;'),
  'upstream keepalive 16': (config) => config.replaceAll('keepalive 128;', 'keepalive 16;'),
  'upstream keepalive 512': (config) => config.replaceAll('keepalive 128;', 'keepalive 512;'),
  'upstream HTTP/1.0 (no keep-alive)': replace('  proxy_http_version 1.1;', '  proxy_http_version 1.0;'),
  'proxy_buffering on (rest)': replace(/(location \/rest\/v1\/ \{\n)/, '$1      proxy_buffering on;\n'),
  'proxy_buffering on + postpone_output 64k (rest)': replace(
    /(location \/rest\/v1\/ \{\n)/,
    '$1      proxy_buffering on;\n      proxy_max_temp_file_size 0;\n      postpone_output 64k;\n',
  ),
  'postpone_output 64k (rest; unbuffered)': replace(/(location \/rest\/v1\/ \{\n)/, '$1      postpone_output 64k;\n'),
  'no CORS add_header': (config) => config.replace(/^ {4}add_header .*\n/gm, ''),
  'no proxy_hide_header': (config) => config.replace(/^ {2}proxy_hide_header .*\n/gm, ''),
  '3 proxy_set_header (Host, Connection, X-Forwarded-For)': (config) =>
    config.replace(/^ {6}proxy_set_header (X-Real-IP|X-Forwarded-Host|X-Forwarded-Proto|X-Forwarded-Prefix|Forwarded) .*\n/gm, ''),
  'no key check (if/map)': (config) => config.replace(/^ {6}if \(\$gateway_key_state.*\n/gm, ''),
  'worker_processes 2': replace('master_process off;\nworker_processes 1;', 'master_process on;\nworker_processes 2;'),
  'multi_accept on': replace('events { worker_connections 4096; }', 'events { worker_connections 4096; multi_accept on; }'),
  'listen reuseport + backlog': (config) => config.replace(/listen (127\.0\.0\.1:\d+);/, 'listen $1 reuseport backlog=4096;'),
  'tcp_nopush on': replace('  server_tokens off;', '  server_tokens off;\n  tcp_nopush on;'),
  'timer_resolution 100ms': replace('events {', 'timer_resolution 100ms;\nevents {'),
  'proxy_buffer_size 8k (rest)': replace(/(location \/rest\/v1\/ \{\n)/, '$1      proxy_buffer_size 8k;\n'),
  'proxy_buffering on + 8k buffers (rest)': replace(
    /(location \/rest\/v1\/ \{\n)/,
    '$1      proxy_buffering on;\n      proxy_buffer_size 8k;\n      proxy_buffers 8 8k;\n      proxy_busy_buffers_size 16k;\n',
  ),
};
/** Variants that pin processes to cores (CPU lists for `taskset`), each in front of a PostgREST of its own on TCP. */
const PLACEMENTS: Record<string, { nginx?: string; postgrest?: string; backends?: string }> = {
  'placed: nginx + PostgREST on CPU 0': { nginx: '0', postgrest: '0' },
  'placed: nginx on CPU 1 + PostgREST on CPU 0': { nginx: '1', postgrest: '0' },
  'placed: nginx + PostgREST + its backends on CPU 0': { nginx: '0', postgrest: '0', backends: '0' },
  'placed: nginx + PostgREST on CPU 0 + backends on CPU 1': { nginx: '0', postgrest: '0', backends: '1' },
  'placed: PostgREST on CPU 0 (nginx free)': { postgrest: '0' },
  'placed: nginx + PostgREST on CPU 1': { nginx: '1', postgrest: '1' },
  'placed: none (own PostgREST; control)': {},
};
for (const name of Object.keys(PLACEMENTS)) VARIANTS[name] = (config) => config;
const pin = (cpus: string, pid: number) => execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
/** Variants in front of a PostgREST of their own (the current configuration otherwise). */
const OWN_UPSTREAM = { 'rest upstream on a Unix socket (own PostgREST)': 'socket', 'rest upstream on TCP (own PostgREST)': 'tcp' } as const;
for (const name of Object.keys(OWN_UPSTREAM)) VARIANTS[name] = (config) => config;
const only = arg('only', '');
const chosen = Object.keys(VARIANTS).filter((name) => !only || name === 'current' || only.split(',').includes(name));

const binary = gatewayNginx('nginx')!;
const log = (line: string) => console.error(line);
const stack = await startTargetStack(process.cwd(), 4, (line) => log(`  stack: ${line}`));
const dir = mkdtempSync(path.join(tmpdir(), 'nginx-settings-'));
const nginxes: ManagedProcess[] = [];
const postgrests: ManagedProcess[] = [];
let db: pg.Client | undefined;
const agent = new Agent({ connections: CONCURRENCY * 2, keepAliveTimeout: 10_000 });

try {
  const restPort = Number(new URL(stack.postgrestUrl).port);
  const targets: Record<string, string> = { direct: `${stack.postgrestUrl}/plans?select=*` };
  const conf = readFileSync(path.join(stack.info.dir, 'postgrest.conf'), 'utf8');
  const own = async (transport: 'socket' | 'tcp', name = `postgrest-${transport}`, appName?: string) => {
    const dbUri = JSON.parse(/^db-uri = (".*")$/m.exec(conf)![1]!) as string;
    const started = await startPostgrest({
      dir: stack.info.dir,
      logDir: dir,
      dbPort: Number(/^db-uri = ".*:(\d+)\/postgres"/m.exec(conf)![1]),
      jwtSecret: JSON.parse(/^jwt-secret = (".*")$/m.exec(conf)![1]!) as string,
      name,
      unixSocket: transport === 'socket' ? path.join(dir, 'postgrest.sock') : undefined,
      overrides: appName ? { 'db-uri': `${dbUri}?application_name=${appName}` } : undefined,
    });
    postgrests.push(started.process);
    return { upstream: started.port ?? started.unixSocket!, pid: started.process.child.pid! };
  };
  const placed: Record<string, { port: number; pid: number; appName: string }> = {};
  for (const [index, name] of chosen.entries()) {
    if (!(name in PLACEMENTS)) continue;
    const appName = `pgrst-placed-${index}`;
    const started = await own('tcp', `postgrest-placed-${index}`, appName);
    placed[name] = { port: started.upstream as number, pid: started.pid, appName };
    if (PLACEMENTS[name]!.postgrest) pin(PLACEMENTS[name]!.postgrest!, started.pid);
    targets[`direct, ${name}`] = `http://127.0.0.1:${started.upstream}/plans?select=*`;
  }
  db = new pg.Client({ connectionString: stack.info.dbUrl });
  await db.connect();
  /** Backends connect lazily (up to the pool size): pinned again after every warm-up. */
  const pinBackends = async () => {
    for (const [name, { appName }] of Object.entries(placed)) {
      const cpus = PLACEMENTS[name]!.backends;
      if (!cpus) continue;
      const { rows } = await db!.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [appName]);
      for (const { pid } of rows) pin(cpus, pid);
    }
  };
  const ownUpstreams: Partial<Record<'socket' | 'tcp', number | string>> = {};
  for (const name of chosen) {
    const transport = OWN_UPSTREAM[name as keyof typeof OWN_UPSTREAM];
    if (transport) ownUpstreams[transport] ??= (await own(transport)).upstream;
  }
  if (typeof ownUpstreams.tcp === 'number') targets['direct, own PostgREST'] = `http://127.0.0.1:${ownUpstreams.tcp}/plans?select=*`;
  for (const name of chosen) {
    const transport = OWN_UPSTREAM[name as keyof typeof OWN_UPSTREAM];
    const options = await benchProxyOptions(stack, dir, placed[name]?.port ?? (transport ? ownUpstreams[transport]! : restPort));
    const config = VARIANTS[name]!(nginxConfig(options));
    const nginx = await startNginxGateway(binary, options, config);
    nginxes.push(nginx);
    if (PLACEMENTS[name]?.nginx) pin(PLACEMENTS[name]!.nginx!, nginx.child.pid!);
    targets[name] = `http://127.0.0.1:${options.port}/rest/v1/plans?select=*`;
  }
  const headers = { apikey: stack.info.anonKey, authorization: `Bearer ${stack.info.anonKey}` };

  const { block } = timedReads(agent, headers);

  const all: Record<string, Record<string, number[]>> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [mode, concurrency] of [
      ['sequential', 1],
      [`${CONCURRENCY} concurrent`, CONCURRENCY],
    ] as const) {
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
      for (const url of Object.values(targets)) await block(url, 50, concurrency, []); // warm-up
      await pinBackends();
      // each block round starts one target later, so that no target always follows the same one
      const order = Object.entries(targets);
      for (let done = 0, shift = 0; done < REQUESTS; done += BLOCK, shift++) {
        const rotated = [...order.slice(shift % order.length), ...order.slice(0, shift % order.length)];
        for (const [name, url] of rotated) await block(url, Math.min(BLOCK, REQUESTS - done), concurrency, times[name]!);
      }
      const direct = p50(times.direct!);
      console.log(`\nround ${round}, ${mode} (${REQUESTS} requests per target; direct p50 ${direct.toFixed(3)} ms)`);
      for (const [name, values] of Object.entries(times)) {
        ((all[mode] ??= {})[name] ??= []).push(p50(values) / direct);
        if (name !== 'direct') console.log(`  ${name.padEnd(56)} p50 ${p50(values).toFixed(3)} ms  ${(p50(values) / direct).toFixed(3)}×`);
      }
    }
  }
  /** A markdown table's header: the row names' column, then one right-aligned column per heading. */
  const printTableHeader = (first: string, headings: string[]) =>
    console.log(`\n| ${first} | ${headings.join(' | ')} |\n|---|${headings.map(() => '---:').join('|')}|`);
  printTableHeader(
    'variant',
    Object.keys(all).map((mode) => `${mode}: ratio per round`),
  );
  for (const name of [...chosen, ...Object.keys(targets).filter((name) => name.startsWith('direct, '))]) {
    console.log(
      `| ${name} | ${Object.values(all)
        .map((byName) => byName[name]!.map((ratio) => `${ratio.toFixed(3)}×`).join(', '))
        .join(' | ')} |`,
    );
  }
  if (Object.keys(placed).length) {
    printTableHeader('placement (ratio to its own direct PostgREST)', Object.keys(all));
    for (const name of Object.keys(placed)) {
      const ratios = Object.values(all).map((byName) =>
        byName[name]!.map((ratio, round) => `${(ratio / byName[`direct, ${name}`]![round]!).toFixed(3)}×`).join(', '),
      );
      console.log(`| ${name} | ${ratios.join(' | ')} |`);
    }
  }
} finally {
  await db?.end();
  await Promise.all([...nginxes, ...postgrests].map((child) => child.stop()));
  await agent.close();
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
