// Several rounds of a before/after comparison, in the order A B B A A B …: on this machine a run of the same
// build can use 20–35 % more CPU per interview than the one before or after it, in every process of the
// stack, so each side runs first as often as second and a difference means something only across rounds.
import type { InterviewPhaseResult } from './phases/interview.ts';
import { phaseCounters } from './phase-counters.ts';
import { gateWaits, interviewPhases, type RunResult } from './report.ts';

export type Side = 'before' | 'after';

/** A B, B A, A B, …: `rounds` pairs, each side first in half of them (rounded up for the first side). */
export function roundOrder(rounds: number): Side[] {
  const order: Side[] = [];
  for (let round = 0; round < rounds; round += 1) {
    order.push(...(round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)));
  }
  return order;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const errorsOf = (phase?: { calls: Record<string, { errors: number }>; cutOff?: number }) =>
  phase ? Object.values(phase.calls).reduce((sum, c) => sum + c.errors, 0) + (phase.cutOff ?? 0) : undefined;

const cpuPerInterview = (phase: InterviewPhaseResult | undefined, kinds?: (kind: string) => boolean) => {
  if (!phase?.cpu || !phase.completed) return undefined;
  const total = kinds
    ? Object.entries(phase.cpu.byKind)
        .filter(([kind]) => kinds(kind))
        .reduce((sum, [, ms]) => sum + ms, 0)
    : phase.cpu.totalMs;
  return total / phase.completed;
};

