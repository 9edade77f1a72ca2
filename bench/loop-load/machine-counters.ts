// What the whole machine did during a phase, from /proc/stat, /proc/interrupts, /proc/vmstat and
// /proc/pressure/cpu: CPU time by state per core (kernel, interrupts, time the hypervisor took), context
// switches, interrupts by kind and core (timer, rescheduling and function-call IPIs, the balloon's page
// reporting), memory events (page faults, pages handed out, compaction, huge pages) and how long tasks waited
// for a core. On this VM, freed memory is reported back to the host (page_reporting), so memory the previous
// run let go may cost a host fault when it is touched again: these counters tell such machine-level costs from
// the code's.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ
const CPU_STATES = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal'] as const;
const VM_COUNTER =
  /^(pgfault|pgmajfault|pgalloc_|pgfree|pgactivate|pgdeactivate|pgrefill|pgscan|pgsteal|pgmigrate|thp_|compact_|numa_|workingset_|balloon_|pswp|nr_tlb_)/;

type CpuTicks = Record<(typeof CPU_STATES)[number], number>;

export interface MachineSnapshot {
  cpuTicks: CpuTicks;
  /** Per core ("cpu0", "cpu1", …); absent in snapshots of older versions. */
  perCpuTicks?: Record<string, CpuTicks>;
  /** Context switches, interrupts and forks since boot (/proc/stat `ctxt`, `intr`, `processes`). */
  totals?: { ctxt: number; intr: number; forks: number };
  /** /proc/interrupts: per row ("LOC", "RES", "CAL", "virtio0-reporting_vq", …) the count on each core. */
  interrupts?: Record<string, number[]>;
  /** /proc/pressure/cpu `some total`: µs in which at least one task waited for a core. */
  cpuPressureUs?: number;
  vm: Record<string, number>;
}

export interface MachineUse {
  /** CPU ms of all cores by state over the phase (idle included). */
  cpuMs: Record<string, number>;
  /** The same per core (absent in results of older versions). */
  perCpuMs?: Record<string, Record<string, number>>;
  /** Context switches, interrupts and new processes during the phase. */
  totals?: { ctxt: number; intr: number; forks: number };
  /** Interrupts during the phase by /proc/interrupts row, per core; rows that did not move are left out. */
  interrupts?: Record<string, number[]>;
  /** ms in which at least one task was ready to run and waited for a core. */
  cpuPressureMs?: number;
  /** Deltas of /proc/vmstat counters (pages or events). */
  vm: Record<string, number>;
}

function ticksOf(line: string): CpuTicks {
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  return Object.fromEntries(CPU_STATES.map((state, i) => [state, values[i] ?? 0])) as CpuTicks;
}

export function parseProcStat(text: string): MachineSnapshot['cpuTicks'] {
  const line = text.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) throw new Error('no aggregate cpu line in /proc/stat');
  return ticksOf(line);
}

export function parseProcStatDetail(text: string): Required<Pick<MachineSnapshot, 'perCpuTicks' | 'totals'>> {
  const perCpuTicks: Record<string, CpuTicks> = {};
  const totals = { ctxt: 0, intr: 0, forks: 0 };
  for (const line of text.split('\n')) {
    const [name, first] = line.split(/\s+/);
    if (!name) continue;
    if (/^cpu\d+$/.test(name)) perCpuTicks[name] = ticksOf(line);
    else if (name === 'ctxt') totals.ctxt = Number(first);
    else if (name === 'intr') totals.intr = Number(first);
    else if (name === 'processes') totals.forks = Number(first);
  }
  return { perCpuTicks, totals };
}

/** Rows of /proc/interrupts by name: the device's name for numbered rows, the short name (LOC, CAL…) otherwise. */
export function parseInterrupts(text: string): Record<string, number[]> {
  const [header, ...lines] = text.split('\n');
  const cores = (header ?? '')
    .trim()
    .split(/\s+/)
    .filter((c) => /^CPU\d+$/.test(c)).length;
  const rows: Record<string, number[]> = {};
  for (const line of lines) {
    const match = /^\s*([^:\s]+):(.*)$/.exec(line);
    if (!match) continue;
    const fields = match[2]!.trim().split(/\s+/);
    const counts = fields.slice(0, cores).map(Number);
    if (counts.length === 0 || counts.some((n) => !Number.isFinite(n))) continue;
    const label = match[1]!;
    const name = /^\d+$/.test(label) ? (fields[fields.length - 1] ?? label) : label;
    rows[name] = rows[name] ? rows[name]!.map((n, i) => n + (counts[i] ?? 0)) : counts;
  }
  return rows;
}

export function parseVmstat(text: string): Record<string, number> {
  const vm: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [name, value] = line.split(' ');
    if (name && VM_COUNTER.test(name)) vm[name] = Number(value);
  }
  return vm;
}

export function parseCpuPressure(text: string): number | undefined {
  const total = /^some .*total=(\d+)/m.exec(text)?.[1];
  return total === undefined ? undefined : Number(total);
}

function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function snapshotMachine(): MachineSnapshot {
  const stat = readFileSync('/proc/stat', 'utf8');
  return {
    cpuTicks: parseProcStat(stat),
    ...parseProcStatDetail(stat),
    interrupts: parseInterrupts(readOptional('/proc/interrupts')),
    cpuPressureUs: parseCpuPressure(readOptional('/proc/pressure/cpu')),
    vm: parseVmstat(readFileSync('/proc/vmstat', 'utf8')),
  };
}

const ticksToMs = (before: CpuTicks, after: CpuTicks) =>
  Object.fromEntries(CPU_STATES.map((state) => [state, ((after[state] - before[state]) * 1000) / TICKS_PER_SECOND]));

export function machineBetween(before: MachineSnapshot, after: MachineSnapshot): MachineUse {
  const vm = Object.fromEntries(Object.keys(after.vm).map((name) => [name, (after.vm[name] ?? 0) - (before.vm[name] ?? 0)]));
  const use: MachineUse = { cpuMs: ticksToMs(before.cpuTicks, after.cpuTicks), vm };
  if (before.perCpuTicks && after.perCpuTicks) {
    use.perCpuMs = Object.fromEntries(
      Object.entries(after.perCpuTicks)
        .filter(([core]) => before.perCpuTicks![core])
        .map(([core, ticks]) => [core, ticksToMs(before.perCpuTicks![core]!, ticks)]),
    );
  }
  if (before.totals && after.totals) {
    use.totals = {
      ctxt: after.totals.ctxt - before.totals.ctxt,
      intr: after.totals.intr - before.totals.intr,
      forks: after.totals.forks - before.totals.forks,
    };
  }
  if (before.interrupts && after.interrupts) {
    use.interrupts = {};
    for (const [name, counts] of Object.entries(after.interrupts)) {
      const delta = counts.map((n, i) => n - (before.interrupts![name]?.[i] ?? 0));
      if (delta.some((n) => n !== 0)) use.interrupts[name] = delta;
    }
  }
  if (before.cpuPressureUs !== undefined && after.cpuPressureUs !== undefined) {
    use.cpuPressureMs = Math.round((after.cpuPressureUs - before.cpuPressureUs) / 1000);
  }
  return use;
}
