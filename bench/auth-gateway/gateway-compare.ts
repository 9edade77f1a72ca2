// The gateway's own overhead, without the rest of the stack: the same small JSON upstream served
// directly, through this gateway, and through the gateway of another commit (default: the one
// before keep-alive/header work), interleaved so background load hits all three alike.
// Usage: npx tsx bench/auth-gateway/gateway-compare.ts [--commit <rev>] [--requests 2000]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { REPO_ROOT } from '../../stack/config.ts';
import { startGateway, type GatewayOptions } from '../../stack/gateway.ts';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const REQUESTS = Number(arg('requests', '2000'));
const COMMIT = arg('commit', '841da3d');

const PLANS = JSON.stringify(
  Array.from({ length: 3 }, (_, i) => ({ id: `plan-${i}`, name: `Plan ${i}`, price_cents: i * 1000, features: ['a', 'b', 'c'] })),
);
const upstream = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-range': '0-2/*' });
  response.end(PLANS);
});
await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const upstreamPort = (upstream.address() as AddressInfo).port;

// The other commit's gateway, its relative imports pointed at this checkout's modules.
const dir = mkdtempSync(path.join(tmpdir(), 'gateway-compare-'));
const oldSource = execFileSync('git', ['show', `${COMMIT}:stack/gateway.ts`], { cwd: REPO_ROOT, encoding: 'utf8' })
  .replaceAll("'./lib/", `'${path.join(REPO_ROOT, 'stack/lib')}/`)
  .replaceAll("'./mailbox-page.ts'", `'${path.join(REPO_ROOT, 'stack/mailbox-page.ts')}'`);
writeFileSync(path.join(dir, 'gateway-old.ts'), oldSource);
const { startGateway: startOldGateway } = (await import(path.join(dir, 'gateway-old.ts'))) as { startGateway: typeof startGateway };

// Gateways before the functions runtime checked verify_jwt itself also took jwtSecret and verifyJwt.
const options: GatewayOptions & Record<string, unknown> = {
  port: 0,
  jwtSecret: 'x'.repeat(40),
  anonKey: 'anon-key',
  serviceRoleKey: 'service-key',
  rest: { port: upstreamPort },
  auth: { port: upstreamPort },
  functions: { port: upstreamPort },
  mailbox: { send: async () => {}, list: async () => [] } as unknown as GatewayOptions['mailbox'],
  verifyJwt: () => false,
  health: async () => ({}),
};
const current = await startGateway(options);
const previous = await startOldGateway(options);

const agent = new Agent({ connections: 64 });
const targets = {
  direct: `http://127.0.0.1:${upstreamPort}/plans`,
  [`gateway@${COMMIT}`]: `http://127.0.0.1:${previous.port}/rest/v1/plans`,
  'gateway (this)': `http://127.0.0.1:${current.port}/rest/v1/plans`,
};
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.floor((p / 100) * values.length)]!;

async function run(url: string, concurrency: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < REQUESTS) {
        const started = performance.now();
        const res = await request(url, { headers: { apikey: 'anon-key' }, dispatcher: agent });
        await res.body.text();
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
        times.push(performance.now() - started);
      }
    }),
  );
  return times;
}

try {
  for (const concurrency of [1, 32]) {
    const results: Record<string, number[]> = {};
    for (const url of Object.values(targets)) await run(url, concurrency); // warm-up
    for (let round = 0; round < 3; round++) {
      for (const [name, url] of Object.entries(targets)) (results[name] ??= []).push(...(await run(url, concurrency)));
    }
    const direct = pct(results.direct!, 50);
    console.log(`\n${concurrency === 1 ? 'sequential' : `${concurrency} concurrent`}, ${REQUESTS} requests × 3 rounds each:`);
    for (const [name, times] of Object.entries(results)) {
      console.log(
        `  ${name.padEnd(20)} p50 ${pct(times, 50).toFixed(3)} ms  p95 ${pct(times, 95).toFixed(3)} ms  p50 ÷ direct ${(pct(times, 50) / direct).toFixed(2)}`,
      );
    }
  }
} finally {
  await agent.close();
  await current.close();
  await previous.close();
  upstream.close();
  rmSync(dir, { recursive: true, force: true });
}
