// Results of one run (JSON), the targets they are held to, and the tables printed from them.
import type { DbWaits } from './db-waits.ts';
import { FAST_LEVEL_PERCENTILE, FAST_LIMIT_MARGIN } from './fast-core-calibration.ts';
import type { FastCoreGateSetup, FastCoresWait } from './fast-cores.ts';
import type { InterviewPhaseResult } from './phases/interview.ts';
import { INTERVIEW_PHASES, type InterviewPhase } from './phase-list.ts';
import type { ReadResult } from './phases/read.ts';
import { PROBE_KINDS, type SignupResult } from './phases/signup.ts';
import type { CallStats } from './recorder.ts';
import { formatPhaseCounters } from './phase-counters.ts';

export interface RunResult {
  label: string;
  checkout: string;
  commit: string;
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number; loadAverageAtStart: number[] };
  options: { users: number; phases: string[]; bcryptCost: number; thinkMs: number; timeoutMs: number };
  /** The load generator's HTTP client (http.ts); runs saved before it was recorded used `fetch`. */
  client?: string;
  signup?: SignupResult;
  /** The paced wave on a freshly booted stack. */
  paced?: InterviewPhaseResult;
  /** The same wave again right after it, on the same (now warm) stack, with as many new users. */
  pacedWarm?: InterviewPhaseResult;
  saturation?: InterviewPhaseResult;
  read?: ReadResult;
  /** The fast-core gate of the run: its limit and, unless `--fast-core-us N` fixed it, the calibration. */
  fastCoreGate?: FastCoreGateSetup;
  /** Set when the run stopped early (a crashed stack, a failed setup step). */
  aborted?: string;
  checks: Check[];
}

export interface Check {
  name: string;
  value: string;
  target: string;
  pass: boolean;
}

