// The machine and scheduler counters of an interview phase that could tell a fast run from a slow one, per
// completed interview: one list for the report's line and the rounds table.
import type { InterviewPhaseResult } from './phases/interview.ts';
import type { ProcessCounters } from './process-counters.ts';

const sumCores = (counts?: number[]) => counts?.reduce((sum, n) => sum + n, 0);

/** [short name, value per interview (or as is, for the probes)]; undefined where the run did not record it. */
export function phaseCounters(phase: InterviewPhaseResult): [string, number | undefined][] {
  const per = (value: number | undefined) => (value === undefined || !phase.completed ? undefined : value / phase.completed);
  const m = phase.machine;
  const stack = (key: keyof ProcessCounters) =>
    phase.processCounters ? per(Object.values(phase.processCounters).reduce((sum, c) => sum + c[key], 0)) : undefined;
  const interrupts = (name: string) => per(sumCores(m?.interrupts?.[name]) ?? (m?.interrupts ? 0 : undefined));
  const stealMs = m?.perCpuMs ? Object.values(m.perCpuMs).map((c) => c.steal ?? 0) : undefined;
  return [
    ['context switches', per(m?.totals?.ctxt)],
    ['interrupts', per(m?.totals?.intr)],
    ['timer (LOC)', interrupts('LOC')],
    ['rescheduling IPIs (RES)', interrupts('RES')],
    ['function-call IPIs (CAL)', interrupts('CAL')],
    ['TLB shootdowns', interrupts('TLB')],
    ['page-reporting interrupts', interrupts('virtio0-reporting_vq')],
    ['forks', per(m?.totals?.forks)],
    ['iowait ms', per(m?.cpuMs.iowait)],
    ['steal ms (max core)', stealMs ? per(Math.max(...stealMs)) : undefined],
    ['CPU pressure ms', per(m?.cpuPressureMs)],
    ['compaction stalls', per(m?.vm.compact_stall)],
    ['THP faults', per(m?.vm.thp_fault_alloc)],
    ['stack minor faults', stack('minorFaults')],
    ['stack major faults', stack('majorFaults')],
    ['stack migrations', stack('migrations')],
    ['stack voluntary switches', stack('voluntarySwitches')],
    ['stack involuntary switches', stack('involuntarySwitches')],
    ['stack run-queue wait ms', stack('runDelayMs')],
    ['perf context-switches', per(phase.perfEvents?.['context-switches'])],
    ['perf cpu-migrations', per(phase.perfEvents?.['cpu-migrations'])],
    ...(['before', 'after'] as const).flatMap((when) =>
      (phase.speedProbe?.[when].coreCpuUs ?? []).map((us, core): [string, number] => [`core ${core} pipe round trip CPU µs, ${when}`, us]),
    ),
  ];
}

/** The counters as one line: "per interview: context switches 512, …". */
export function formatPhaseCounters(phase: InterviewPhaseResult): string | undefined {
  const parts = phaseCounters(phase)
    .filter((row): row is [string, number] => row[1] !== undefined)
    .map(([name, value]) => `${name} ${value >= 100 ? Math.round(value) : value.toFixed(1)}`);
  return parts.length ? `Counters per interview (probes as measured): ${parts.join(', ')}.` : undefined;
}
