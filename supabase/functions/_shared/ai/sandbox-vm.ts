// Running the submitted code inside one engine (see sandbox.ts for the contract): a case either in a context of
// its own, or in a context shared by the cases of one run whose global object and builtins are frozen.
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'npm:quickjs-emscripten-core@0.32.0';
import type { EngineLimits } from './quickjs.ts';
import { FREEZE_REALM, PRELUDE } from './sandbox-prelude.ts';

export type CaseOutcome =
  | { kind: 'returned'; json: string | undefined }
  | { kind: 'failed'; error: string }
  | { kind: 'timed_out' };

/** A failure of the engine itself (not of the submitted code): its wasm instance must not be reused. */
export class EngineCrash extends Error {}

const MODULE_SYNTAX = 'import/export statements are not supported: submit the function as plain code, without modules.';

const messageOf = (error: unknown) => (error as Error)?.message ?? String(error);

type Own = (handle: QuickJSHandle) => QuickJSHandle;

/** A QuickJS runtime + context whose interrupt handler stops whatever runs past the current deadline. */
class Vm {
  readonly runtime: QuickJSRuntime;
  readonly context: QuickJSContext;
  deadline = 0;
  interrupted = false;
  private readonly handles: QuickJSHandle[] = [];

  constructor(engine: QuickJSWASMModule, limits: EngineLimits) {
    this.runtime = engine.newRuntime({
      memoryLimitBytes: limits.heapBytes,
      maxStackSizeBytes: limits.stackBytes,
      interruptHandler: () => (this.interrupted ||= performance.now() > this.deadline),
    });
    this.context = this.runtime.newContext();
  }

  startCase(deadline: number) {
    this.deadline = deadline;
    this.interrupted = false;
  }

  readonly own: Own = (handle) => (this.handles.push(handle), handle);

  /** Disposes the handles taken since `mark` (all of them by default), newest first. */
  release(mark = 0) {
    for (const handle of this.handles.splice(mark).reverse()) if (handle.alive) handle.dispose();
  }

  get mark() {
    return this.handles.length;
  }

  dispose() {
    this.release();
    this.context.dispose();
    this.runtime.dispose();
  }
}

// A host exception inside wasm (e.g. V8's own stack limit) leaves QuickJS in an unknown state: nothing more is
// called on its instance, not even dispose; the caller drops it.
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof EngineCrash ? error : new EngineCrash(messageOf(error));
  }
}

function disposeOrCrash(vm: Vm) {
  try {
    vm.dispose();
  } catch (error) {
    throw new EngineCrash(`the sandbox could not clean up: ${messageOf(error)}`);
  }
}

interface Helpers {
  call: QuickJSHandle;
  serialize: QuickJSHandle;
  describe: QuickJSHandle;
}

/** Evaluates the prelude; undefined when it was interrupted (a budget too small for even the prelude, or a very loaded host). */
function runPrelude(vm: Vm): Helpers | undefined {
  const { context, own } = vm;
  const prelude = context.evalCode(PRELUDE, 'prelude.js', { type: 'global', strict: true });
  if (prelude.error) {
    own(prelude.error);
    if (vm.interrupted) return undefined;
    throw new Error('the sandbox prelude failed');
  }
  const helpers = own(prelude.value);
  const [call, serialize, describe] = [0, 1, 2].map((index) => own(context.getProp(helpers, index)));
  return { call: call!, serialize: serialize!, describe: describe! };
}

function failure(vm: Vm, helpers: Helpers, errorHandle: QuickJSHandle): CaseOutcome {
  const { context, own } = vm;
  own(errorHandle);
  if (vm.interrupted) return { kind: 'timed_out' };
  const described = context.callFunction(helpers.describe, context.undefined, errorHandle);
  if (described.error) {
    own(described.error);
    return vm.interrupted ? { kind: 'timed_out' } : { kind: 'failed', error: 'an error was thrown' };
  }
  const text = own(described.value);
  return { kind: 'failed', error: context.typeof(text) === 'string' ? context.getString(text).slice(0, 300) : 'an error was thrown' };
}

