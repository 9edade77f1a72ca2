// QuickJS compiled to WebAssembly: the engine that runs submitted code.
//
// Why this engine: it is an interpreter inside a wasm instance, so the host keeps control. An interrupt
// handler stops runaway code at a deadline (no thread is left spinning), the wasm memory has a hard
// maximum (an allocation past it fails inside the VM with "out of memory" instead of growing or
// aborting the host process), and the VM has no host bindings at all (no Deno, fetch, files, env or
// module loader). It runs unchanged on hosted Supabase's Edge Runtime: the single-file variant carries its
// .wasm inside the npm package's JavaScript, so nothing is read from disk or fetched at run time.
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'npm:quickjs-emscripten-core@0.32.0';
import releaseSync from 'npm:@jitl/quickjs-singlefile-mjs-release-sync@0.32.0';

export const ENGINE_NAME = 'quickjs-wasm';

const WASM_PAGE = 64 * 1024;
const MiB = 1024 * 1024;
/** The variant's own initial memory; the imported memory must be at least this large. */
const INITIAL_PAGES = (16 * MiB) / WASM_PAGE;

export interface EngineLimits {
  /**
   * Hard ceiling of the wasm linear memory: the VM's heap, its 5 MB C stack and static data all live in it.
   * This is the memory limit that actually holds: QuickJS built with Emscripten cannot measure freed blocks
   * (its malloc_usable_size is 0 there), so its own accounting only stops single oversized allocations.
   * When the memory cannot grow further, malloc fails and the VM throws "out of memory".
   */
  wasmMemoryBytes: number;
  /** QuickJS's own limit: refuses any single allocation above it before the memory even tries to grow. */
  heapBytes: number;
  /**
   * QuickJS's stack limit, well under the variant's 5 MB C stack (so the VM's check fires first). Deep
   * recursion in the VM also recurses on the host thread's native stack (wasm frames), so it must also stay
   * well under that or V8 throws RangeError first (handled as a crash of the instance); 256 KiB allows about
   * 1,500 nested calls of a small recursive function.
   */
  stackBytes: number;
}

export const DEFAULT_LIMITS: EngineLimits = { wasmMemoryBytes: 64 * MiB, heapBytes: 32 * MiB, stackBytes: 256 * 1024 };

// Compiling the engine's wasm is most of what a new engine costs (measured in Deno here: ~20 ms per engine
// compiled each time, ~3-7 ms instantiating one compiled module), so the compiled module is kept once per
// isolate and every engine instantiates it with a memory of its own: instances share no state.
let compiledModule: WebAssembly.Module | undefined;
let firstCompile: Promise<unknown> | undefined;

/**
 * Builds the isolate's first engine the ordinary way and keeps the module that build compiled. The single-file
 * variant hands its embedded bytes only to WebAssembly.instantiate, so that call is observed for the duration
 * of this one build; the module is kept only when exactly one was compiled meanwhile (nothing else in the
 * isolate compiled wasm at the same moment), otherwise every engine keeps compiling its own.
 */
async function buildKeepingModule<T>(build: () => Promise<T>): Promise<T> {
  const original = WebAssembly.instantiate;
  const compiled: WebAssembly.Module[] = [];
  const observed = (...args: Parameters<typeof WebAssembly.instantiate>) => {
    // deno-lint-ignore no-explicit-any
    const result: Promise<any> = (original as any).apply(WebAssembly, args);
    if (!(args[0] instanceof WebAssembly.Module)) {
      void result.then((r: { module?: WebAssembly.Module }) => r?.module && compiled.push(r.module), () => {});
    }
    return result;
  };
  (WebAssembly as { instantiate: unknown }).instantiate = observed;
  try {
    const engine = await build();
    if (compiled.length === 1) compiledModule = compiled[0];
    return engine;
  } finally {
    if (WebAssembly.instantiate === (observed as unknown)) (WebAssembly as { instantiate: unknown }).instantiate = original;
  }
}

/**
 * A fresh wasm instance with its own capped memory. One sandbox run at a time uses it: runs never share memory
 * at the same time (so one run's allocations cannot starve another running concurrently), and a run whose
 * instance crashed (a host exception inside wasm leaves QuickJS in an unknown state) simply abandons it to
 * the garbage collector.
 */