/** The interview phases a run measured, in run order, by name. */
export function interviewPhases(result: Pick<RunResult, 'paced' | 'pacedWarm' | 'saturation'>): [InterviewPhase, InterviewPhaseResult][] {
  return (Object.entries(INTERVIEW_PHASES) as [InterviewPhase, (typeof INTERVIEW_PHASES)[InterviewPhase]][]).flatMap(([name, key]) =>
    result[key] ? [[name, result[key]] as [InterviewPhase, InterviewPhaseResult]] : [],
  );
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(1)}`);
const x = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);

const REST_P95_MS = 50;
const FUNCTION_P95_MS = 150;
const PROBE_P95_MS = 50;
const SATURATION_PER_SECOND = 30;
const HASHING_RATIO = 1.25;
const GATEWAY_RATIO = 1.1;

/** The targets of bench/loop-load/README.md, evaluated on one run. */
export function evaluate(result: Omit<RunResult, 'checks'>): Check[] {
  const checks: Check[] = [];
  const errorsOf = (calls: Record<string, CallStats>) => Object.values(calls).reduce((sum, c) => sum + c.errors, 0);
  const { signup, saturation, read } = result;
  const phases = interviewPhases(result);
  if (signup) {
    checks.push({
      name: 'sign-up phase: errors (burst + probe)',
      value: String(errorsOf(signup.calls)),
      target: '0',
      pass: errorsOf(signup.calls) === 0,
    });
    // Every password grant of the probe hashes on the same cores as the sign-ups, so the burst is held to
    // the limit of all the hashes it carried; the limit of the sign-ups alone is shown beside it.
    const allHashes = signup.ratioToAllHashes ?? signup.ratioToLimit;
    checks.push({
      name: "sign-up burst ÷ hashing limit of the hashes it carried (sign-ups + the probe's password grants)",
      value: `${x(allHashes)} (${signup.users} + ${signup.probeHashesDuringBurst ?? 0} hashes)`,
      target: `≤ ${HASHING_RATIO}×`,
      pass: allHashes <= HASHING_RATIO,
    });
    checks.push({
      name: 'sign-up burst ÷ hashing limit of the sign-ups alone (information)',
      value: `${x(signup.ratioToLimit)} (${(signup.burstWallMs / 1000).toFixed(2)} s vs ${(signup.hashingLimitMs / 1000).toFixed(2)} s)`,
      target: '—',
      pass: true,
    });
    for (const kind of PROBE_KINDS) {
      const p95 = signup.calls[kind]?.p95 ?? null;
      checks.push({
        name: `${kind} p95 during burst`,
        value: `${ms(p95)} ms`,
        target: `≤ ${PROBE_P95_MS} ms`,
        pass: p95 !== null && p95 <= PROBE_P95_MS,
      });
    }
  }
  for (const [name, phase] of phases) {
    const errors = errorsOf(phase.calls) + phase.cutOff;
    checks.push({
      name: `${name}: errors (+ interviews cut off)`,
      value: `${errorsOf(phase.calls)} (+${phase.cutOff}); ${phase.completed}/${phase.users} completed`,
      target: '0',
      pass: errors === 0 && phase.completed === phase.users,
    });
  }
  for (const [name, phase] of phases) {
    if (name === 'saturation') continue;
    for (const [kind, stats] of Object.entries(phase.calls)) {
      const limit = kind.startsWith('fn ') ? FUNCTION_P95_MS : REST_P95_MS;
      checks.push({
        name: `${name} p95 ${kind}`,
        value: `${ms(stats.p95)} ms`,
        target: `≤ ${limit} ms`,
        pass: stats.p95 !== null && stats.p95 <= limit,
      });
    }
  }
  for (const [name, phase] of phases) {
    const total = phase.cpu && phase.completed ? phase.cpu.totalMs / phase.completed : undefined;
    if (total === undefined) continue;
    checks.push({
      name: `${name}: stack CPU ms per completed interview (information)`,
      value: total.toFixed(1),
      target: '—',
      pass: true,
    });
  }
  if (saturation) {
    checks.push({
      name: 'saturation: completed interviews/s',
      value: saturation.completedPerSecond.toFixed(2),
      target: `≥ ${SATURATION_PER_SECOND}`,
      pass: saturation.completedPerSecond >= SATURATION_PER_SECOND,
    });
  }
  if (read) {
    for (const [mode, r] of [
      ['sequential', read.sequential],
      [`${read.concurrency} concurrent`, read.concurrent],
    ] as const) {
      const errors = r.gateway.errors + r.direct.errors;
      checks.push({
        name: `read ${mode}: gateway p50 ÷ direct p50`,
        value: `${x(r.ratioP50)} (${ms(r.gateway.p50)} vs ${ms(r.direct.p50)} ms${sliceRange(r.sliceRatiosP50)}${errors ? `, ${errors} errors` : ''}; ${coresState(r.cores)})`,
        target: `≤ ${GATEWAY_RATIO}×`,
        pass: r.ratioP50 !== null && r.ratioP50 <= GATEWAY_RATIO && errors === 0,
      });
    }
  }
  return checks;
}

/** CPU ms per completed interview, per kind of process, largest first (the total row last). */
function cpuPerInterview(phase: InterviewPhaseResult): [string, number][] {
  if (!phase.cpu) return [];
  const per = (ms: number) => ms / Math.max(1, phase.completed);
  const rows = Object.entries(phase.cpu.byKind)
    .filter(([, ms]) => ms !== 0)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, ms]) => [kind, per(ms)] as [string, number]);
  return [...rows, ['total', per(phase.cpu.totalMs)]];
}

function cpuRows(phase: InterviewPhaseResult): string[] {
  const rows = cpuPerInterview(phase);
  if (!rows.length) return [];
  return [
    '',
    `CPU ms per interview by process (${phase.completed} completed; ${((phase.cpu!.totalMs / Math.max(1, phase.wallMs)) * 100).toFixed(0)} % of one core on average during the phase):`,
    '',
    '| process | CPU ms per interview |',
    '|---|---:|',
    ...rows.map(
      ([kind, ms]) => `| ${kind === 'total' ? '**total**' : kind} | ${kind === 'total' ? `**${ms.toFixed(1)}**` : ms.toFixed(1)} |`,
    ),
    ...(phase.cpu!.systemMs === undefined
      ? []
      : [
          '',
          `Of the total, in the kernel on the processes' behalf: ${(phase.cpu!.systemMs / Math.max(1, phase.completed)).toFixed(1)} ms per interview.`,
        ]),
    ...machineRows(phase),
  ];
}