/**
 * Calls the case's instance of the function with the arguments and returns its result as JSON text. `failed` turns
 * what the code threw into the case's outcome.
 */
function callWithArgs<T>(
  vm: Vm,
  fn: QuickJSHandle,
  argsJson: string,
  helpers: Helpers,
  failed: (error: QuickJSHandle) => T,
): CaseOutcome | T {
  const { context, own } = vm;
  const returned = context.callFunction(helpers.call, context.undefined, fn, own(context.newString(argsJson)));
  if (returned.error) return failed(returned.error);
  const serialized = context.callFunction(helpers.serialize, context.undefined, own(returned.value));
  if (serialized.error) return failed(serialized.error);
  const json = own(serialized.value);
  return { kind: 'returned', json: context.typeof(json) === 'string' ? context.getString(json) : undefined };
}

const notDefined = (functionName: string): CaseOutcome => ({ kind: 'failed', error: `function ${functionName} is not defined` });

/** Runs one case in a fresh runtime + context of `engine`; throws EngineCrash if the engine broke. */
export function runCaseInOwnContext(
  engine: QuickJSWASMModule,
  limits: EngineLimits,
  code: string,
  functionName: string,
  argsJson: string,
  deadline: number,
): CaseOutcome {
  const vm = guarded(() => new Vm(engine, limits));
  vm.startCase(deadline);
  const outcome = guarded(() => evaluateInOwnContext(vm, code, functionName, argsJson));
  disposeOrCrash(vm);
  return outcome;
}

function evaluateInOwnContext(vm: Vm, code: string, functionName: string, argsJson: string): CaseOutcome {
  const { context, own } = vm;
  const helpers = runPrelude(vm);
  if (!helpers) return { kind: 'timed_out' };
  // Parse first (nothing of the code runs yet), so a SyntaxError here is about the code's syntax, never
  // one thrown by the code at run time.
  const parsed = context.evalCode(code, 'solution.js', { type: 'global', strict: true, compileOnly: true });
  if (parsed.error) {
    const outcome = failure(vm, helpers, parsed.error);
    if (outcome.kind !== 'failed' || errorName(vm, parsed.error) !== 'SyntaxError') return outcome;
    const moduleCode = isModuleCode(vm, code);
    if (vm.interrupted) return { kind: 'timed_out' };
    return moduleCode ? { kind: 'failed', error: MODULE_SYNTAX } : outcome;
  }
  own(parsed.value);
  const evaluated = context.evalCode(code, 'solution.js', { type: 'global', strict: true });
  if (evaluated.error) return failure(vm, helpers, evaluated.error);
  own(evaluated.value);

  const lookup = context.evalCode(`typeof ${functionName} === 'function' ? ${functionName} : undefined`, 'lookup.js');
  if (lookup.error) return failure(vm, helpers, lookup.error);
  const fn = own(lookup.value);
  if (context.typeof(fn) !== 'function') return notDefined(functionName);
  return callWithArgs(vm, fn, argsJson, helpers, (error) => failure(vm, helpers, error));
}

