// The scheduler's and the memory manager's view of each stack process during a phase, summed per kind of
// process (the kinds of cpu.ts): page faults (/proc/<pid>/stat), and over every thread (/proc/<pid>/task/*)
// migrations between cores, voluntary and involuntary context switches (`sched`), and the time spent ready
// but waiting for a core (`schedstat`). Processes and threads that exit during the phase drop out (their counts
// go with them); those that start during it count in full.
import { readdirSync, readFileSync } from 'node:fs';
import type { CpuSnapshot } from './cpu.ts';

export interface ProcessCounters {
  minorFaults: number;
  majorFaults: number;
  migrations: number;
  voluntarySwitches: number;
  involuntarySwitches: number;
  /** ms spent runnable on a run queue, waiting for a core. */
  runDelayMs: number;
}

const ZERO: ProcessCounters = {
  minorFaults: 0,
  majorFaults: 0,
  migrations: 0,
  voluntarySwitches: 0,
  involuntarySwitches: 0,
  runDelayMs: 0,
};

/** Keyed "pid" (the process's faults) and "pid/tid" (each thread's scheduler counts). */
export type ProcessCountersSnapshot = Map<string, { kind: string; counters: ProcessCounters }>;

/** minflt and majflt of /proc/<pid>/stat (fields 10 and 12; the fields after comm start at field 3). */
export function parseFaults(stat: string): Pick<ProcessCounters, 'minorFaults' | 'majorFaults'> {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { minorFaults: Number(fields[7]), majorFaults: Number(fields[9]) };
}

/** A thread's /proc/<pid>/task/<tid>/sched (CONFIG_SCHED_DEBUG) and schedstat ("run ns, wait ns, slices"). */
export function parseThreadSched(sched: string, schedstat: string): Omit<ProcessCounters, 'minorFaults' | 'majorFaults'> {
  const field = (name: string) => Number(new RegExp(`^${name.replace('.', '\\.')}\\s*:\\s*(\\d+)`, 'm').exec(sched)?.[1] ?? 0);
  const waitNs = Number(schedstat.trim().split(/\s+/)[1] ?? 0);
  return {
    migrations: field('se.nr_migrations'),
    voluntarySwitches: field('nr_voluntary_switches'),
    involuntarySwitches: field('nr_involuntary_switches'),
    runDelayMs: waitNs / 1e6,
  };
}

const add = (a: ProcessCounters, b: Partial<ProcessCounters>, sign = 1): ProcessCounters =>
  Object.fromEntries(
    Object.entries(a).map(([key, value]) => [key, value + sign * (b[key as keyof ProcessCounters] ?? 0)]),
  ) as unknown as ProcessCounters;

/** The counters of every process and thread in a cpu.ts snapshot of the stack's tree. */
export function snapshotProcessCounters(processes: CpuSnapshot): ProcessCountersSnapshot {
  const snapshot: ProcessCountersSnapshot = new Map();
  for (const [pid, { kind }] of processes) {
    try {
      snapshot.set(String(pid), { kind, counters: add(ZERO, parseFaults(readFileSync(`/proc/${pid}/stat`, 'utf8'))) });
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const dir = `/proc/${pid}/task/${tid}`;
        const sched = parseThreadSched(readFileSync(`${dir}/sched`, 'utf8'), readFileSync(`${dir}/schedstat`, 'utf8'));
        snapshot.set(`${pid}/${tid}`, { kind, counters: add(ZERO, sched) });
      }
    } catch {
      // the process or one of its threads exited meanwhile
    }
  }
  return snapshot;
}

/** Per kind of process, what the processes and threads alive at the end did since `before` (all of it for new ones). */
export function processCountersBetween(before: ProcessCountersSnapshot, after: ProcessCountersSnapshot): Record<string, ProcessCounters> {
  const byKind: Record<string, ProcessCounters> = {};
  for (const [key, now] of after) {
    const then = before.get(key)?.counters ?? ZERO;
    byKind[now.kind] = add(add(byKind[now.kind] ?? ZERO, now.counters), then, -1);
  }
  return byKind;
}