function machineRows(phase: InterviewPhaseResult): string[] {
  const m = phase.machine;
  if (!m) return [];
  const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`;
  return [
    '',
    `The whole machine during the phase: user ${s(m.cpuMs.user)}, nice ${s(m.cpuMs.nice)}, kernel ${s(m.cpuMs.system)}, irq ${s(m.cpuMs.irq)}, softirq ${s(m.cpuMs.softirq)}, steal ${s(m.cpuMs.steal)}, idle ${s(m.cpuMs.idle)}; ` +
      `page faults ${m.vm.pgfault ?? '–'} (major ${m.vm.pgmajfault ?? '–'}), pages allocated ${m.vm.pgalloc_normal ?? '–'}, huge pages faulted ${m.vm.thp_fault_alloc ?? '–'}.`,
    ...[formatPhaseCounters(phase)].filter((line): line is string => line !== undefined).flatMap((line) => ['', line]),
    ...(phase.loadGenerator
      ? [
          '',
          `The load generator (this process, on the same cores): CPU ${(phase.loadGenerator.cpuMs / Math.max(1, phase.completed)).toFixed(1)} ms per interview; ` +
            `its event loop ran late by p50 ${phase.loadGenerator.loopDelayMs.p50.toFixed(1)} / p99 ${phase.loadGenerator.loopDelayMs.p99.toFixed(1)} / max ${phase.loadGenerator.loopDelayMs.max.toFixed(1)} ms (a call's duration includes that wait).`,
        ]
      : []),
    ...(phase.speedProbe
      ? [
          '',
          `Fixed-work probe (the same instructions each time; CPU ms): integer loop ${phase.speedProbe.before.cpuMs.toFixed(1)} before the phase, ${phase.speedProbe.after.cpuMs.toFixed(1)} after; ` +
            `memory chase ${phase.speedProbe.before.memoryCpuMs?.toFixed(1) ?? '–'} before, ${phase.speedProbe.after.memoryCpuMs?.toFixed(1) ?? '–'} after.`,
        ]
      : []),
  ];
}

function callRows(calls: Record<string, CallStats>): string[] {
  const rows = Object.entries(calls).map(([kind, c]) => `| ${kind} | ${c.n} | ${ms(c.p50)} | ${ms(c.p95)} | ${ms(c.max)} | ${c.errors} |`);
  const failures = Object.entries(calls).flatMap(([kind, c]) => c.firstErrors.map((error) => `  - ${kind}: ${error}`));
  return [
    '| call | n | p50 ms | p95 ms | max ms | errors |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(failures.length ? ['', 'first errors:', ...failures] : []),
  ];
}

const coreList = (us?: number[]) => (us?.length ? us.join('/') : '–');
const gateWait = (wait?: FastCoresWait) =>
  wait ? `${wait.met ? 'met' : '**timed out**'} after ${(wait.waitedMs / 1000).toFixed(1)} s (limit ${wait.limitUs ?? '–'} µs)` : 'no gate';

/** The cores around a measurement: "cores 8.6/8.7 → 8.8/9.1 µs, gate met after 2.9 s (limit 9.1 µs)". */
function coresState(cores?: { fastCores?: FastCoresWait; beforeUs?: number[]; afterUs?: number[] }): string {
  return cores
    ? `cores ${coreList(cores.beforeUs)} → ${coreList(cores.afterUs)} µs, gate ${gateWait(cores.fastCores)}`
    : 'cores not probed';
}

/** Every gated measurement of a run with its wait and the cores' probes before and after it. */
export function gateWaits(result: RunResult): { phase: string; fastCores?: FastCoresWait; beforeUs?: number[]; afterUs?: number[] }[] {
  const read = result.read;
  return [
    ...interviewPhases(result).map(([name, phase]) => ({
      phase: name,
      fastCores: phase.fastCores,
      beforeUs: phase.speedProbe?.before.coreCpuUs,
      afterUs: phase.speedProbe?.after.coreCpuUs,
    })),
    ...(read
      ? [
          { phase: 'read sequential', ...read.sequential.cores },
          { phase: `read ${read.concurrency} concurrent`, ...read.concurrent.cores },
        ]
      : []),
  ];
}

