// A fixed piece of CPU work timed between phases: the same instructions every time, so a change in its CPU
// time is a change in the machine (this VM has no hardware counters to ask, and time the hypervisor takes
// from a virtual CPU is charged to whatever ran on it), not in the code under test.
import { probeCores } from './perf-events.ts';

const ITERATIONS = 40_000_000;

function fixedWork(): number {
  // xorshift32: integer-only, no allocation, nothing the JIT can drop (the result is returned).
  let x = 2463534242;
  for (let i = 0; i < ITERATIONS; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}

// A pointer chase through 64 MiB: every step a cache miss, so this one slows down when other processes
// (or the host) compete for the caches and memory, which the integer loop above hardly notices.
const CHASE_WORDS = 16 * 1024 * 1024;
const CHASE_STEPS = 500_000;
let chain: Int32Array | undefined;

function buildChain(): Int32Array {
  // One cycle through every slot in a shuffled order (Sattolo), so the next address is never predictable.
  const next = new Int32Array(CHASE_WORDS);
  for (let i = 0; i < CHASE_WORDS; i += 1) next[i] = i;
  let seed = 12345;
  for (let i = CHASE_WORDS - 1; i > 0; i -= 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % i;
    const t = next[i]!;
    next[i] = next[j]!;
    next[j] = t;
  }
  return next;
}

function chase(): number {
  chain ??= buildChain();
  let at = 0;
  for (let i = 0; i < CHASE_STEPS; i += 1) at = chain[at]!;
  return at;
}

export interface SpeedProbe {
  /** CPU ms this process used for the fixed integer work (median of the repeats). */
  cpuMs: number;
  /** Wall ms of the same (median). */
  wallMs: number;
  /** CPU ms of the fixed pointer chase through memory (median of the repeats). */
  memoryCpuMs?: number;
  /** Per core, CPU µs per pipe round trip of two threads on it (perf-events.ts): ~1.3× when that core is slow. */
  coreCpuUs?: number[];
}

export function probeSpeed(repeats = 3): SpeedProbe {
  fixedWork(); // compiled and optimised before it is timed
  chase();
  const cpu: number[] = [];
  const wall: number[] = [];
  const memory: number[] = [];
  const cpuMsOf = (work: () => number) => {
    const started = process.cpuUsage();
    if (work() === 0.5) throw new Error('unreachable: keeps the result alive');
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i < repeats; i += 1) {
    const startedWall = performance.now();
    cpu.push(cpuMsOf(fixedWork));
    wall.push(performance.now() - startedWall);
    memory.push(cpuMsOf(chase));
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { cpuMs: mid(cpu), wallMs: mid(wall), memoryCpuMs: mid(memory), coreCpuUs: probeCores() };
}
