// The kernel's software events over the whole machine during a phase (`perf stat -a`; this VM has no hardware
// counters), and a context-switch probe: `perf bench sched pipe`, two tasks passing a byte back and forth, as
// two processes (each switch changes the address space, which a PVM guest's shadowed page tables make costly)
// and as two threads of one process, both on core 0 (across cores, the wake-up IPIs would dominate). Without `perf` both give nothing and the run goes on.
import { execFileSync, spawn } from 'node:child_process';

const EVENTS = ['context-switches', 'cpu-migrations', 'page-faults', 'major-faults', 'cpu-clock'] as const;

/** `perf stat -x,` lines ("value,unit,event,…") as event → value; "<not supported>" and the like are left out. */
export function parsePerfStat(text: string): Record<string, number> {
  const events: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [value, , event] = line.split(',');
    if (!event || !value || !/^[\d.]+$/.test(value)) continue;
    events[event] = Number(value);
  }
  return events;
}

export function startPerfStat(): { stop(): Promise<Record<string, number> | undefined> } {
  let output = '';
  let failed = false;
  const perf = spawn('perf', ['stat', '-a', '-x,', '-e', EVENTS.join(',')], { stdio: ['ignore', 'ignore', 'pipe'] });
  perf.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  perf.on('error', () => (failed = true));
  const exited = new Promise<void>((resolve) => perf.once('close', () => resolve()));
  return {
    async stop() {
      if (failed) return undefined;
      perf.kill('SIGINT');
      await exited;
      const events = parsePerfStat(output);
      return Object.keys(events).length ? events : undefined;
    },
  };
}

/** "      16.102150 usecs/op" of `perf bench sched pipe`. */
export function parsePipeBench(text: string): number | undefined {
  const found = /([\d.]+)\s+usecs\/op/.exec(text)?.[1];
  return found === undefined ? undefined : Number(found);
}

export interface SwitchProbe {
  /** Wall µs per round trip between two processes on one core. */
  processesUs: number;
  /** The same between two threads of one process. */
  threadsUs: number;
}

export function probeSwitches(loops = 20_000): SwitchProbe | undefined {
  const run = (...extra: string[]) =>
    parsePipeBench(
      execFileSync('taskset', ['-c', '0', 'perf', 'bench', 'sched', 'pipe', '-l', String(loops), ...extra], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    );
  try {
    const processesUs = run();
    const threadsUs = run('-T');
    return processesUs === undefined || threadsUs === undefined ? undefined : { processesUs, threadsUs };
  } catch {
    return undefined;
  }
}
