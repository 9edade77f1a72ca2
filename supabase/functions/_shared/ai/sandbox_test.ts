import { assert, assertEquals } from './testing.ts';
import { runTestsInSandbox } from './sandbox.ts';

const cases = [
  { input: '[[2,7,11,15],9]', expectedOutput: '[0,1]', description: 'basic' },
  { input: '[[3,3],6]', expectedOutput: '[0,1]', description: 'dupes' },
];
const good = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const c = target - nums[i];
    if (seen.has(c)) return [seen.get(c), i];
    seen.set(nums[i], i);
  }
  return [];
}`;

Deno.test('sandbox: correct solution passes every case', async () => {
  const result = await runTestsInSandbox(good, 'twoSum', cases);
  assert(result.ran, result.error);
  assertEquals([result.passed, result.total], [2, 2]);
  assert(result.isolation !== 'none');
});

Deno.test('sandbox: wrong answer and thrown errors are reported per case', async () => {
  const result = await runTestsInSandbox('function twoSum(n, t) { if (t === 6) throw new Error("boom"); return [1, 0]; }', 'twoSum', cases);
  assertEquals(result.passed, 0);
  assertEquals(result.details[0]!.actual, [1, 0]);
  assertEquals(result.details[1]!.error, 'boom');
});

Deno.test('sandbox: infinite loop is killed at the time limit', async () => {
  const started = performance.now();
  const result = await runTestsInSandbox('function twoSum() { while (true) {} }', 'twoSum', cases, { timeoutMs: 300 });
  assert(result.timed_out);
  assertEquals(result.passed, 0);
  assert(performance.now() - started < 2000);
});

Deno.test('sandbox: no access to env, network, Deno or code generation', async () => {
  const probes = [
    'function f() { return typeof Deno; }',
    'function f() { return typeof fetch; }',
    'function f() { return typeof process; }',
    'function f() { try { return (() => 1).constructor("return typeof Deno")(); } catch (e) { return "blocked"; } }',
    'function f() { try { return eval("1"); } catch (e) { return "blocked"; } }',
    'function f() { try { return Function("return 1")(); } catch (e) { return "blocked"; } }',
    'function f() { try { return (async function(){}).constructor("return 1") && "open"; } catch (e) { return "blocked"; } }',
  ];
  for (const code of probes) {
    const result = await runTestsInSandbox(code, 'f', [{ input: '[]', expectedOutput: '"x"' }]);
    const actual = result.details[0]!.actual;
    assert(actual === 'undefined' || actual === 'blocked', `${code} → ${JSON.stringify(result.details[0])}`);
  }
  Deno.env.set('SANDBOX_SECRET', 'top-secret');
  const imported = await runTestsInSandbox('async function f() { return (await import("node:process")).env.SANDBOX_SECRET; }', 'f', [{
    input: '[]',
    expectedOutput: '"x"',
  }]);
  assertEquals(imported.passed, 0);
  assert(imported.error?.includes('Imports'), imported.error);
});

Deno.test('sandbox: with SANDBOX_WORKER_PERMISSIONS=none the worker runs without any permission', async () => {
  Deno.env.set('SANDBOX_WORKER_PERMISSIONS', 'none');
  try {
    const result = await runTestsInSandbox(good, 'twoSum', cases);
    assertEquals(result.isolation, 'permissions-none');
    assertEquals([result.passed, result.total], [2, 2]);
    const loop = await runTestsInSandbox('function twoSum() { for (;;) {} }', 'twoSum', cases, { timeoutMs: 300 });
    assertEquals([loop.isolation, loop.timed_out], ['permissions-none', true]);
  } finally {
    Deno.env.delete('SANDBOX_WORKER_PERMISSIONS');
  }
});
