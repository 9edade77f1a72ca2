// The kernel's software events over the whole machine during a phase (`perf stat -a`; this VM has no hardware
// counters), and a probe of each core: `perf bench sched pipe`, two threads passing a byte back and forth on
// one core. Without `perf` both give nothing and the run goes on.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

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

/**
 * CPU µs per pipe round trip of two threads on each core (`perf bench sched pipe -T` under `perf stat -e
 * task-clock`, so other load on the core does not count). On this VM each virtual CPU is at times 1.3–1.6× slower
 * for most work (the host's state, not the guest's; a tight integer loop hardly notices): this probe tells which.
 */
export function probeCores(loops = 20_000): number[] | undefined {
  const cores = Array.from({ length: availableParallelism() }, (_, core) => core);
  try {
    return cores.map((core) => {
      const run = spawnSync(
        'taskset',
        ['-c', String(core), 'perf', 'stat', '-x,', '-e', 'task-clock', 'perf', 'bench', 'sched', 'pipe', '-T', '-l', String(loops)],
        {
          encoding: 'utf8',
        },
      );
      const ms = parsePerfStat(run.stderr ?? '')['task-clock'];
      if (ms === undefined) throw new Error('no task-clock');
      return Math.round((ms * 1e5) / loops) / 100;
    });
  } catch {
    return undefined;
  }
}
