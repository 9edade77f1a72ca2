// Server-side re-run of a coding answer's test cases in QuickJS compiled to WebAssembly (see quickjs.ts).
//
// Same contract as the browser's runner and the seed generator's: `input` is the JSON of the argument
// array, `fn(...args)` is called on a fresh instance of the code per case (a fresh QuickJS runtime and
// context), results are compared by their JSON text. What crosses the VM boundary is plain data only:
// the arguments go in as a JSON string and are parsed inside the VM, the return value comes out as the
// JSON string made by the JSON.stringify captured before the submitted code ran, and the host parses it
// and compares it with the expected value, which never enters the VM. Nothing the code patches (array
// methods, toJSON, JSON itself) can touch the comparison or the pass count.
//
// The code is evaluated as a strict script with no module loader: the word `import` in a string or a
// comment is just text, an import/export statement is a syntax error reported as such, and a dynamic
// import() can load nothing.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'npm:quickjs-emscripten-core@0.32.0';
import { DEFAULT_LIMITS, ENGINE_NAME, type EngineLimits, releaseEngine, takeEngine } from './quickjs.ts';

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
  isolation: typeof ENGINE_NAME | 'none';
  timed_out: boolean;
  duration_ms: number;
  error?: string;
}

// Hosted Edge Functions get 2 s of CPU per request; a runaway answer must leave room for the rest of the
// request (scoring, database writes) or the whole request is killed and the answer stays unscored.
export const DEFAULT_RUN_TIMEOUT_MS = 1500;
export const DEFAULT_CASE_TIMEOUT_MS = 500;

export interface SandboxOptions {
  /** Wall-clock budget of the whole run, all cases together. */
  timeoutMs?: number;
  /** Budget of one case (evaluating the code and calling the function); capped by what is left of the run's. */
  caseTimeoutMs?: number;
  limits?: EngineLimits;
}

/** Same limit as the database's on a stored code answer. */
export const MAX_CODE_CHARS = 50_000;
/** A longer actual value is still compared, but not stored in test_results. */
const MAX_STORED_OUTPUT_CHARS = 10_000;
const TIME_LIMIT = 'time limit exceeded';
const MODULE_SYNTAX = 'import/export statements are not supported: submit the function as plain code, without modules.';

// QuickJS checks its interrupt handler only every 10,000 calls or loop iterations, and a builtin runs to
// completion in C: a loop of `new Array(1e6).fill(1)` would run for minutes between two checks. So the
// builtins whose work grows with their input are wrapped: after the original returns, the wrapper runs an
// empty loop of one iteration per 32 elements handled (a few % of the builtin's own cost), so the handler
// is reached about every 320,000 elements of builtin work. O(1) builtins (push, pop, charAt, …) are left
// alone: they are hot in ordinary code and a call already counts as one check.
export const PACED_BUILTINS: Record<string, string[]> = {
  'Array.prototype': [
    'concat',
    'copyWithin',
    'fill',
    'flat',
    'includes',
    'indexOf',
    'join',
    'lastIndexOf',
    'reverse',
    'shift',
    'slice',
    'sort',
    'splice',
    'toLocaleString',
    'toReversed',
    'toSorted',
    'toSpliced',
    'toString',
    'unshift',
    'with',
  ],
  'Array': ['from', 'of'],
  'String.prototype': [
    'concat',
    'endsWith',
    'includes',
    'indexOf',
    'lastIndexOf',
    'localeCompare',
    'normalize',
    'padEnd',
    'padStart',
    'repeat',
    'replace',
    'replaceAll',
    'slice',
    'split',
    'startsWith',
    'substr',
    'substring',
    'toLocaleLowerCase',
    'toLocaleUpperCase',
    'toLowerCase',
    'toUpperCase',
    'trim',
    'trimEnd',
    'trimStart',
  ],
  'Object': ['assign', 'entries', 'fromEntries', 'getOwnPropertyNames', 'keys', 'values'],
  'JSON': ['parse', 'stringify'],
  'Object.getPrototypeOf(Int8Array.prototype)': [
    'copyWithin',
    'fill',
    'includes',
    'indexOf',
    'join',
    'lastIndexOf',
    'reverse',
    'set',
    'slice',
    'sort',
    'toReversed',
    'toSorted',
    'with',
  ],
  'ArrayBuffer.prototype': ['slice'],
};
// A wrapper is a method (not a constructor, like the builtins) named as the original, declaring as many parameters
// as the original's length so that it has the same `length` without a defineProperty; it passes `arguments` on
// as they came. The wrapped builtins are writable data properties, so an assignment replaces them and keeps
// their attributes. Per case this is most of the prelude's cost, hence no descriptor objects here.
const PACED_CALL =
  'const result = apply(original, this, arguments); pace(max(sizeOf(this), sizeOf(result), sizeOf(arguments[0]))); return result;';
