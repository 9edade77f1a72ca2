// Phase 4: a cheap read (GET /rest/v1/plans as anon) through the gateway vs straight to PostgREST,
// sequential and ~32 concurrent. The two paths alternate request by request (ABBA), so that whatever the
// machine does meanwhile (another process, a scheduler placement, a timer) hits both alike.
import { cpuBetween, snapshotCpu, type CpuUse } from '../cpu.ts';
import type { FastCoresWait } from '../fast-cores.ts';
import { probeCores } from '../perf-events.ts';
import { timedCall, CallFailed } from '../http.ts';
import { percentile, type Recorder, type CallStats } from '../recorder.ts';
import type { TargetStackInfo } from '../target-stack.ts';

export interface ReadModeResult {
  gateway: CallStats;
  direct: CallStats;
  /** gateway p50 ÷ direct p50 (target ≤ 1.10). */
  ratioP50: number | null;
  /**
   * The same ratio in each of SLICES consecutive parts of the run, in order: how much the ratio moves
   * between repeated measurements on one stack (absent in results of older versions).
   */
  sliceRatiosP50?: number[];
  /** CPU of the stack's processes by kind and of the load generator over the measured requests of both paths. */
  cpu?: { stack: CpuUse; loadGeneratorMs: number };
  /**
   * Per core CPU µs per pipe round trip right before and after this mode's requests, and the fast-core gate's
   * wait before them (when the run had a gate): a slow core inflates both paths, but not alike.
   */
  cores?: { fastCores?: FastCoresWait; beforeUs?: number[]; afterUs?: number[] };
}

export interface ReadResult {
  requestsPerPath: number;
  concurrency: number;
  sequential: ReadModeResult;
  concurrent: ReadModeResult;
}

const WARM_UP = 50;
const SLICES = 4;

const isPlanList = (body: unknown) => (Array.isArray(body) && body.length > 0 ? null : 'no plans');

export async function runReadPhase(options: {
  stack: TargetStackInfo;
  postgrestUrl: string;
  recorder: Recorder;
  warmUp: Recorder;
  requests: number;
  concurrency: number;
  timeoutMs: number;
  deadlineMs: number;
  /** The stack's process tree, whose CPU over the measured requests is recorded. */
  stackPid: number;
  /** The run's fast-core gate, waited for before each mode's warm-up (fast-cores.ts). */
  waitForFastCores?: () => Promise<FastCoresWait>;
}): Promise<ReadResult> {
  const { stack, recorder } = options;
  const deadline = performance.now() + options.deadlineMs;
  const paths = {
    gateway: {
      url: `${stack.apiUrl}/rest/v1/plans?select=*`,
      headers: { apikey: stack.anonKey, authorization: `Bearer ${stack.anonKey}` },
    },
    direct: { url: `${options.postgrestUrl}/plans?select=*`, headers: { authorization: `Bearer ${stack.anonKey}` } },
  };
  const kind = (path: keyof typeof paths, mode: string) => `${path} GET /plans (${mode})`;

  const one = async (into: Recorder, path: keyof typeof paths, mode: string) => {
    try {
      await timedCall(into, kind(path, mode), paths[path].url, {
        headers: paths[path].headers,
        timeoutMs: options.timeoutMs,
        check: isPlanList,
      });
    } catch (error) {
      if (!(error instanceof CallFailed)) throw error;
    }
  };

  /**
   * `count` requests per path with `concurrency` in flight. Each in-flight chain alternates the paths
   * gateway, direct, direct, gateway, … (half the chains start with direct), so both paths share every
   * moment of the run, including PostgREST's queue when it is saturated.
   */
  const interleaved = async (into: Recorder, mode: string, count: number, concurrency: number) => {
    let issued = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, chain) => {
        for (let step = 0; issued < 2 * count && performance.now() < deadline; step++) {
          issued += 1;
          await one(into, readPathAt(chain, step), mode);
        }
      }),
    );
  };

  const run = async (mode: string, concurrency: number): Promise<ReadModeResult> => {
    const fastCores = await options.waitForFastCores?.();
    const beforeUs = fastCores?.coreCpuUs ?? probeCores();
    await interleaved(options.warmUp, mode, WARM_UP, concurrency);
    const cpuBefore = snapshotCpu(options.stackPid);
    const loadGeneratorBefore = process.cpuUsage();
    await interleaved(recorder, mode, options.requests, concurrency);
    const loadGenerator = process.cpuUsage(loadGeneratorBefore);
    const cpu = {
      stack: cpuBetween(cpuBefore, snapshotCpu(options.stackPid)),
      loadGeneratorMs: (loadGenerator.user + loadGenerator.system) / 1000,
    };
    const afterUs = probeCores();
    const stats = recorder.stats();
    const gateway = stats[kind('gateway', mode)]!;
    const direct = stats[kind('direct', mode)]!;
    return {
      gateway,
      direct,
      ratioP50: gateway?.p50 && direct?.p50 ? gateway.p50 / direct.p50 : null,
      sliceRatiosP50: sliceRatios(recorder, kind('gateway', mode), kind('direct', mode)),
      cpu,
      cores: { fastCores, beforeUs, afterUs },
    };
  };

  return {
    requestsPerPath: options.requests,
    concurrency: options.concurrency,
    sequential: await run('sequential', 1),
    concurrent: await run(`${options.concurrency} concurrent`, options.concurrency),
  };
}

/** The path of a chain's `step`-th read: gateway, direct, direct, gateway, … (odd chains start at direct, direct, gateway). */
export function readPathAt(chain: number, step: number): 'gateway' | 'direct' {
  const phase = (step + (chain % 2 === 0 ? 0 : 2)) % 4;
  return phase === 0 || phase === 3 ? 'gateway' : 'direct';
}

/** gateway p50 ÷ direct p50 in each of SLICES consecutive parts of the calls, in start order. */
export function sliceRatios(recorder: Recorder, gatewayKind: string, direct: string): number[] {
  const timeline = recorder.timeline();
  const durations = (kind: string) => timeline.filter(([k]) => k === kind).map(([, , ms]) => ms);
  const [g, d] = [durations(gatewayKind), durations(direct)];
  const p50Of = (values: number[], slice: number) => {
    const size = Math.floor(values.length / SLICES);
    return percentile(
      values.slice(slice * size, (slice + 1) * size).sort((a, b) => a - b),
      50,
    );
  };
  return Array.from({ length: SLICES }, (_, slice) => (p50Of(g, slice) ?? NaN) / (p50Of(d, slice) ?? NaN)).filter(Number.isFinite);
}
