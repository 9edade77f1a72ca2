// What the whole machine did during a phase, from /proc/stat and /proc/vmstat: CPU time by state (kernel,
// interrupts, time the hypervisor took) and memory events (page faults, pages handed out). On this VM,
// freed memory is reported back to the host (page_reporting), so memory the previous run let go may cost
// a host fault when it is touched again: these counters tell such machine-level costs from the code's.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ
const CPU_STATES = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal'] as const;
const VM_COUNTERS = ['pgfault', 'pgmajfault', 'pgalloc_normal', 'pgfree', 'thp_fault_alloc', 'compact_stall', 'pgscan_direct'] as const;

export interface MachineSnapshot {
  cpuTicks: Record<(typeof CPU_STATES)[number], number>;
  vm: Record<string, number>;
}

export interface MachineUse {
  /** CPU ms of all cores by state over the phase (idle included). */
  cpuMs: Record<string, number>;
  /** Deltas of /proc/vmstat counters (pages or events). */
  vm: Record<string, number>;
}

export function parseProcStat(text: string): MachineSnapshot['cpuTicks'] {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) throw new Error('no aggregate cpu line in /proc/stat');
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  return Object.fromEntries(CPU_STATES.map((state, i) => [state, values[i] ?? 0])) as MachineSnapshot['cpuTicks'];
}

export function parseVmstat(text: string): Record<string, number> {
  const wanted = new Set<string>(VM_COUNTERS);
  const vm: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [name, value] = line.split(' ');
    if (name && wanted.has(name)) vm[name] = Number(value);
  }
  return vm;
}

export function snapshotMachine(): MachineSnapshot {
  return { cpuTicks: parseProcStat(readFileSync('/proc/stat', 'utf8')), vm: parseVmstat(readFileSync('/proc/vmstat', 'utf8')) };
}

export function machineBetween(before: MachineSnapshot, after: MachineSnapshot): MachineUse {
  const cpuMs = Object.fromEntries(
    CPU_STATES.map((state) => [state, ((after.cpuTicks[state] - before.cpuTicks[state]) * 1000) / TICKS_PER_SECOND]),
  );
  const vm = Object.fromEntries(Object.keys(after.vm).map((name) => [name, (after.vm[name] ?? 0) - (before.vm[name] ?? 0)]));
  return { cpuMs, vm };
}
