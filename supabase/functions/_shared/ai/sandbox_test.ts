import { cpuUsage } from 'node:process';
import assert from 'node:assert/strict';
import { MAX_CODE_CHARS, PACED_BUILTINS, runTestsInSandbox } from './sandbox.ts';
import { DEFAULT_LIMITS, idleEngineCount, newEngine, reusesCompiledModule } from './quickjs.ts';

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
const one = (expectedOutput: string) => [{ input: '[]', expectedOutput }];
// Tests about what a run computes give it budgets no loaded machine reaches; the tests about time limits
// set their own.
const roomy = { timeoutMs: 60_000, caseTimeoutMs: 20_000 };
const cpuMs = () => {
  const { user, system } = cpuUsage();
  return (user + system) / 1000;
};

Deno.test('sandbox: correct solution passes every case, in QuickJS', async () => {
  const result = await runTestsInSandbox(good, 'twoSum', cases, roomy);
  assert.ok(result.ran, result.error);
  assert.deepEqual([result.passed, result.total, result.timed_out], [2, 2, false]);
  assert.deepEqual(result.isolation, 'quickjs-wasm');
  assert.deepEqual(result.details[0], { description: 'basic', passed: true, input: [[2, 7, 11, 15], 9], expected: [0, 1], actual: [0, 1] });
});

Deno.test('sandbox: wrong answer and thrown errors are reported per case', async () => {
  const result = await runTestsInSandbox(
    'function twoSum(n, t) { if (t === 6) throw new Error("boom"); return [1, 0]; }',
    'twoSum',
    cases,
    roomy,
  );
  assert.deepEqual(result.passed, 0);
  assert.deepEqual(result.details[0]!.actual, [1, 0]);
  assert.deepEqual(result.details[1]!.error, 'boom');
  const missing = await runTestsInSandbox('function other() {}', 'twoSum', cases, roomy);
  assert.deepEqual(missing.details[0]!.error, 'function twoSum is not defined');
  const broken = await runTestsInSandbox('function twoSum( {', 'twoSum', cases, roomy);
  assert.deepEqual(broken.passed, 0);
  assert.ok(broken.details[0]!.error && broken.details[0]!.error.length > 0);
});

Deno.test('sandbox: each case runs on a fresh instance of the code; console is there and silent', async () => {
  const code = 'let calls = 0; function f() { console.log("called"); calls += 1; return calls; }';
  const result = await runTestsInSandbox(code, 'f', [...one('1'), ...one('1'), ...one('1')], roomy);
  assert.deepEqual([result.passed, result.total], [3, 3]);
});

Deno.test('sandbox: the cases of a run cannot leave anything for each other in the globals, builtins or prototypes', async () => {
  const counters = [
    'globalThis',
    'this',
    'Array.prototype',
    'Object.prototype',
    'Function.prototype',
    'Math',
    'JSON',
    'console',
    'Object.getPrototypeOf(Int8Array).prototype',
    'Object.getPrototypeOf([][Symbol.iterator]())',
    'Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))',
    'Object.getPrototypeOf(function* () {}).prototype',
    'Object.getPrototypeOf(async function () {}).constructor',
  ];
  for (const owner of counters) {
    const code = `const owner = ${owner};
      try { owner.calls = (owner.calls ?? 0) + 1; } catch { Object.defineProperty(owner, 'calls', { value: -1 }); }
      function f() { return owner.calls; }`;
    const result = await runTestsInSandbox(code, 'f', [...one('1'), ...one('1'), ...one('1')], roomy);
    assert.deepEqual(result.details.map((d) => d.actual), [1, 1, 1], `${owner}: ${JSON.stringify(result.details)}`);
  }
});

