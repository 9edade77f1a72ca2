// Server-side re-run of a coding answer's test cases in an isolated Deno Worker.
//
// Isolation, strongest available first:
//   1. `deno: { permissions: 'none' }` — no env, net, files, run. Needs the runtime started with
//      --unstable-worker-options (without it Deno EXITS the process, it does not throw), so it is opt-in:
//      SANDBOX_WORKER_PERMISSIONS=none (the local stack and `npm run test:deno` start Deno that way).
//   2. Otherwise (hosted edge runtime, plain `deno run`): a worker that, before the untrusted code is
//      compiled, deletes every global that is not a plain ECMAScript builtin (Deno, fetch, process,
//      WebSocket, Worker, ...), removes eval and the Function constructors reachable via
//      `.constructor`, and rejects code containing `import`/`require` (dynamic import is syntax, not a
//      global). Env/secrets of the function are therefore unreachable from the answer's code.
// In both cases: a wall-clock limit (the worker is terminated), results compared by JSON.stringify
// exactly like the seed generator's runner (`fn(...JSON.parse(input))`).

export interface SandboxCase {
  /** JSON string of the argument array (bank format) or the array itself. */
  input: unknown;
  expectedOutput: unknown;
  description?: string;
}

export interface SandboxCaseResult {
  description?: string;
  passed: boolean;
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  error?: string;
}

export interface SandboxResult {
  ran: boolean;
  passed: number;
  total: number;
  details: SandboxCaseResult[];
  isolation: 'permissions-none' | 'hardened-worker' | 'none';
  timed_out: boolean;
  duration_ms: number;
  error?: string;
}

const WORKER_SOURCE = String.raw`
const post = globalThis.postMessage.bind(globalThis);
const FunctionCtor = Function;
const stringify = JSON.stringify;
const parse = JSON.parse;
const KEEP = new Set(['Object','Function','Array','Number','parseFloat','parseInt','Infinity','NaN','undefined',
  'Boolean','String','Symbol','Date','Promise','RegExp','Error','AggregateError','EvalError','RangeError',
  'ReferenceError','SyntaxError','TypeError','URIError','globalThis','JSON','Math','Intl','ArrayBuffer',
  'Uint8Array','Int8Array','Uint16Array','Int16Array','Uint32Array','Int32Array','Float32Array','Float64Array',
  'Uint8ClampedArray','BigInt64Array','BigUint64Array','DataView','BigInt','Map','Set','WeakMap','WeakSet',
  'WeakRef','Proxy','Reflect','decodeURI','decodeURIComponent','encodeURI','encodeURIComponent','isFinite','isNaN',
  'console','structuredClone','TextEncoder','TextDecoder','queueMicrotask','Iterator']);
function lockdown() {
  let target = globalThis;
  while (target && target !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(target)) {
      if (KEEP.has(key) || key === 'constructor') continue;
      try { delete target[key]; } catch {}
      try { if (Object.getOwnPropertyDescriptor(target, key)) Object.defineProperty(target, key, { value: undefined, writable: false, configurable: false }); } catch {}
    }
    for (const sym of Object.getOwnPropertySymbols(target)) { try { delete target[sym]; } catch {} }
    target = Object.getPrototypeOf(target);
  }
  const kinds = [function () {}, async function () {}, function* () {}, async function* () {}];
  for (const fn of kinds) {
    try { Object.defineProperty(Object.getPrototypeOf(fn), 'constructor', { value: undefined, writable: false, configurable: false }); } catch {}
  }
  try { delete globalThis.Function; } catch {}
  globalThis.console = { log() {}, info() {}, warn() {}, error() {}, debug() {} };
}
globalThis.addEventListener('message', (event) => {
  const { code, functionName, cases } = event.data;
  lockdown();
  const results = [];
  for (const tc of cases) {
    let input;
    let expected;
    try {
      input = typeof tc.input === 'string' ? parse(tc.input) : tc.input;
      expected = typeof tc.expectedOutput === 'string' ? parse(tc.expectedOutput) : tc.expectedOutput;
    } catch (e) { results.push({ passed: false, error: 'bad test case: ' + e.message }); continue; }
    try {
      const fn = FunctionCtor('"use strict";\n' + code + '\n;return typeof ' + functionName + ' === "function" ? ' + functionName + ' : undefined;')();
      if (typeof fn !== 'function') { results.push({ passed: false, input, expected, error: 'function ' + functionName + ' is not defined' }); continue; }
      const actual = fn(...(Array.isArray(input) ? input : [input]));
      const a = stringify(actual);
      results.push({ passed: a === stringify(expected), input, expected, actual: a === undefined ? null : parse(a) });
    } catch (e) {
      results.push({ passed: false, input, expected, error: String(e && e.message || e).slice(0, 300) });
    }
  }
  post({ results });
});
`;