const DECLARED_ARITIES = 4; // 0-3 parameters: the longest of PACED_BUILTINS has 3
const MAKERS = Array.from({ length: DECLARED_ARITIES }, (_, arity) => {
  const params = Array.from({ length: arity }, (_, i) => `p${i}`).join(', ');
  return `(name, original) => ({ [name](${params}) { ${PACED_CALL} } })[name]`;
});
const PACING = String.raw`{
  const max = Math.max;
  const sizeOf = (value) => {
    if (typeof value === 'string') return value.length;
    if (value === null || typeof value !== 'object') return 0;
    const length = value.length;
    return typeof length === 'number' ? length : 0;
  };
  const pace = (size) => {
    for (let i = size >>> 5; i > 0; i--);
  };
  const makers = [
    ${MAKERS.join(',\n    ')},
  ];
  const defineLength = Object.defineProperty;
  const maker = (arity) =>
    makers[arity] ?? ((name, original) => defineLength(makers[0](name, original), 'length', { value: arity }));
  const wrap = (owner, names) => {
    for (const name of names) {
      const original = owner[name];
      if (typeof original !== 'function') continue;
      owner[name] = maker(original.length)(name, original);
    }
  };
  ${Object.entries(PACED_BUILTINS).map(([owner, names]) => `wrap(${owner}, ${JSON.stringify(names)});`).join('\n  ')}
}`;

// Evaluated in every fresh context before the submitted code, so the functions it returns hold the
// original JSON.parse/JSON.stringify/Reflect.apply whatever the code does to the globals afterwards.
const PRELUDE = String.raw`(() => {
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const apply = Reflect.apply;
  const isArray = Array.isArray;
  const toText = String;
  const noop = () => {};
  globalThis.console = { log: noop, info: noop, warn: noop, error: noop, debug: noop };
  ${PACING}
  const call = (fn, argsJson) => {
    const args = parse(argsJson);
    return apply(fn, undefined, isArray(args) ? args : [args]);
  };
  const serialize = (value) => stringify(value);
  const describe = (error) => {
    try {
      const message = error !== null && typeof error === 'object' && 'message' in error ? error.message : error;
      return toText(message);
    } catch {
      return 'an error was thrown';
    }
  };
  return [call, serialize, describe];
})()`;

type CaseOutcome =
  | { kind: 'returned'; json: string | undefined }
  | { kind: 'failed'; error: string }
  | { kind: 'timed_out' };

/** A failure of the engine itself (not of the submitted code): its wasm instance must not be reused. */
class EngineCrash extends Error {}

const parseIfJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const messageOf = (error: unknown) => (error as Error)?.message ?? String(error);

/** Runs one case in a fresh runtime + context of `engine`; throws EngineCrash if the engine broke. */
function runCase(
  engine: QuickJSWASMModule,
  limits: EngineLimits,
  code: string,
  functionName: string,
  argsJson: string,
  deadline: number,
): CaseOutcome {
  let interrupted = false;
  let runtime: QuickJSRuntime | undefined;
  let context: QuickJSContext | undefined;
  const handles: QuickJSHandle[] = [];
  const own = (handle: QuickJSHandle) => (handles.push(handle), handle);
  let outcome: CaseOutcome;
  try {
    runtime = engine.newRuntime({
      memoryLimitBytes: limits.heapBytes,
      maxStackSizeBytes: limits.stackBytes,
      interruptHandler: () => (interrupted ||= performance.now() > deadline),
    });
    context = runtime.newContext();
    outcome = evaluate(context, own, () => interrupted, code, functionName, argsJson);
  } catch (error) {
    // A host exception inside wasm (e.g. V8's own stack limit) leaves QuickJS in an unknown state: nothing
    // more is called on this instance, not even dispose; the caller drops it.
    throw new EngineCrash(messageOf(error));
  }
  try {
    for (const handle of handles.reverse()) if (handle.alive) handle.dispose();
    context.dispose();
    runtime.dispose();
  } catch (error) {
    throw new EngineCrash(`the sandbox could not clean up: ${messageOf(error)}`);
  }
  return outcome;
}