Deno.test('sandbox: several cases run in one frozen realm; code that changes builtins gets the results it gets alone', async () => {
  const frozen = 'function f() { return Object.isFrozen(Array.prototype) && Object.isFrozen(globalThis); }';
  const shared = await runTestsInSandbox(frozen, 'f', [...one('true'), ...one('true')], roomy);
  assert.deepEqual(shared.details.map((d) => d.actual), [true, true]);
  const alone = await runTestsInSandbox(frozen, 'f', one('false'), roomy);
  assert.deepEqual(alone.details.map((d) => d.actual), [false], 'a single case runs in a context of its own');
  const changers = [
    'Array.prototype.last = function () { return this[this.length - 1]; };\nfunction f(a) { return [a].last(); }',
    'class Failure extends Error { constructor(m) { super(m); this.name = "Failure"; } }\nfunction f(a) { return new Failure(String(a)).name + a; }',
    'function Base() {} function Child() {} Child.prototype = Object.create(Base.prototype); Child.prototype.constructor = Child;\nfunction f(a) { return new Child().constructor === Child ? "Failure" + a : 0; }',
    'globalThis.prefix = "Failure";\nfunction f(a) { return prefix + a; }',
  ];
  for (const code of changers) {
    const last = code.includes('last()');
    const result = await runTestsInSandbox(
      code,
      'f',
      [1, 2, 3].map((n) => ({ input: `[${n}]`, expectedOutput: last ? String(n) : `"Failure${n}"` })),
      roomy,
    );
    assert.deepEqual(result.details.map((d) => [d.passed, d.error]), [[true, undefined], [true, undefined], [true, undefined]], code);
  }
});

Deno.test('sandbox: after an error of its own the run stays in the shared realm; after a TypeError it goes on alone', async () => {
  const inputs = [1, 2, 3, 4].map((n) => ({ input: `[${n}]`, expectedOutput: 'true' }));
  const own = 'function f(n) { if (n === 2) throw new Error("two"); if (n === 3) return missing; return Object.isFrozen(globalThis); }';
  const stayed = await runTestsInSandbox(own, 'f', inputs, roomy);
  assert.deepEqual(stayed.details.map((d) => [d.actual, d.error]), [
    [true, undefined],
    [undefined, 'two'],
    [undefined, stayed.details[2]!.error],
    [true, undefined],
  ]);
  assert.match(stayed.details[2]!.error ?? '', /missing/);
  const typeError = 'function f(n) { if (n === 2) return null.x; return Object.isFrozen(globalThis); }';
  const alone = await runTestsInSandbox(typeError, 'f', inputs, roomy);
  assert.deepEqual(alone.details.map((d) => [d.actual, Boolean(d.error)]), [[true, false], [undefined, true], [false, false], [
    false,
    false,
  ]]);
});

Deno.test('sandbox: what one case of a run allocated is freed before the next, in the shared realm', async () => {
  // 30 MiB held by the code's top level (QuickJS refuses one allocation over 32 MiB) under a 64 MiB ceiling: a case
  // whose instance outlived it would leave the next one out of memory there (which would then run in its own context).
  const code = `const held = new Uint8Array(30 * 2 ** 20);
    function f(n) { held[n] = n; return [held[n] + held.length, Object.isFrozen(globalThis)]; }`;
  const cases = [1, 2, 3, 4].map((n) => ({ input: `[${n}]`, expectedOutput: JSON.stringify([n + 30 * 2 ** 20, true]) }));
  const result = await runTestsInSandbox(code, 'f', cases, roomy);
  assert.deepEqual(result.details.map((d) => [d.passed, d.error]), [[true, undefined], [true, undefined], [true, undefined], [
    true,
    undefined,
  ]]);
});

Deno.test('sandbox: an infinite loop is stopped at the deadline and leaves nothing running', async () => {
  for (let run = 0; run < 3; run++) {
    const result = await runTestsInSandbox('function twoSum() { while (true) {} }', 'twoSum', cases, {
      timeoutMs: 1000,
      caseTimeoutMs: 150,
    });
    assert.ok(result.timed_out);
    assert.deepEqual(result.passed, 0);
    assert.deepEqual(result.details.map((d) => d.error), ['time limit exceeded', 'time limit exceeded']);
  }
  // Nothing of those runs survives them: an idle process uses a few ms of CPU per second, while any thread
  // left spinning would add a large share of a core (even on a loaded machine) for every runaway run.
  const before = cpuMs();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const used = cpuMs() - before;
  assert.ok(used < 100, `the process kept busy after the runs: ${Math.round(used)} ms of CPU in an idle second`);
});