/** The numbers the targets are about, by row name (undefined when the run did not measure it). */
export function headline(result: RunResult): [string, number | undefined][] {
  const rows: [string, number | undefined][] = [
    ['load average at the start (1 min)', result.machine.loadAverageAtStart[0]],
    [
      'errors: sign-up / paced / paced-warm / saturation (sum)',
      sumDefined([errorsOf(result.signup), ...interviewPhases(result).map(([, phase]) => errorsOf(phase))]),
    ],
    ['sign-up burst ÷ hashing limit (all hashes)', result.signup?.ratioToAllHashes ?? result.signup?.ratioToLimit],
    ['sign-up burst ÷ hashing limit (sign-ups alone)', result.signup?.ratioToLimit],
    ['sign-up: one hash ms, alone', result.signup?.oneHashMs],
    ['sign-up: one hash ms, every core hashing', result.signup?.oneHashAllCoresMs],
    ...burstCpuRows(result.signup),
    ['saturation: completed interviews/s', result.saturation?.completedPerSecond],
    ['saturation: stack CPU ms per interview', cpuPerInterview(result.saturation)],
    ['paced: stack CPU ms per interview', cpuPerInterview(result.paced)],
    ['paced: functions (Deno) CPU ms per interview', cpuPerInterview(result.paced, (kind) => /deno|function/i.test(kind))],
    ['paced: Postgres CPU ms per interview', cpuPerInterview(result.paced, (kind) => kind.startsWith('postgres'))],
    ['paced-warm: stack CPU ms per interview', cpuPerInterview(result.pacedWarm)],
    ['fast-core gate: limit µs at the start', result.fastCoreGate?.limitUs],
  ];
  for (const { phase, fastCores, beforeUs, afterUs } of gateWaits(result)) {
    rows.push([`${phase}: fast-core gate waited s`, fastCores && fastCores.waitedMs / 1000]);
    rows.push([`${phase}: fast-core gate met (1) or timed out (0)`, fastCores && Number(fastCores.met)]);
    rows.push([`${phase}: fast-core gate limit µs`, fastCores?.limitUs]);
    // the interview phases' probes are among their counters (phase-counters.ts)
    if (!phase.startsWith('read')) continue;
    for (const [when, us] of [
      ['before', beforeUs],
      ['after', afterUs],
    ] as const)
      (us ?? []).forEach((value, core) => rows.push([`${phase}: core ${core} pipe round trip CPU µs, ${when}`, value]));
  }
  for (const [name, phase] of interviewPhases(result)) {
    const per = (value: number | undefined) => (value === undefined || !phase?.completed ? undefined : value / phase.completed);
    rows.push([`${name}: the stack's kernel CPU ms per interview`, per(phase?.cpu?.systemMs)]);
    rows.push([`${name}: fixed-work probe CPU ms, before the phase`, phase?.speedProbe?.before.cpuMs]);
    rows.push([`${name}: fixed-work probe CPU ms, after the phase`, phase?.speedProbe?.after.cpuMs]);
    rows.push([`${name}: memory probe CPU ms, before the phase`, phase?.speedProbe?.before.memoryCpuMs]);
    rows.push([`${name}: memory probe CPU ms, after the phase`, phase?.speedProbe?.after.memoryCpuMs]);
    rows.push([`${name}: load generator CPU ms per interview`, per(phase?.loadGenerator?.cpuMs)]);
    rows.push([`${name}: load generator event-loop delay p99 ms`, phase?.loadGenerator?.loopDelayMs.p99]);
    rows.push([`${name}: load generator event-loop delay max ms`, phase?.loadGenerator?.loopDelayMs.max]);
    const machine = phase?.machine;
    if (!machine) continue;
    const busy = Object.entries(machine.cpuMs)
      .filter(([state]) => state !== 'idle' && state !== 'iowait')
      .reduce((sum, [, ms]) => sum + ms, 0);
    rows.push([`${name}: machine busy CPU ms per interview (everything)`, per(busy)]);
    rows.push([
      `${name}: machine kernel + irq CPU ms per interview`,
      per((machine.cpuMs.system ?? 0) + (machine.cpuMs.irq ?? 0) + (machine.cpuMs.softirq ?? 0)),
    ]);
    rows.push([`${name}: page faults per interview (machine)`, per(machine.vm.pgfault)]);
    rows.push([`${name}: pages allocated per interview (machine)`, per(machine.vm.pgalloc_normal)]);
    for (const [counter, value] of phaseCounters(phase!)) if (value !== undefined) rows.push([`${name}: ${counter}`, value]);
  }
  for (const [name, phase] of interviewPhases(result)) {
    if (name === 'saturation') continue;
    for (const [kind, stats] of Object.entries(phase.calls)) {
      rows.push([`${name} p50 ms: ${kind}`, stats.p50 ?? undefined]);
      rows.push([`${name} p95 ms: ${kind}`, stats.p95 ?? undefined]);
    }
  }
  if (result.read) {
    rows.push(['read sequential: gateway ÷ direct p50', result.read.sequential.ratioP50 ?? undefined]);
    rows.push([`read ${result.read.concurrency} concurrent: gateway ÷ direct p50`, result.read.concurrent.ratioP50 ?? undefined]);
    for (const [mode, r] of [
      ['sequential', result.read.sequential],
      [`${result.read.concurrency} concurrent`, result.read.concurrent],
    ] as const) {
      rows.push([`read ${mode}: gateway p50 ms`, r.gateway.p50 ?? undefined]);
      rows.push([`read ${mode}: direct p50 ms`, r.direct.p50 ?? undefined]);
      if (!r.sliceRatiosP50?.length) continue;
      rows.push([`read ${mode}: gateway ÷ direct p50, lowest quarter`, Math.min(...r.sliceRatiosP50)]);
      rows.push([`read ${mode}: gateway ÷ direct p50, highest quarter`, Math.max(...r.sliceRatiosP50)]);
      if (!r.cpu) continue;
      const perRequest = (ms: number | undefined, requests: number) => (ms === undefined ? undefined : (1000 * ms) / requests);
      rows.push([`read ${mode}: nginx CPU µs per gateway request`, perRequest(r.cpu.stack.byKind['nginx: gateway'], r.gateway.n)]);
      rows.push([`read ${mode}: PostgREST CPU µs per request`, perRequest(r.cpu.stack.byKind.postgrest, r.gateway.n + r.direct.n)]);
      rows.push([`read ${mode}: load generator CPU µs per request`, perRequest(r.cpu.loadGeneratorMs, r.gateway.n + r.direct.n)]);
    }
  }
  return rows;
}

