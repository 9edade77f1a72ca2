// Phase 4: a cheap read (GET /rest/v1/plans as anon) through the gateway vs straight to PostgREST,
// sequential and ~32 concurrent. The two paths alternate in blocks (ABBA) so that a load change on the
// shared machine hits both alike.
import { timedCall, CallFailed } from '../http.ts';
import type { Recorder, CallStats } from '../recorder.ts';
import type { TargetStackInfo } from '../target-stack.ts';

export interface ReadModeResult {
  gateway: CallStats;
  direct: CallStats;
  /** gateway p50 ÷ direct p50 (target ≤ 1.10). */
  ratioP50: number | null;
}

export interface ReadResult {
  requestsPerPath: number;
  concurrency: number;
  sequential: ReadModeResult;
  concurrent: ReadModeResult;
}

const BLOCK = 250;
const WARM_UP = 50;

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

  /** `count` requests on one path with `concurrency` in flight. */
  const block = async (into: Recorder, path: keyof typeof paths, mode: string, count: number, concurrency: number) => {
    let issued = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < count && performance.now() < deadline) {
          issued += 1;
          await one(into, path, mode);
        }
      }),
    );
  };

  const run = async (mode: string, concurrency: number): Promise<ReadModeResult> => {
    for (const path of ['gateway', 'direct'] as const) await block(options.warmUp, path, mode, WARM_UP, concurrency);
    // gateway, direct, direct, gateway, …: neither path always runs right after the other
    for (let done = 0, pair = 0; done < options.requests; done += BLOCK, pair++) {
      const count = Math.min(BLOCK, options.requests - done);
      const order = pair % 2 === 0 ? (['gateway', 'direct'] as const) : (['direct', 'gateway'] as const);
      for (const path of order) await block(recorder, path, mode, count, concurrency);
    }
    const stats = recorder.stats();
    const gateway = stats[kind('gateway', mode)]!;
    const direct = stats[kind('direct', mode)]!;
    return { gateway, direct, ratioP50: gateway?.p50 && direct?.p50 ? gateway.p50 / direct.p50 : null };
  };

  return {
    requestsPerPath: options.requests,
    concurrency: options.concurrency,
    sequential: await run('sequential', 1),
    concurrent: await run(`${options.concurrency} concurrent`, options.concurrency),
  };
}