Deno.test('sandbox: the time limit is per case; a slow case does not fail the others', async () => {
  const code = 'function twoSum(n, t) { if (t === 9) for (;;) {} return [0, 1]; }';
  const result = await runTestsInSandbox(code, 'twoSum', cases, { timeoutMs: 5000, caseTimeoutMs: 1000 });
  assert.ok(result.timed_out);
  assert.deepEqual(result.details.map((d) => [d.passed, d.error]), [[false, 'time limit exceeded'], [true, undefined]]);
  // A loop that catches and retries cannot swallow the interrupt either.
  const stubborn = 'function f() { for (;;) { try { while (true) {} } catch (e) {} } }';
  const caught = await runTestsInSandbox(stubborn, 'f', one('1'), { timeoutMs: 200 });
  assert.deepEqual([caught.timed_out, caught.details[0]!.error], [true, 'time limit exceeded']);
  // Once the run's budget is spent the remaining cases are not run.
  const spent = await runTestsInSandbox('function f() { for (;;) {} }', 'f', [...one('1'), ...one('1'), ...one('1')], {
    timeoutMs: 300,
    caseTimeoutMs: 300,
  });
  assert.deepEqual(spent.details.map((d) => d.error), ['time limit exceeded', 'time limit exceeded', 'time limit exceeded']);
});

Deno.test('sandbox: loops over heavy builtins are stopped too (the deadline is checked during builtin work)', async () => {
  // QuickJS checks the deadline every 10,000 calls or iterations; without pacing, each of these runs for
  // 10-100 s of CPU before its first check. Process CPU time is not stretched by machine load, so the bound
  // below (many times the budget) only fails when the deadline is not enforced.
  const heavy = [
    'function f() { for (;;) new Array(1e5).fill(1); }',
    'function f() { const s = "a".repeat(1e5); for (;;) s.split("").reverse().join(""); }',
    'function f() { const a = Array.from({ length: 1e5 }, (_, i) => (i * 7919) % 1e5); for (;;) a.slice().sort(); }',
    'function f() { const o = {}; for (let i = 0; i < 1e5; i++) o["k" + i] = i; for (;;) Object.keys(o).indexOf("x"); }',
  ];
  for (const code of heavy) {
    const before = cpuMs();
    const result = await runTestsInSandbox(code, 'f', one('1'), { timeoutMs: 200 });
    const used = cpuMs() - before;
    assert.deepEqual([result.timed_out, result.details[0]!.error], [true, 'time limit exceeded'], code);
    assert.ok(used < 3000, `${code} used ${Math.round(used)} ms of CPU for a 200 ms budget`);
  }
});

Deno.test('sandbox: paced builtins behave like the originals', async () => {
  const code = `function f() {
    return [
      'abc'.split('').reverse().join(''),
      [3, 1, 2].slice().sort((a, b) => a - b),
      [3, 1, 10].sort(),
      Array.from(new Set([1, 1, 2])),
      'ab'.padStart(4, '-') + 'x'.repeat(2),
      Object.entries({ b: 1, a: 2 }),
      JSON.parse(JSON.stringify({ a: [1] })),
      Array.from(new Int32Array([3, 1, 2]).sort()),
      [1, [2, [3]]].flat(Infinity).concat([4]).indexOf(4),
      [Array.prototype.fill.length, [].includes.name, String.prototype.split.name],
      [1, 2, 3].map(String).toString(),
    ];
  }`;
  const expected = [
    'cba',
    [1, 2, 3],
    [1, 10, 3],
    [1, 2],
    '--abxx',
    [['b', 1], ['a', 2]],
    { a: [1] },
    [1, 2, 3],
    3,
    [1, 'includes', 'split'],
    '1,2,3',
  ];
  const result = await runTestsInSandbox(code, 'f', [{ input: '[]', expectedOutput: JSON.stringify(expected) }], roomy);
  assert.deepEqual(result.details[0]!.actual, expected);
  assert.deepEqual(result.passed, 1);
});