let workerUrl: string | undefined;
function url(): string {
  workerUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'application/javascript' }));
  return workerUrl;
}

/** Static screen for the fallback isolation (import() is syntax and cannot be removed as a global). */
export function screenCode(code: string): string | undefined {
  if (/\bimport\b/.test(code)) return 'Imports are not allowed in submitted code.';
  if (/\brequire\s*\(/.test(code)) return 'require() is not available in submitted code.';
  return undefined;
}

function spawn(): { worker: Worker; isolation: SandboxResult['isolation'] } {
  let optIn = false;
  try {
    optIn = Deno.env.get('SANDBOX_WORKER_PERMISSIONS') === 'none';
  } catch { /* no env permission */ }
  if (optIn) {
    const worker = new Worker(url(), { type: 'module', deno: { permissions: 'none' } } as WorkerOptions);
    return { worker, isolation: 'permissions-none' };
  }
  return { worker: new Worker(url(), { type: 'module' }), isolation: 'hardened-worker' };
}

export async function runTestsInSandbox(
  code: string,
  functionName: string,
  cases: SandboxCase[],
  options: { timeoutMs?: number } = {},
): Promise<SandboxResult> {
  const started = performance.now();
  const base = { passed: 0, total: cases.length, details: [] as SandboxCaseResult[], timed_out: false };
  const done = (r: Partial<SandboxResult>): SandboxResult => ({
    ran: false,
    isolation: 'none',
    ...base,
    ...r,
    duration_ms: Math.round(performance.now() - started),
  });
  if (!/^[A-Za-z_$][\w$]*$/.test(functionName)) return done({ error: 'invalid function name' });
  if (!cases.length) return done({ error: 'no test cases' });
  if (typeof Worker === 'undefined') return done({ error: 'Workers are not available in this runtime' });
  const screened = screenCode(code);
  if (screened) {
    return done({
      ran: true,
      error: screened,
      details: cases.map((c) => ({ description: c.description, passed: false, error: screened })),
    });
  }
  let spawned: ReturnType<typeof spawn>;
  try {
    spawned = spawn();
  } catch (error) {
    return done({ error: `could not start a worker: ${(error as Error).message}` });
  }
  const { worker, isolation } = spawned;
  const timeoutMs = options.timeoutMs ?? 3000;
  try {
    const outcome = await new Promise<{ results: SandboxCaseResult[] } | 'timeout' | { error: string }>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      worker.onmessage = (event) => {
        clearTimeout(timer);
        resolve(event.data as { results: SandboxCaseResult[] });
      };
      worker.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        resolve({ error: event.message ?? 'worker error' });
      };
      worker.postMessage({ code, functionName, cases: cases.map((c) => ({ input: c.input, expectedOutput: c.expectedOutput })) });
    });
    if (outcome === 'timeout') {
      return done({
        ran: true,
        isolation,
        timed_out: true,
        error: `Time limit of ${timeoutMs} ms exceeded (infinite loop or too slow).`,
        details: cases.map((c) => ({ description: c.description, passed: false, error: 'time limit exceeded' })),
      });
    }
    if ('error' in outcome) return done({ ran: true, isolation, error: outcome.error });
    const details = outcome.results.map((r, i) => ({ ...r, description: cases[i]?.description }));
    return done({ ran: true, isolation, details, passed: details.filter((d) => d.passed).length });
  } finally {
    worker.terminate();
  }
}
