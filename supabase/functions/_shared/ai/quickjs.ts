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

/**
 * A fresh wasm instance with its own capped memory. One per sandbox run: runs never share memory (so one
 * run's allocations cannot starve another running concurrently), and a run whose instance crashed (a host
 * exception inside wasm leaves QuickJS in an unknown state) simply abandons it to the garbage collector.
 */
export function newEngine(limits: EngineLimits = DEFAULT_LIMITS): Promise<QuickJSWASMModule> {
  const maximum = Math.max(INITIAL_PAGES, Math.floor(limits.wasmMemoryBytes / WASM_PAGE));
  const wasmMemory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmMemory }));
}