export async function newEngine(limits: EngineLimits = DEFAULT_LIMITS): Promise<QuickJSWASMModule> {
  const maximum = Math.max(INITIAL_PAGES, Math.floor(limits.wasmMemoryBytes / WASM_PAGE));
  const wasmMemory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum });
  if (!compiledModule && firstCompile) await firstCompile.catch(() => {});
  const remember = (engine: QuickJSWASMModule) => (memoryOf.set(engine, wasmMemory), engine);
  if (compiledModule) {
    return remember(await newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory, wasmModule: compiledModule })));
  }
  const build = () => newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory }));
  if (firstCompile) return remember(await build()); // keeping the module did not work out: compile per engine, as before
  const engine = buildKeepingModule(build);
  firstCompile = engine;
  return remember(await engine);
}

// A run takes an idle engine when there is one and gives it back afterwards, so a typical run instantiates
// nothing (instantiating, the new memory and collecting the old instance were ~1.5-3 ms of CPU per run). What a
// run leaves in a reused instance is only freed allocator memory: every QuickJS runtime and context of the run is
// disposed before the engine is given back, and nothing in the VM can read memory it did not
// allocate (QuickJS zeroes new ArrayBuffers). An engine is reused only while it is exactly as it started: never
// after a crash (the run drops it) and never once its memory has grown (it would keep up to the ceiling
// resident); one run uses an engine at a time, so concurrent runs still never share memory.
// Coding answers scored at the same moment each need an engine of their own; a worker keeps up to this many for the
// next runs (an idle engine holds its initial 16 MiB of memory, of which QuickJS has touched a few).
const MAX_IDLE_ENGINES = 4;
const idleEngines = new Map<string, QuickJSWASMModule[]>();
const memoryOf = new WeakMap<QuickJSWASMModule, WebAssembly.Memory>();
const limitsKey = (limits: EngineLimits) =>
  limits === DEFAULT_LIMITS ? 'default' : `${limits.wasmMemoryBytes}:${limits.heapBytes}:${limits.stackBytes}`;

/** An idle engine with these limits, or a new one. Give it back with releaseEngine when the run is over. */
export function takeEngine(limits: EngineLimits = DEFAULT_LIMITS): Promise<QuickJSWASMModule> {
  const idle = idleEngines.get(limitsKey(limits))?.pop();
  return idle ? Promise.resolve(idle) : newEngine(limits);
}

/** Keeps an engine for the next run; only call it when no runtime of the engine is alive and it did not crash. */
export function releaseEngine(engine: QuickJSWASMModule, limits: EngineLimits = DEFAULT_LIMITS): void {
  const memory = memoryOf.get(engine);
  if (!memory || memory.buffer.byteLength > INITIAL_PAGES * WASM_PAGE) return; // grown: left to the garbage collector
  const key = limitsKey(limits);
  const idle = idleEngines.get(key) ?? [];
  if (idle.length < MAX_IDLE_ENGINES && !idle.includes(engine)) idle.push(engine);
  idleEngines.set(key, idle);
}

/**
 * Builds one engine now and keeps it for the first run: compiling the engine's wasm module and instantiating it
 * then happen while the isolate starts instead of inside its first coding answer's request. Does nothing once an
 * engine has been built; never rejects (a failure is logged, and the first run builds its engine as before).
 */
export function prepareEngine(limits: EngineLimits = DEFAULT_LIMITS): Promise<void> {
  if (compiledModule || firstCompile) return Promise.resolve();
  return newEngine(limits).then(
    (engine) => releaseEngine(engine, limits),
    (error) => console.error('Preparing the code sandbox failed:', error),
  );
}

/** How many engines wait for a run (the sandbox tests check that runs reuse them). */
export function idleEngineCount(): number {
  let count = 0;
  for (const idle of idleEngines.values()) count += idle.length;
  return count;
}

/** Whether engines instantiate a module compiled once (the sandbox tests check that this path is the one taken). */
export function reusesCompiledModule(): boolean {
  return compiledModule !== undefined;
}