function gateRows(result: RunResult): string[] {
  const setup = result.fastCoreGate;
  const c = setup?.calibration;
  const how = !setup
    ? 'none (`--fast-core-us 0`, or the core probe does not work here)'
    : c
      ? `calibrated over ${(c.durationMs / 1000).toFixed(0)} s with the stack idle: ${c.samplesUs[0]?.length ?? 0} probes per core, fast level (p${FAST_LEVEL_PERCENTILE}) ${c.levelsUs.join(' / ')} µs → limit ${c.limitUs} µs (lowest level + ${FAST_LIMIT_MARGIN * 100} %)`
      : `fixed by \`--fast-core-us\`: ${setup.limitUs} µs`;
  return [
    '',
    `### fast-core gate: ${how}`,
    '',
    '| measurement | gate | cores before → after (CPU µs per pipe round trip) |',
    '|---|---|---|',
    ...gateWaits(result).map((w) => `| ${w.phase} | ${gateWait(w.fastCores)} | ${coreList(w.beforeUs)} → ${coreList(w.afterUs)} |`),
  ];
}

/** The markdown report of one run. */
export function formatRun(result: RunResult): string {
  const lines = [
    `## ${result.label} — ${result.options.users} users, bcrypt cost ${result.options.bcryptCost} (${result.date})`,
    `checkout ${result.checkout} @ ${result.commit}; ${result.machine.cores} cores, ${result.machine.cpu}, ${result.machine.memoryGiB} GiB; load average at start ${result.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}; HTTP client ${result.client ?? 'fetch'}`,
  ];
  if (result.aborted) lines.push('', `**ABORTED:** ${result.aborted}`);
  const { signup, read } = result;
  if (signup) {
    lines.push(
      '',
      `### 1. sign-up burst: ${signup.users} at once in ${(signup.burstWallMs / 1000).toFixed(2)} s; one hash ${signup.oneHashMs.toFixed(0)} ms (${signup.oneHashBeforeMs.toFixed(0)} before, ${signup.oneHashAfterMs.toFixed(0)} after) → limit ${(signup.hashingLimitMs / 1000).toFixed(2)} s on ${signup.cores} cores → ${x(signup.ratioToLimit)}; ${signup.probeCalls} probe calls`,
      '',
      ...callRows(signup.calls),
    );
  }
  const titles: Record<InterviewPhase, string> = {
    paced: '2. paced, fresh stack',
    'paced-warm': '2b. paced-warm: the same wave again with new users, warm stack',
    saturation: '3. saturation',
  };
  for (const [name, phase] of interviewPhases(result)) {
    const title = titles[name];
    lines.push(
      '',
      `### ${title} (think ${phase.thinkMs} ms ±50 %): ${phase.completed}/${phase.users} interviews completed, ${phase.failed} failed, ${phase.cutOff} cut off; ${(phase.wallMs / 1000).toFixed(1)} s → ${phase.completedPerSecond.toFixed(2)} completed/s`,
      '',
      ...callRows(phase.calls),
      ...cpuRows(phase),
    );
  }
  if (read) {
    lines.push(
      '',
      `### 4. cheap read: ${read.requestsPerPath} requests per path and mode`,
      '',
      ...callRows({
        ...Object.fromEntries([
          [`gateway (sequential)`, read.sequential.gateway],
          [`direct (sequential)`, read.sequential.direct],
          [`gateway (${read.concurrency} concurrent)`, read.concurrent.gateway],
          [`direct (${read.concurrency} concurrent)`, read.concurrent.direct],
        ]),
      }),
    );
  }
  lines.push(...gateRows(result));
  lines.push('', '### targets', '', '| check | value | target | |', '|---|---|---|---|');
  for (const check of result.checks)
    lines.push(
      `| ${check.name} | ${check.value} | ${check.target} | ${check.target === '—' ? 'info' : check.pass ? 'pass' : '**FAIL**'} |`,
    );
  return lines.join('\n');
}

/** Every (phase, call kind) → stats, for the side-by-side table. */
function flatCalls(result: RunResult): Map<string, CallStats> {
  const flat = new Map<string, CallStats>();
  for (const [phase, calls] of [
    ['signup', result.signup?.calls] as const,
    ...interviewPhases(result).map(([n, p]) => [n, p.calls] as const),
  ]) {
    for (const [kind, stats] of Object.entries(calls ?? {})) flat.set(`${phase}: ${kind}`, stats);
  }
  if (result.read) {
    for (const [mode, r] of [
      ['sequential', result.read.sequential],
      ['concurrent', result.read.concurrent],
    ] as const) {
      flat.set(`read: gateway (${mode})`, r.gateway);
      flat.set(`read: direct (${mode})`, r.direct);
    }
  }
  return flat;
}

const sumOf = (counts: Record<string, number>, prefixes: string[]) =>
  Object.entries(counts)
    .filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix)))
    .reduce((sum, [, n]) => sum + n, 0)
    .toFixed(2);

