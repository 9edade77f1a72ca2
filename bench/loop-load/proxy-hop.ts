// The gateway's hop on a cheap read (GET /rest/v1/plans as anon) with different proxies in front of the same
// PostgREST: boots one stack, starts each proxy on its own port, and measures direct PostgREST and every proxy
// interleaved request by request (each cycle visits every target once, in a new shuffled order), sequential and
// N concurrent. Besides each target's p50 and its ratio to direct, it reads each proxy's own CPU per request
// from /proc/<pid>/task/*/schedstat (ns of CPU, all threads), and the hop (proxy p50 − direct p50).
//
// Targets: the stack's nginx configuration (`gateway-nginx.ts`), HAProxy with the same routes
// (`gateway-haproxy.ts`), and the floor: each proxy as a pure TCP relay (HAProxy `mode tcp`, nginx `stream {}`)
// straight to PostgREST, which parses nothing and forwards bytes: no HTTP gateway can cost less than that.
//
//   npx tsx bench/loop-load/proxy-hop.ts [--requests 2000] [--concurrency 32] [--rounds 3] [--only a,b]
//
// Needs `apt-get install haproxy libnginx-mod-stream` besides the stack's nginx; `--only` takes name prefixes.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent } from 'undici';
import { findHaproxy, haproxyConfig, startHaproxyGateway } from './haproxy-gateway.ts';
import { gatewayNginx, nginxConfig, startNginxGateway, type NginxGatewayOptions } from '../../stack/gateway-nginx.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';
import { startTargetStack } from './target-stack.ts';
import { p50, timedReads } from './timed-reads.ts';
import { arg } from './cli.ts';
import { benchProxyOptions } from './proxy-options.ts';

const REQUESTS = Number(arg('requests', '2000'));
const CONCURRENCY = Number(arg('concurrency', '32'));
const ROUNDS = Number(arg('rounds', '3'));
const WARM_UP = 50;
const NGINX_STREAM_MODULE = '/usr/lib/nginx/modules/ngx_stream_module.so';

interface Proxy {
  kind: 'nginx' | 'haproxy';
  /** The configuration for a proxy on `port` in front of the stack's PostgREST on `rest`. */
  config: (options: NginxGatewayOptions, rest: number) => string;
  /** The path the client asks for: the gateway's public path, or PostgREST's own through a TCP relay. */
  path: string;
}

const gatewayPath = '/rest/v1/plans?select=*';
const relayPath = '/plans?select=*';
const PROXIES: Record<string, Proxy> = {
  'nginx (the stack’s configuration)': { kind: 'nginx', config: (options) => nginxConfig(options), path: gatewayPath },
  'HAProxy (same routes)': { kind: 'haproxy', config: (options) => haproxyConfig(options), path: gatewayPath },
  'HAProxy, 2 threads': {
    kind: 'haproxy',
    config: (options) => haproxyConfig(options).replace('  nbthread 1\n', '  nbthread 2\n'),
    path: gatewayPath,
  },
  'HAProxy, 16 KiB buffers': {
    kind: 'haproxy',
    config: (options) => haproxyConfig(options).replace('  tune.bufsize 163840\n', ''),
    path: gatewayPath,
  },
  'HAProxy, REST route with no rules (cost only)': {
    kind: 'haproxy',
    config: (options, rest) =>
      [
        'global\n  nbthread 1\n  maxconn 4096',
        'defaults\n  mode http\n  option http-keep-alive\n  http-reuse always\n  timeout connect 5s\n  timeout client 1h\n  timeout server 1h',
        `frontend gateway\n  bind 127.0.0.1:${options.port}\n  http-request set-path %[path,regsub(^/rest/v1/?,/)]\n  default_backend rest`,
        `backend rest\n  server rest0 127.0.0.1:${rest}`,
      ].join('\n') + '\n',
    path: gatewayPath,
  },
  'floor: HAProxy mode tcp': {
    kind: 'haproxy',
    config: (options, rest) =>
      [
        'global\n  nbthread 1\n  maxconn 4096',
        'defaults\n  mode tcp\n  timeout connect 5s\n  timeout client 1h\n  timeout server 1h',
        `listen relay\n  bind 127.0.0.1:${options.port}\n  server rest0 127.0.0.1:${rest}`,
      ].join('\n') + '\n',
    path: relayPath,
  },
  'floor: nginx stream {}': {
    kind: 'nginx',
    config: (options, rest) =>
      [
        `load_module ${NGINX_STREAM_MODULE};`,
        'daemon off;\nmaster_process off;\nworker_processes 1;',
        `pid ${path.join(options.dir, 'nginx.pid')};`,
        'error_log stderr warn;',
        'events { worker_connections 4096; }',
        `stream { server { listen 127.0.0.1:${options.port}; proxy_pass 127.0.0.1:${rest}; } }`,
      ].join('\n') + '\n',
    path: relayPath,
  },
};
const only = arg('only', '');
const chosen = Object.keys(PROXIES).filter((name) => !only || only.split(',').some((part) => name.startsWith(part)));