Deno.test('sandbox: paced builtins look like the originals: attributes, name, length, no constructor', async () => {
  // The same description of every paced builtin, taken in a plain QuickJS context and in a sandbox case.
  const describe = `function f() {
    const seen = [];
    for (const [ownerSource, names] of Object.entries(${JSON.stringify(PACED_BUILTINS)})) {
      const owner = (0, eval)(ownerSource);
      for (const name of names) {
        const property = Object.getOwnPropertyDescriptor(owner, name);
        if (!property) continue;
        const fn = property.value;
        let constructs = true;
        try {
          Reflect.construct(String, [], fn);
        } catch {
          constructs = false;
        }
        const own = (key) => JSON.stringify(Object.getOwnPropertyDescriptor(fn, key));
        seen.push([ownerSource, name, typeof fn, property.writable, property.enumerable, property.configurable, own('name'),
          own('length'), Object.getOwnPropertyNames(fn).sort().join(), 'prototype' in fn, constructs,
          Object.getPrototypeOf(fn) === Function.prototype]);
      }
    }
    return seen;
  }`;
  const engine = await newEngine();
  const plainContext = engine.newContext();
  let originals: unknown[];
  try {
    const described = plainContext.unwrapResult(plainContext.evalCode(`${describe}; JSON.stringify(f())`));
    originals = JSON.parse(plainContext.getString(described));
    described.dispose();
  } finally {
    plainContext.dispose();
  }
  assert.ok(originals.length > 60, `${originals.length} builtins described`);
  const result = await runTestsInSandbox(describe, 'f', one(JSON.stringify(originals)), roomy);
  assert.deepEqual([result.passed, result.details[0]!.error], [1, undefined]);
});

Deno.test('sandbox: memory has a hard ceiling; the process does not grow and the next run works', async () => {
  const rssBefore = Deno.memoryUsage().rss;
  const huge = await runTestsInSandbox(
    'function f() { const a = new ArrayBuffer(2 ** 30); const b = new ArrayBuffer(2 ** 30); return a.byteLength + b.byteLength; }',
    'f',
    one('2147483648'),
    roomy,
  );
  assert.deepEqual(huge.passed, 0);
  assert.ok(/memory/.test(huge.details[0]!.error ?? ''), JSON.stringify(huge.details[0]));
  const growing = await runTestsInSandbox('function f() { const a = []; for (;;) a.push(new Array(1e5).fill(1)); }', 'f', one('1'), roomy);
  assert.deepEqual(growing.passed, 0);
  assert.ok(/memory/.test(growing.details[0]!.error ?? ''), JSON.stringify(growing.details[0]));
  const grewMiB = (Deno.memoryUsage().rss - rssBefore) / 2 ** 20;
  assert.ok(grewMiB < 512, `the process grew by ${Math.round(grewMiB)} MiB`);
  const after = await runTestsInSandbox(good, 'twoSum', cases, roomy);
  assert.deepEqual(after.passed, 2);
});

Deno.test('sandbox: runaway recursion is a stack overflow in the VM, not a crash of the host', async () => {
  const result = await runTestsInSandbox('function f() { return f() + 1; }', 'f', one('1'), roomy);
  assert.deepEqual([result.ran, result.passed], [true, 0]);
  assert.deepEqual(result.details[0]!.error, 'stack overflow');
  const recursive = await runTestsInSandbox('function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }', 'depth', [{
    input: '[1000]',
    expectedOutput: '1000',
  }], roomy);
  assert.deepEqual(recursive.passed, 1);
});

Deno.test('sandbox: if the host stack overflows first, the case fails and the next case gets a new engine', async () => {
  // A QuickJS stack limit above what the host thread has: the host's RangeError, not the VM's check, stops it.
  const limits = { ...DEFAULT_LIMITS, stackBytes: 4 * 2 ** 20 };
  const code = 'function f(n) { return n ? f(n) + 1 : 1; }';
  const result = await runTestsInSandbox(code, 'f', [{ input: '[1]', expectedOutput: '1' }, { input: '[0]', expectedOutput: '1' }], {
    ...roomy,
    limits,
  });
  assert.deepEqual(result.details.map((d) => [d.passed, d.error]), [[false, 'stack overflow'], [true, undefined]]);
  assert.ok(result.error?.startsWith('The sandbox stopped: '), result.error); // the engine crash path, not the VM's check
});