/** What the sampled backends were doing: on a core (or ready for one), waiting for the WAL flush, a row lock, the client. */
const DB_WAIT_ROWS: [string, (waits: DbWaits) => string][] = [
  ['active', (w) => (w.meanByState.active ?? 0).toFixed(2)],
  ['of them waiting for the WAL flush (WALWrite, WalSync)', (w) => sumOf(w.meanByWait, ['LWLock:WALWrite', 'IO:WalSync'])],
  ['of them waiting for a lock (Lock:*)', (w) => sumOf(w.meanByWait, ['Lock:'])],
  ['idle in transaction (waiting for PostgREST)', (w) => (w.meanByState['idle in transaction'] ?? 0).toFixed(2)],
  ['idle (free connections of every pool: PostgREST, auth)', (w) => (w.meanByState.idle ?? 0).toFixed(2)],
];

/** Before/after table of two runs: every call kind and every target check side by side. */
export function formatComparison(before: RunResult, after: RunResult): string {
  const lines = [
    `## before/after: ${before.label} → ${after.label}`,
    '',
    `before: ${before.checkout} @ ${before.commit}, ${before.date}, ${before.options.users} users`,
    `after: ${after.checkout} @ ${after.commit}, ${after.date}, ${after.options.users} users`,
    ...(before.options.users !== after.options.users ? ['', '**The two runs had different user counts: not comparable.**'] : []),
    '',
    '| call | p50 ms before → after | p95 ms before → after | errors before → after |',
    '|---|---|---|---|',
  ];
  const a = flatCalls(before);
  const b = flatCalls(after);
  for (const kind of new Set([...a.keys(), ...b.keys()])) {
    const [s, t] = [a.get(kind), b.get(kind)];
    lines.push(`| ${kind} | ${ms(s?.p50)} → ${ms(t?.p50)} | ${ms(s?.p95)} → ${ms(t?.p95)} | ${s?.errors ?? '–'} → ${t?.errors ?? '–'} |`);
  }
  for (const [phase, key] of Object.entries(INTERVIEW_PHASES)) {
    const [s, t] = [before[key], after[key]];
    if (!s?.cpu || !t?.cpu) continue;
    const [rs, rt] = [new Map(cpuPerInterview(s)), new Map(cpuPerInterview(t))];
    lines.push('', `CPU ms per interview by process, ${phase}:`, '', '| process | before | after |', '|---|---:|---:|');
    for (const kind of new Set([...rs.keys(), ...rt.keys()].filter((k) => k !== 'total').concat('total'))) {
      lines.push(`| ${kind} | ${rs.get(kind)?.toFixed(1) ?? '–'} | ${rt.get(kind)?.toFixed(1) ?? '–'} |`);
    }
  }
  for (const [phase, key] of Object.entries(INTERVIEW_PHASES)) {
    const [s, t] = [before[key]?.dbWaits, after[key]?.dbWaits];
    if (!s && !t) continue;
    lines.push(
      '',
      `Database client backends, ${phase} (mean per sample of pg_stat_activity):`,
      '',
      '| backends | before | after |',
      '|---|---:|---:|',
    );
    for (const [name, value] of DB_WAIT_ROWS) lines.push(`| ${name} | ${s ? value(s) : '–'} | ${t ? value(t) : '–'} |`);
  }
  lines.push('', '| check | before | after | target |', '|---|---|---|---|');
  const checksAfter = new Map(after.checks.map((c) => [c.name, c]));
  const names = new Set([...before.checks.map((c) => c.name), ...checksAfter.keys()]);
  const checksBefore = new Map(before.checks.map((c) => [c.name, c]));
  for (const name of names) {
    const [s, t] = [checksBefore.get(name), checksAfter.get(name)];
    const cell = (c?: Check) => (c ? `${c.value}${c.target === '—' ? '' : c.pass ? ' (pass)' : ' (**FAIL**)'}` : '–');
    lines.push(`| ${name} | ${cell(s)} | ${cell(t)} | ${(t ?? s)!.target} |`);
  }
  return lines.join('\n');
}

/** The spread of the ratio over the run's consecutive slices, e.g. "; quarters 1.05–1.12×". */
function sliceRange(ratios: number[] | undefined): string {
  if (!ratios?.length) return '';
  return `; quarters ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}