/** Where the sign-up burst's CPU seconds went (the whole machine's: wall × cores). */
function burstCpuRows(signup: RunResult['signup']): [string, number | undefined][] {
  const cpu = signup?.burstCpu;
  if (!cpu) return [];
  const seconds = (ms: number) => ms / 1000;
  const hashing = Object.entries(cpu.stack.byKind)
    .filter(([kind]) => kind.includes('password hashing'))
    .reduce((sum, [, ms]) => sum + ms, 0);
  const states = Object.entries(cpu.machine.cpuMs);
  const idle = states.filter(([state]) => state === 'idle' || state === 'iowait').reduce((sum, [, ms]) => sum + ms, 0);
  const busy = states.reduce((sum, [, ms]) => sum + ms, 0) - idle;
  const outside = busy - cpu.stack.totalMs - cpu.loadGenerator.cpuMs;
  const ratio = signup.ratioToAllHashes ?? signup.ratioToLimit;
  return [
    // what the ratio would have been had the cores' time used by other processes been the burst's
    [
      'sign-up burst ÷ hashing limit (all hashes), CPU outside the benchmark taken out',
      ratio * (1 - outside / (signup.cores * signup.burstWallMs)),
    ],
    ['sign-up burst: CPU s of the hashing backends', seconds(hashing)],
    ['sign-up burst: CPU ms of the hashing backends per hash', hashing / (signup.users + (signup.probeHashesDuringBurst ?? 0))],
    ['sign-up burst: CPU s of the rest of the stack', seconds(cpu.stack.totalMs - hashing)],
    ['sign-up burst: CPU s of the load generator', seconds(cpu.loadGenerator.cpuMs)],
    ['sign-up burst: CPU s outside the benchmark', seconds(outside)],
    ['sign-up burst: idle CPU s', seconds(idle)],
  ];
}

function sumDefined(values: (number | undefined)[]): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length ? present.reduce((a, b) => a + b, 0) : undefined;
}

const cell = (value: number | undefined) =>
  value === undefined ? '–' : Number.isInteger(value) ? String(value) : value >= 10 ? value.toFixed(0) : value.toFixed(2);

/**
 * One row per headline number: each side's values in the order they ran (a mark on the ones that ran first
 * of their pair) and each side's median.
 */
export function formatRounds(runs: { side: Side; result: RunResult }[]): string {
  const before = runs.filter((r) => r.side === 'before');
  const after = runs.filter((r) => r.side === 'after');
  const [a, b] = [before[0]?.result, after[0]?.result];
  const firstOfPair = new Set(runs.filter((_, i) => i % 2 === 0).map((r) => r.result));
  const lines = [
    `## ${runs.length / 2} rounds, order ${runs.map((r) => (r.side === 'before' ? 'A' : 'B')).join(' ')}: A = ${a?.label ?? '?'}, B = ${b?.label ?? '?'}`,
    '',
    'Values in the order each side ran; * = that run was the first of its pair.',
    '',
    '| number | A runs | B runs | A median | B median |',
    '|---|---|---|---:|---:|',
  ];
  const measured = runs.flatMap((r) => headline(r.result).filter(([, value]) => value !== undefined));
  const names = [...new Set(measured.map(([name]) => name))];
  const valueOf = (result: RunResult, name: string) => new Map(headline(result)).get(name);
  for (const name of names) {
    const list = (side: typeof before) =>
      side.map((r) => `${cell(valueOf(r.result, name))}${firstOfPair.has(r.result) ? '*' : ''}`).join(', ');
    const med = (side: typeof before) =>
      cell(median(side.map((r) => valueOf(r.result, name)).filter((v): v is number => v !== undefined)) ?? undefined);
    lines.push(`| ${name} | ${list(before)} | ${list(after)} | ${med(before)} | ${med(after)} |`);
  }
  return lines.join('\n');
}
