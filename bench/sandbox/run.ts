// Benchmark for the coding sandbox (QuickJS compiled to WebAssembly, supabase/functions/_shared/ai/sandbox.ts).
//
//   DENO_DIR=.cache/deno node_modules/.bin/deno run --config=supabase/functions/deno.json --allow-read=supabase/functions bench/sandbox/run.ts [runs=100]
//
// Prints the per-run cost of a trivial solution (1 and 5 test cases: an idle wasm instance, then one QuickJS
// context per case, or one for the run when it has several cases) and what runaway solutions cost: wall time, process CPU during the
// run, process CPU during the idle second after it (must be ~0: nothing keeps running) and RSS growth.
// Read access to supabase/functions only: the sandbox is imported dynamically so the repo's tsc (which includes bench/ but
// not the Deno functions and their npm: imports) does not follow it.
import { cpuUsage } from 'node:process';

interface SandboxResult {
  passed: number;
  total: number;
  timed_out: boolean;
  details: { error?: string }[];
}
type Run = (
  code: string,
  functionName: string,
  cases: { input: unknown; expectedOutput: unknown }[],
  options?: { timeoutMs?: number; caseTimeoutMs?: number },
) => Promise<SandboxResult>;

const sandboxUrl = new URL('../../supabase/functions/_shared/ai/sandbox.ts', import.meta.url).href;
const { runTestsInSandbox } = (await import(sandboxUrl)) as { runTestsInSandbox: Run };

const args: string[] = (globalThis as unknown as { Deno?: { args: string[] } }).Deno?.args ?? [];
const runs = Math.max(1, Number(args[0] ?? 100) || 100);
const deno = (globalThis as unknown as { Deno: { memoryUsage(): { rss: number } } }).Deno;

const cpuMs = () => {
  const { user, system } = cpuUsage();
  return (user + system) / 1000;
};
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (n: number) => n.toFixed(1).padStart(8);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const trivial = 'function add(a, b) { return a + b; }';
const casesOf = (n: number) => Array.from({ length: n }, (_, i) => ({ input: `[${i}, 1]`, expectedOutput: String(i + 1) }));

async function overhead(label: string, caseCount: number) {
  const cases = casesOf(caseCount);
  for (let i = 0; i < 5; i++) await runTestsInSandbox(trivial, 'add', cases); // warm-up (first load compiles the wasm)
  const times: number[] = [];
  const cpuBefore = cpuMs();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await runTestsInSandbox(trivial, 'add', cases);
    times.push(performance.now() - started);
    if (result.passed !== caseCount) throw new Error(`trivial solution failed: ${JSON.stringify(result.details)}`);
  }
  const cpuPerRun = (cpuMs() - cpuBefore) / runs;
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)}${fmt(quantile(times, 0.5))}${fmt(quantile(times, 0.95))}${fmt(times.at(-1)!)}${fmt(cpuPerRun)}`);
}

async function runaway(label: string, code: string, caseCount: number) {
  const rssBefore = deno.memoryUsage().rss;
  const cpuBefore = cpuMs();
  const started = performance.now();
  const result = await runTestsInSandbox(code, 'f', casesOf(caseCount));
  const wall = performance.now() - started;
  const cpuRun = cpuMs() - cpuBefore;
  const rssGrowth = (deno.memoryUsage().rss - rssBefore) / 2 ** 20;
  const idleBefore = cpuMs();
  await sleep(1000);
  const idle = cpuMs() - idleBefore;
  const outcome = result.timed_out ? 'timed out' : (result.details[0]?.error ?? `${result.passed}/${result.total}`);
  console.log(`${label.padEnd(34)}${fmt(wall)}${fmt(cpuRun)}${fmt(idle)}${fmt(rssGrowth)}  ${outcome}`);
}

console.log(`sandbox benchmark: trivial solution x ${runs} runs (defaults: 1500 ms per run, 500 ms per case)`);
console.log(`${'trivial solution'.padEnd(34)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'max ms'.padStart(8)}${'cpu ms'.padStart(8)}`);
await overhead('1 test case', 1);
await overhead('5 test cases', 5);

console.log();
console.log(
  `${'runaway solution'.padEnd(34)}${'wall ms'.padStart(8)}${'cpu ms'.padStart(8)}${'idle1s'.padStart(8)}${'RSS MiB'.padStart(8)}  outcome`,
);
await runaway('while(true) x 1 case', 'function f() { while (true) {} }', 1);
await runaway('while(true) x 5 cases', 'function f() { while (true) {} }', 5);
await runaway('2 x 1 GiB ArrayBuffer x 5 cases', 'function f() { return [new ArrayBuffer(2 ** 30), new ArrayBuffer(2 ** 30)]; }', 5);
await runaway('growing array until OOM x 1 case', 'function f() { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }', 1);
await runaway('infinite recursion x 5 cases', 'function f() { return f() + 1; }', 5);
await runaway('catastrophic regex x 1 case', 'function f() { return /(a+)+b/.test("a".repeat(40)); }', 1);
await runaway('loop of fill(1e6) x 1 case', 'function f() { for (;;) new Array(1e6).fill(1); }', 1);
await runaway(
  'loop of split/reverse/join x 1 case',
  'function f() { const s = "a".repeat(1e5); for (;;) s.split("").reverse().join(""); }',
  1,
);
await runaway(
  'one sort() of 1e6 numbers x 1 case',
  'function f() { const a = []; for (let i = 0; i < 1e6; i++) a.push((i * 7919) % 1e6); a.sort(); return 1; }',
  1,
);