Deno.test('sandbox: no access to the host: no Deno, network, process, modules or env', async () => {
  const probes = [
    'typeof Deno',
    'typeof fetch',
    'typeof process',
    'typeof require',
    'typeof std',
    'typeof os',
    'typeof WebAssembly',
    '(() => 1).constructor("return typeof Deno")()',
    'eval("typeof fetch")',
  ];
  for (const probe of probes) {
    const result = await runTestsInSandbox(`function f() { return ${probe}; }`, 'f', one('"undefined"'), roomy);
    assert.deepEqual(result.passed, 1, `${probe} → ${JSON.stringify(result.details[0])}`);
  }
  Deno.env.set('SANDBOX_SECRET', 'top-secret');
  try {
    const code = 'async function f() { return (await import("node:process")).env.SANDBOX_SECRET; }';
    const imported = await runTestsInSandbox(code, 'f', one('"top-secret"'), roomy);
    assert.deepEqual(imported.passed, 0);
    assert.ok(imported.details[0]!.actual !== 'top-secret', JSON.stringify(imported.details[0]));
  } finally {
    Deno.env.delete('SANDBOX_SECRET');
  }
});

Deno.test('sandbox: patched builtins cannot forge results (comparison happens outside the VM)', async () => {
  const forgeries = [
    'const push = Array.prototype.push; Array.prototype.push = function (...items) { for (const r of items) if (r && typeof r === "object" && "passed" in r) r.passed = true; return push.apply(this, items); };',
    'Object.prototype.toJSON = function () { return 1; };',
    'Array.prototype.toJSON = function () { return "same"; };',
    'const stringify = JSON.stringify; JSON.stringify = (v) => (Array.isArray(v) ? "[0,1]" : stringify(v));',
    'Object.defineProperty(Object.prototype, "passed", { get() { return true; }, set() {} });',
    'globalThis.Reflect = { apply: () => [0, 1] };',
  ];
  for (const forgery of forgeries) {
    const result = await runTestsInSandbox(`${forgery}\nfunction twoSum() { return [1, 1]; }`, 'twoSum', cases, roomy);
    assert.deepEqual([result.ran, result.passed, result.timed_out], [true, 0, false], `${forgery} → ${JSON.stringify(result.details)}`);
  }
});

Deno.test('sandbox: the word import in strings or comments is fine; import statements are refused clearly', async () => {
  const code = `// import helpers from 'nowhere' — just a comment
function label() { const text = "import x from 'y'"; return text.slice(0, 6) + " ok"; }`;
  const words = await runTestsInSandbox(code, 'label', one('"import ok"'), roomy);
  assert.deepEqual(words.passed, 1, JSON.stringify(words.details));
  for (const moduleCode of ['import { x } from "y";\nfunction f() { return 1; }', 'export function f() { return 1; }', 'import "y";']) {
    const result = await runTestsInSandbox(moduleCode, 'f', one('1'), roomy);
    assert.deepEqual(result.passed, 0);
    assert.ok(result.details[0]!.error?.startsWith('import/export statements are not supported'), result.details[0]!.error);
  }
  // Errors that are not about module syntax keep their own message.
  const thrown = await runTestsInSandbox('throw new Error("top level");\nfunction f() { return 1; }', 'f', one('1'), roomy);
  assert.deepEqual(thrown.details[0]!.error, 'top level');
  const runtimeSyntax = await runTestsInSandbox('const data = JSON.parse("{bad");\nfunction f() { return 1; }', 'f', one('1'), roomy);
  assert.ok(!runtimeSyntax.details[0]!.error?.startsWith('import/export'), runtimeSyntax.details[0]!.error);
  const broken = await runTestsInSandbox('function f() { return 1 +; }', 'f', one('1'), roomy);
  assert.ok(!broken.details[0]!.error?.startsWith('import/export'), broken.details[0]!.error);
});

