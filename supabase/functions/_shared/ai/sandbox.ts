// Server-side re-run of a coding answer's test cases in QuickJS compiled to WebAssembly (see quickjs.ts).
//
// Same contract as the browser's runner and the seed generator's: `input` is the JSON of the argument
// array, `fn(...args)` is called on a fresh instance of the code per case (its top-level bindings are new
// per case; see sandbox-vm.ts for what the cases of a run share), results are compared by their JSON text. What crosses the VM boundary is plain data only:
// the arguments go in as a JSON string and are parsed inside the VM, the return value comes out as the
// JSON string made by the JSON.stringify captured before the submitted code ran, and the host parses it
// and compares it with the expected value, which never enters the VM. Nothing the code patches (array
// methods, toJSON, JSON itself) can touch the comparison or the pass count.
//
// The code is evaluated as a strict script with no module loader: the word `import` in a string or a
// comment is just text, an import/export statement is a syntax error reported as such, and a dynamic
// import() can load nothing.
import type { QuickJSWASMModule } from 'npm:quickjs-emscripten-core@0.32.0';
import { DEFAULT_LIMITS, ENGINE_NAME, type EngineLimits, releaseEngine, takeEngine } from './quickjs.ts';
import { type CaseOutcome, EngineCrash, runCaseInOwnContext, SharedRealm } from './sandbox-vm.ts';

export { PACED_BUILTINS } from './sandbox-prelude.ts';

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
const parseIfJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/**
 * Where the cases of one run execute: a context shared by the run's cases (when there is more than one) until a
 * case's outcome there may differ from its own context's (SharedRealm); that case and the rest then run in contexts
 * of their own.
 */
class CaseRunner {
  private realm: SharedRealm | undefined;
  private shareable: boolean;

  constructor(
    private readonly limits: EngineLimits,
    private readonly code: string,
    private readonly functionName: string,
    caseCount: number,
  ) {
    this.shareable = caseCount > 1; // one case gains nothing from sharing and would pay for freezing
  }

  /** Throws EngineCrash if the engine broke; the realm went with it. */
  run(engine: QuickJSWASMModule, argsJson: string, deadlineOf: () => number): CaseOutcome {
    const { limits, code, functionName } = this;
    let deadline = deadlineOf();
    try {
      if (this.shareable && !this.realm) {
        this.realm = SharedRealm.open(engine, limits, code, functionName, deadline);
        this.shareable = this.realm !== undefined;
      }
      if (this.realm) {
        const outcome = this.realm.runCase(argsJson, deadline);
        if (outcome?.kind === 'returned' || outcome?.kind === 'failed') return outcome;
        this.close();
        if (outcome?.kind === 'timed_out') return outcome;
        deadline = deadlineOf(); // the case runs again in its own context, with the budget it would have had there
      }
    } catch (error) {
      this.realm = undefined;
      this.shareable = false;
      throw error;
    }
    return runCaseInOwnContext(engine, limits, code, functionName, argsJson, deadline);
  }

  /** Ends sharing: disposes the shared context; throws EngineCrash if that failed. */
  close() {
    const realm = this.realm;
    this.realm = undefined;
    this.shareable = false;
    realm?.close();
  }
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
  const runner = new CaseRunner(limits, code, functionName, cases.length);
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
      outcome = runner.run(engine, argsJson, () => Math.min(performance.now() + caseTimeoutMs, runDeadline));
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
  try {
    runner.close();
  } catch (error) {
    if (!(error instanceof EngineCrash)) throw error;
    engine = undefined;
  }
  if (engine) releaseEngine(engine, limits); // every runtime of the run is disposed; a crashed engine is undefined here
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