/** The `name` of a thrown error object, if it has a string one. */
function errorName(vm: Vm, error: QuickJSHandle): string | undefined {
  const { context, own } = vm;
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
function isModuleCode(vm: Vm, code: string): boolean {
  const compiled = vm.context.evalCode(code, 'solution.mjs', { type: 'module', compileOnly: true });
  if (!compiled.error) return vm.own(compiled.value) && true;
  return errorName(vm, vm.own(compiled.error)) !== 'SyntaxError';
}

/**
 * One context for all the cases of a run, as the browser's runner uses one worker for them: the prelude runs
 * once, the code is compiled once into a function that declares it anew at each call, and each case calls that
 * function for an instance of its own (its top-level bindings are the case's). Unlike the browser's worker, the
 * shared part (the global object and everything reachable from it) is frozen before any case runs.
 *
 * A case that returned a value or threw an error of its own (an Error or ReferenceError, SyntaxError, … or a
 * subclass) ran as it would have in its own context, but for code that inspects or silently attempts writes to the
 * frozen builtins (Object.isFrozen, Reflect.set, sloppy code made with Function, a caught TypeError); no result of
 * an earlier case can reach it. Any other outcome may differ there (a write to a frozen builtin throws a TypeError
 * here and succeeds there; memory and stack run out at slightly different points): runCase reports it as
 * undefined, and the caller runs the case again in its own context and gives the rest of the run their own too.
 */
export class SharedRealm {
  private constructor(
    private readonly vm: Vm,
    private readonly helpers: Helpers,
    private readonly isOwnError: QuickJSHandle,
    private readonly instantiate: QuickJSHandle,
  ) {}

  /**
   * The realm for this code, or undefined when the code should run in contexts of its own: it does not parse
   * as a script (those report the error as before), or setting up did not finish by `deadline`.
   * Throws EngineCrash if the engine broke.
   */
  static open(engine: QuickJSWASMModule, limits: EngineLimits, code: string, functionName: string, deadline: number) {
    const vm = guarded(() => new Vm(engine, limits));
    vm.startCase(deadline);
    const realm = guarded(() => SharedRealm.prepare(vm, code, functionName));
    if (!realm) disposeOrCrash(vm);
    return realm;
  }

  private static prepare(vm: Vm, code: string, functionName: string): SharedRealm | undefined {
    const { context, own } = vm;
    const helpers = runPrelude(vm);
    if (!helpers) return undefined;
    const frozen = context.evalCode(FREEZE_REALM, 'freeze.js', { type: 'global', strict: true });
    if (frozen.error) return own(frozen.error) && undefined;
    const isOwnError = own(frozen.value);
    const parsed = context.evalCode(code, 'solution.js', { type: 'global', strict: true, compileOnly: true });
    if (parsed.error) return own(parsed.error) && undefined;
    own(parsed.value);
    // The code parses as a script, so it is a whole number of statements: it cannot close the arrow function
    // early, and a trailing line comment ends at the newline. An arrow function keeps the script's `this` and
    // has no `arguments` of its own.
    const source = `(() => {\n${code}\n;return typeof ${functionName} === 'function' ? ${functionName} : undefined;\n})`;
    const compiled = context.evalCode(source, 'solution.js', { type: 'global', strict: true });
    if (compiled.error) return own(compiled.error) && undefined;
    return new SharedRealm(vm, helpers, isOwnError, own(compiled.value));
  }

  /**
   * Runs one case: its outcome, or undefined when it may differ from a context of its own (see above). Throws
   * EngineCrash if the engine broke (then the realm is gone with the engine).
   */
  runCase(argsJson: string, deadline: number): CaseOutcome | undefined {
    const { vm, helpers } = this;
    const { context, own } = vm;
    const mark = vm.mark;
    vm.startCase(deadline);
    const failed = (error: QuickJSHandle) => {
      own(error);
      if (vm.interrupted) return { kind: 'timed_out' } as const;
      const checked = context.callFunction(this.isOwnError, context.undefined, error);
      if (checked.error) return own(checked.error) && undefined;
      return context.dump(own(checked.value)) === true ? failure(vm, helpers, error) : undefined;
    };
    const outcome = guarded(() => {
      const instance = context.callFunction(this.instantiate, context.undefined);
      if (instance.error) return failed(instance.error);
      const fn = own(instance.value);
      return context.typeof(fn) === 'function' ? callWithArgs(vm, fn, argsJson, helpers, failed) : undefined;
    });
    guarded(() => vm.release(mark));
    return outcome;
  }

  close() {
    disposeOrCrash(this.vm);
  }
}