Deno.test('sandbox: values that are not JSON fail the case instead of passing', async () => {
  const undef = await runTestsInSandbox('function f() { return undefined; }', 'f', one('null'), roomy);
  assert.deepEqual([undef.passed, undef.details[0]!.actual], [0, null]);
  const bigint = await runTestsInSandbox('function f() { return 1n; }', 'f', one('1'), roomy);
  assert.deepEqual(bigint.passed, 0);
  assert.ok(bigint.details[0]!.error, JSON.stringify(bigint.details[0]));
  const tooLong = await runTestsInSandbox('x'.repeat(MAX_CODE_CHARS + 1), 'f', one('1'));
  assert.deepEqual(tooLong.passed, 0);
});

Deno.test('sandbox: concurrent runs are independent', async () => {
  const [loop, hog, ok] = await Promise.all([
    runTestsInSandbox('function twoSum() { for (;;) {} }', 'twoSum', cases, { timeoutMs: 400, caseTimeoutMs: 200 }),
    runTestsInSandbox('function twoSum() { const a = []; for (;;) a.push("x".repeat(1e5)); }', 'twoSum', cases, { timeoutMs: 10_000 }),
    runTestsInSandbox(good, 'twoSum', cases, roomy),
  ]);
  assert.deepEqual([loop.timed_out, loop.passed], [true, 0]);
  assert.deepEqual(hog.passed, 0);
  assert.deepEqual([ok.passed, ok.timed_out], [2, false]);
});

Deno.test('engine: the wasm is compiled once per isolate; engines from it share no state', async () => {
  const instantiate = WebAssembly.instantiate;
  const [first, second] = await Promise.all([newEngine(), newEngine()]);
  const third = await newEngine();
  assert(reusesCompiledModule(), 'engines instantiate the module compiled by the first one');
  assert(WebAssembly.instantiate === instantiate, 'WebAssembly.instantiate is the original again');
  const contexts = [first, second, third].map((engine) => engine.newContext());
  try {
    contexts[0]!.unwrapResult(contexts[0]!.evalCode('globalThis.leak = 42')).dispose();
    for (const vm of contexts.slice(1)) {
      const seen = vm.unwrapResult(vm.evalCode('typeof globalThis.leak'));
      assert.equal(vm.dump(seen), 'undefined');
      seen.dispose();
    }
  } finally {
    for (const vm of contexts) vm.dispose();
  }
  const result = await runTestsInSandbox(good, 'twoSum', cases, roomy);
  assert.deepEqual([result.ran, result.passed], [true, 2]);
});

Deno.test('engine: a run reuses an idle engine, and sees nothing of the runs before it', async () => {
  const writer = `function f() {
    globalThis.secret = 'previous user';
    Object.prototype.leaked = 1;
    const bytes = new Uint8Array(new ArrayBuffer(1 << 20));
    bytes.fill(7);
    return 'x'.repeat(1 << 16).length + bytes[0];
  }`;
  const first = await runTestsInSandbox(writer, 'f', one(String((1 << 16) + 7)), roomy);
  assert.deepEqual(first.passed, 1);
  const idle = idleEngineCount();
  assert.ok(idle >= 1, 'the engine of a finished run waits for the next one');
  const reader = `function f() {
    const bytes = new Uint8Array(new ArrayBuffer(1 << 20));
    return [typeof globalThis.secret, 'leaked' in {}, bytes.every((b) => b === 0)];
  }`;
  const second = await runTestsInSandbox(reader, 'f', one('["undefined",false,true]'), roomy);
  assert.deepEqual(second.details.map((d) => [d.passed, d.actual]), [[true, ['undefined', false, true]]]);
  assert.equal(idleEngineCount(), idle, 'the second run took the idle engine and gave it back');
});

Deno.test('engine: an engine whose memory grew is not kept for the next run', async () => {
  await runTestsInSandbox(good, 'twoSum', cases, roomy); // at least one idle engine
  const idle = idleEngineCount();
  const grow = 'function f() { const a = []; for (let i = 0; i < 40; i++) a.push(new Array(1e5).fill(i)); return a.length; }';
  const result = await runTestsInSandbox(grow, 'f', one('40'), roomy);
  assert.deepEqual(result.passed, 1);
  assert.equal(idleEngineCount(), idle - 1, 'the grown engine was dropped');
});