/** CPU nanoseconds used so far by every thread of a process. */
function cpuNs(pid: number): number {
  let total = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // a thread that exited meanwhile
    }
  }
  return total;
}

/** A small deterministic shuffle (same orders in every run), so that no target always follows the same one. */
function shuffler(seed: number) {
  let state = seed;
  return <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

const nginxBinary = gatewayNginx('nginx')!;
const haproxyBinary = findHaproxy();
if (!haproxyBinary) throw new Error('HAProxy is not installed (apt-get install haproxy)');
const log = (line: string) => console.error(line);
const stack = await startTargetStack(process.cwd(), 4, (line) => log(`  stack: ${line}`));
const dir = mkdtempSync(path.join(tmpdir(), 'proxy-hop-'));
const proxies: ManagedProcess[] = [];
const agent = new Agent({ connections: CONCURRENCY * 2, keepAliveTimeout: 30_000 });

try {
  const rest = Number(new URL(stack.postgrestUrl).port);
  const targets: { name: string; url: string; pid?: number }[] = [{ name: 'direct', url: `${stack.postgrestUrl}${relayPath}` }];
  for (const name of chosen) {
    const proxy = PROXIES[name]!;
    const options = await benchProxyOptions(stack, dir, rest);
    const config = proxy.config(options, rest);
    const started =
      proxy.kind === 'nginx'
        ? await startNginxGateway(nginxBinary, options, config)
        : await startHaproxyGateway(haproxyBinary, options, config);
    proxies.push(started);
    targets.push({ name, url: `http://127.0.0.1:${options.port}${proxy.path}`, pid: started.child.pid! });
  }
  const headers = { apikey: stack.info.anonKey, authorization: `Bearer ${stack.info.anonKey}` };
  const { one } = timedReads(agent, headers);
  const shuffle = shuffler(20261206);

  /** `count` requests per target, `concurrency` chains in flight, each visiting every target once per cycle. */
  const interleaved = async (count: number, concurrency: number, times: Map<string, number[]>) => {
    let cycles = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (cycles < count) {
          cycles += 1;
          for (const target of shuffle(targets)) times.get(target.name)?.push(await one(target.url));
        }
      }),
    );
  };

  const rows: Record<string, Record<string, { ratio: number; hopUs: number; cpuUs: number }[]>> = {};
  const directP50: Record<string, number[]> = {};
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [mode, concurrency] of [
      ['sequential', 1],
      [`${CONCURRENCY} concurrent`, CONCURRENCY],
    ] as const) {
      await interleaved(WARM_UP, concurrency, new Map());
      const times = new Map(targets.map((target) => [target.name, [] as number[]]));
      const cpuBefore = targets.map((target) => (target.pid ? cpuNs(target.pid) : 0));
      await interleaved(REQUESTS, concurrency, times);
      const cpuAfter = targets.map((target) => (target.pid ? cpuNs(target.pid) : 0));
      const direct = p50(times.get('direct')!);
      console.log(`\nround ${round}, ${mode} (${REQUESTS} requests per target; direct p50 ${direct.toFixed(3)} ms)`);
      for (const [index, target] of targets.entries()) {
        if (!target.pid) continue;
        const median = p50(times.get(target.name)!);
        const count = times.get(target.name)!.length;
        const cpuUs = (cpuAfter[index]! - cpuBefore[index]!) / 1000 / count;
        const row = { ratio: median / direct, hopUs: (median - direct) * 1000, cpuUs };
        ((rows[mode] ??= {})[target.name] ??= []).push(row);
        console.log(
          `  ${target.name.padEnd(48)} p50 ${median.toFixed(3)} ms  ${row.ratio.toFixed(3)}×  hop ${row.hopUs.toFixed(0)} µs  CPU ${cpuUs.toFixed(0)} µs/request`,
        );
      }
      (directP50[mode] ??= []).push(direct);
    }
  }
  const modes = Object.keys(rows);
  console.log(
    `\n| target | ${modes.map((mode) => `${mode}: p50 ÷ direct`).join(' | ')} | ${modes.map((mode) => `${mode}: hop µs`).join(' | ')} | ${modes.map((mode) => `${mode}: proxy CPU µs/request`).join(' | ')} |`,
  );
  console.log(`|---|${Array.from({ length: modes.length * 3 }, () => '---:').join('|')}|`);
  const join = (values: number[], digits: number) => values.map((value) => value.toFixed(digits)).join(', ');
  for (const name of chosen) {
    const cells = [
      ...modes.map((mode) =>
        join(
          rows[mode]![name]!.map((row) => row.ratio),
          2,
        ),
      ),
      ...modes.map((mode) =>
        join(
          rows[mode]![name]!.map((row) => row.hopUs),
          0,
        ),
      ),
      ...modes.map((mode) =>
        join(
          rows[mode]![name]!.map((row) => row.cpuUs),
          0,
        ),
      ),
    ];
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
  console.log(`\ndirect p50 ms per round: ${modes.map((mode) => `${mode} ${join(directP50[mode]!, 3)}`).join('; ')}`);
} finally {
  await Promise.all(proxies.map((child) => child.stop()));
  await agent.close();
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
