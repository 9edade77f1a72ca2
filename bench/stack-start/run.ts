// Time from `npm run stack` to a healthy gateway: first run (empty data dir: initdb, bootstrap,
// migrations, seed) and warm runs (existing data dir). Usage: npm run bench:stack [-- --warm-runs 3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../stack/config.ts';
import { freePortPair } from '../../stack/lib/ports.ts';

const warmRuns = Number(process.argv[process.argv.indexOf('--warm-runs') + 1]) || 3;

async function timeToHealthy(dir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['run', 'stack'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOCAL_STACK_DIR: dir, LOCAL_STACK_PORT: String(port) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (performance.now() - started > 120_000) throw new Error('stack not healthy within 120 s');
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (healthy) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    process.kill(-child.pid!, 'SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'interviewai-bench-stack-'));
try {
  const port = await freePortPair();
  const first = await timeToHealthy(dir, port);
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await timeToHealthy(dir, port));
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(`first run: ${seconds(first)} s (target ≤ 45 s)`);
  console.log(
    `warm runs: ${warm.map(seconds).join(', ')} s; median ${seconds(warm.sort((a, b) => a - b)[Math.floor(warm.length / 2)]!)} s (target ≤ 10 s)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
