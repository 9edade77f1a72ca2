// Auth under a sign-up burst and the gateway's overhead, on a stack of its own (bcrypt cost 12, as
// in dev). Usage: npx tsx bench/auth-gateway/run.ts [--signups 200] [--requests 2000]
//
// 1. One bcrypt hash (pgcrypto, cost 12) timed alone; then N sign-ups at once, each from its own
//    loopback address (per-IP limits count connections), while a probe calls GET /auth/v1/user
//    every 20 ms. Target: burst ≤ 1.25 × N × hash ÷ cores; probe p95 ≤ 50 ms.
// 2. GET /rest/v1/plans through the gateway vs. PostgREST directly: sequential and 32 concurrent,
//    keep-alive clients. Target: gateway p50 ≤ 1.10 × direct p50.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Agent, request } from 'undici';
import { startStack } from '../../stack/index.ts';
import { freePortPair } from '../../stack/lib/ports.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const SIGNUPS = arg('signups', 200);
const REQUESTS = arg('requests', 2000);
const cores = availableParallelism();

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

const agents = new Map<string, Agent>();
const from = (localAddress: string) => {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new Agent({ localAddress, connections: 64 })));
  return agent;
};

async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; ip?: string } = {}) {
  const started = performance.now();
  const res = await request(url, {
    method: (init.method ?? 'GET') as 'GET',
    headers: init.headers,
    body: init.body,
    dispatcher: from(init.ip ?? '127.0.0.1'),
  });
  const text = await res.body.text();
  return { status: res.statusCode, text, ms: performance.now() - started };
}

const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-bench-auth-'));
const stack = await startStack({ dir, port: await freePortPair(), bcryptCost: 12 });
try {
  const { apiUrl, anonKey, dbUrl } = stack.info;
  const json = { apikey: anonKey, 'content-type': 'application/json' };

  // ── 1. sign-up burst ─────────────────────────────────────────────────────────────────────────
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const hashTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await db.query(`select extensions.crypt('Interview42!', extensions.gen_salt('bf', 12))`);
    hashTimes.push(performance.now() - started);
  }
  await db.end();
  const oneHash = pct(hashTimes, 50);

  const probeUser = JSON.parse(
    (
      await call(`${apiUrl}/auth/v1/signup`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: `probe-${Date.now()}@example.com`, password: 'Interview42!' }),
      })
    ).text,
  );
  const probeHeaders = { apikey: anonKey, authorization: `Bearer ${probeUser.access_token}` };

  const probe: number[] = [];
  let probing = true;
  const prober = (async () => {
    while (probing) {
      const res = await call(`${apiUrl}/auth/v1/user`, { headers: probeHeaders, ip: '127.250.0.1' });
      if (res.status !== 200) throw new Error(`probe failed: ${res.status} ${res.text}`);
      probe.push(res.ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();

  const burstStarted = performance.now();
  const signups = await Promise.all(
    Array.from({ length: SIGNUPS }, (_, i) =>
      call(`${apiUrl}/auth/v1/signup`, {
        method: 'POST',
        headers: json,
        ip: `127.10.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        body: JSON.stringify({ email: `burst-${i}-${Date.now()}@example.com`, password: 'Interview42!' }),
      }),
    ),
  );
  const burst = performance.now() - burstStarted;
  probing = false;
  await prober;
  const failed = signups.filter((s) => s.status !== 200);
  const target = (1.25 * SIGNUPS * oneHash) / cores;
  console.log(`\n## Sign-up burst (${SIGNUPS} at once, bcrypt cost 12, ${cores} cores)`);
  console.log(`one hash (pgcrypto, alone): p50 ${ms(oneHash)}`);
  console.log(`burst: ${ms(burst)} (target ≤ 1.25 × ${SIGNUPS} × hash ÷ ${cores} = ${ms(target)}) → ${burst <= target ? 'OK' : 'MISSED'}`);
  console.log(
    `sign-up latency: p50 ${ms(
      pct(
        signups.map((s) => s.ms),
        50,
      ),
    )}, p95 ${ms(
      pct(
        signups.map((s) => s.ms),
        95,
      ),
    )}; failed ${failed.length}`,
  );
  if (failed.length) console.log(`  first failure: ${failed[0]!.status} ${failed[0]!.text.slice(0, 200)}`);
  console.log(
    `GET /auth/v1/user during the burst: n=${probe.length}, p50 ${ms(pct(probe, 50))}, p95 ${ms(pct(probe, 95))} (target ≤ 50 ms) → ${pct(probe, 95) <= 50 ? 'OK' : 'MISSED'}`,
  );

  // ── 2. gateway overhead ──────────────────────────────────────────────────────────────────────
  const postgrestPort = Number(/server-port = (\d+)/.exec(readFileSync(path.join(dir, 'postgrest.conf'), 'utf8'))![1]);
  const targets = {
    direct: { url: `http://127.0.0.1:${postgrestPort}/plans`, headers: {} as Record<string, string> },
    gateway: { url: `${apiUrl}/rest/v1/plans`, headers: { apikey: anonKey } },
  };
  async function run(name: keyof typeof targets, concurrency: number): Promise<number[]> {
    const { url, headers } = targets[name];
    const times: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < REQUESTS) {
          const res = await call(url, { headers, ip: '127.20.0.1' });
          if (res.status !== 200) throw new Error(`${name}: ${res.status} ${res.text}`);
          times.push(res.ms);
        }
      }),
    );
    return times;
  }
  console.log(`\n## GET /rest/v1/plans, ${REQUESTS} requests each (warm-up 200 first)`);
  for (const concurrency of [1, 32]) {
    await run('direct', concurrency);
    await run('gateway', concurrency);
    // Interleaved rounds so background load affects both sides alike.
    const direct: number[] = [];
    const gateway: number[] = [];
    for (let round = 0; round < 2; round++) {
      direct.push(...(await run('direct', concurrency)));
      gateway.push(...(await run('gateway', concurrency)));
    }
    const ratio = pct(gateway, 50) / pct(direct, 50);
    console.log(
      `${concurrency === 1 ? 'sequential   ' : `${concurrency} concurrent`}: direct p50 ${ms(pct(direct, 50))} p95 ${ms(pct(direct, 95))} | gateway p50 ${ms(pct(gateway, 50))} p95 ${ms(pct(gateway, 95))} | ratio p50 ${ratio.toFixed(2)} (target ≤ 1.10) → ${ratio <= 1.1 ? 'OK' : 'MISSED'}`,
    );
  }
} finally {
  await stack.stop();
  for (const agent of agents.values()) await agent.close();
  rmSync(dir, { recursive: true, force: true });
}