function evaluate(
  context: QuickJSContext,
  own: (handle: QuickJSHandle) => QuickJSHandle,
  wasInterrupted: () => boolean,
  code: string,
  functionName: string,
  argsJson: string,
): CaseOutcome {
  const prelude = context.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true });
  if (prelude.error) {
    own(prelude.error);
    if (wasInterrupted()) return { kind: 'timed_out' }; // a budget too small for even the prelude (or a very loaded host)
    throw new Error('the sandbox prelude failed');
  }
  const helpers = own(prelude.value);
  const [call, serialize, describe] = [0, 1, 2].map((index) => own(context.getProp(helpers, index)));

  const failure = (errorHandle: QuickJSHandle): CaseOutcome => {
    own(errorHandle);
    if (wasInterrupted()) return { kind: 'timed_out' };
    const described = context.callFunction(describe, context.undefined, errorHandle);
    if (described.error) {
      own(described.error);
      return wasInterrupted() ? { kind: 'timed_out' } : { kind: 'failed', error: 'an error was thrown' };
    }
    const text = own(described.value);
    return { kind: 'failed', error: context.typeof(text) === 'string' ? context.getString(text).slice(0, 300) : 'an error was thrown' };
  };

  // Parse first (nothing of the code runs yet), so a SyntaxError here is about the code's syntax, never
  // one thrown by the code at run time.
  const parsed = context.evalCode(code, 'solution.js', { type: 'global', strict: true, compileOnly: true });
  if (parsed.error) {
    const outcome = failure(parsed.error);
    if (outcome.kind !== 'failed' || errorName(context, own, parsed.error) !== 'SyntaxError') return outcome;
    const moduleCode = isModuleCode(context, own, code);
    if (wasInterrupted()) return { kind: 'timed_out' };
    return moduleCode ? { kind: 'failed', error: MODULE_SYNTAX } : outcome;
  }
  own(parsed.value);
  const evaluated = context.evalCode(code, 'solution.js', { type: 'global', strict: true });
  if (evaluated.error) return failure(evaluated.error);
  own(evaluated.value);

  const lookup = context.evalCode(`typeof ${functionName} === 'function' ? ${functionName} : undefined`, 'lookup.js');
  if (lookup.error) return failure(lookup.error);
  const fn = own(lookup.value);
  if (context.typeof(fn) !== 'function') return { kind: 'failed', error: `function ${functionName} is not defined` };

  const returned = context.callFunction(call, context.undefined, fn, own(context.newString(argsJson)));
  if (returned.error) return failure(returned.error);
  const serialized = context.callFunction(serialize, context.undefined, own(returned.value));
  if (serialized.error) return failure(serialized.error);
  const json = own(serialized.value);
  return { kind: 'returned', json: context.typeof(json) === 'string' ? context.getString(json) : undefined };
}

/** The `name` of a thrown error object, if it has a string one. */
function errorName(context: QuickJSContext, own: (handle: QuickJSHandle) => QuickJSHandle, error: QuickJSHandle): string | undefined {
  if (context.typeof(error) !== 'object') return undefined;
  const name = own(context.getProp(error, 'name'));
  return context.typeof(name) === 'string' ? context.getString(name) : undefined;
}

/**
 * True when code that failed to parse as a script parses as an ES module: it uses import/export statements.
 * Compiling a module also links its imports, which fails without a module loader ("could not load
 * module"), and quickjs-emscripten reports a compiled module with exports as a failure without an error
 * value; only a SyntaxError means the code does not parse as a module either.
 */
function isModuleCode(context: QuickJSContext, own: (handle: QuickJSHandle) => QuickJSHandle, code: string): boolean {
  const compiled = context.evalCode(code, 'solution.mjs', { type: 'module', compileOnly: true });
  if (!compiled.error) return own(compiled.value) && true;
  return errorName(context, own, own(compiled.error)) !== 'SyntaxError';
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
// Between two cases a run gives the event loop back once it has held it this long, so a run blocks other
// requests for at most one case's budget plus this. Quick cases run back to back: a timer turn per case cost
// more CPU than a trivial case itself and added ~1-2 ms of latency per case.
const YIELD_AFTER_MS = 2;

export async function runTestsInSandbox(
  code: string,
  functionName: string,
  cases: SandboxCase[],
  options: SandboxOptions = {},
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
  if (code.length > MAX_CODE_CHARS) {
    const error = `The code is too long to run (over ${MAX_CODE_CHARS} characters).`;
    return done({
      ran: true,
      isolation: ENGINE_NAME,
      error,
      details: cases.map((c) => ({ description: c.description, passed: false, error })),
    });
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  const caseTimeoutMs = Math.min(options.caseTimeoutMs ?? DEFAULT_CASE_TIMEOUT_MS, timeoutMs);

  let engine: QuickJSWASMModule | undefined;
  try {
    engine = await takeEngine(limits);
  } catch (error) {
    return done({ error: `could not start the sandbox: ${(error as Error).message}` });
  }
  const runDeadline = performance.now() + timeoutMs;
  let heldSince = performance.now();
  const details: SandboxCaseResult[] = [];
  let timedOut = false;
  let crash: string | undefined;
  for (const [index, testCase] of cases.entries()) {
    if (index > 0 && performance.now() - heldSince >= YIELD_AFTER_MS) {
      await pause();
      heldSince = performance.now();
    }
    const description = testCase.description;
    let input: unknown;
    let expected: unknown;
    try {
      input = parseIfJson(testCase.input);
      expected = parseIfJson(testCase.expectedOutput);
    } catch (e) {
      details.push({ description, passed: false, error: `bad test case: ${(e as Error).message}` });
      continue;
    }
    const now = performance.now();
    if (now >= runDeadline) {
      timedOut = true;
      details.push({ description, passed: false, input, expected, error: TIME_LIMIT });
      continue;
    }
    let outcome: CaseOutcome;
    try {
      engine ??= await takeEngine(limits);
      const argsJson = JSON.stringify(Array.isArray(input) ? input : [input]);
      outcome = runCase(engine, limits, code, functionName, argsJson, Math.min(now + caseTimeoutMs, runDeadline));
    } catch (error) {
      if (!(error instanceof EngineCrash)) throw error;
      engine = undefined; // the next case gets a new instance
      crash = error.message;
      outcome = {
        kind: 'failed',
        error: /call stack|stack overflow/i.test(crash) ? 'stack overflow' : 'the sandbox stopped running this code',
      };
    }
    if (outcome.kind === 'timed_out') {
      timedOut = true;
      details.push({ description, passed: false, input, expected, error: TIME_LIMIT });
    } else if (outcome.kind === 'failed') {
      details.push({ description, passed: false, input, expected, error: outcome.error });
    } else {
      details.push({ description, ...compare(outcome.json, input, expected) });
    }
  }
  if (engine) releaseEngine(engine, limits); // every case disposed its runtime; a crashed engine is undefined here
  return done({
    ran: true,
    isolation: ENGINE_NAME,
    details,
    passed: details.filter((d) => d.passed).length,
    timed_out: timedOut,
    ...(timedOut
      ? { error: `Time limit exceeded (${caseTimeoutMs} ms per test, ${timeoutMs} ms in all): infinite loop or too slow.` }
      : crash
      ? { error: `The sandbox stopped: ${crash}` }
      : {}),
  });
}

/** Compares in the host: the VM's JSON text, parsed here, against the expected value that never entered the VM. */
function compare(json: string | undefined, input: unknown, expected: unknown): SandboxCaseResult {
  let actual: unknown;
  try {
    actual = json === undefined ? undefined : JSON.parse(json);
  } catch {
    return { passed: false, input, expected, error: 'the returned value could not be read' };
  }
  const passed = actual !== undefined && JSON.stringify(actual) === JSON.stringify(expected);
  const stored = json !== undefined && json.length > MAX_STORED_OUTPUT_CHARS
    ? `(a value of ${json.length} characters of JSON, not stored)`
    : actual ?? null;
  return { passed, input, expected, actual: stored };
}
