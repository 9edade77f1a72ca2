// The load generator's own share of a phase: its CPU and how late its event loop ran. The virtual users' timers and
// the responses they wait for are all handled on this one thread, and it runs on the same 2 cores as the stack: when
// it is late, a call's recorded duration includes the wait for this thread (a response that had arrived but was not
// read yet), not only the stack's time. Nothing here changes what the phase does.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoadGeneratorUse {
  /** CPU ms of this process (every thread: JavaScript, GC, libuv) during the phase. */
  cpuMs: number;
  /** How late a 10 ms timer of this thread fired, sampled continuously (ms). */
  loopDelayMs: { p50: number; p99: number; max: number; mean: number };
}

export function sampleLoadGenerator(): { stop(): LoadGeneratorUse } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const cpuBefore = process.cpuUsage();
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      const cpu = process.cpuUsage(cpuBefore);
      // The histogram holds nanoseconds; an empty one (a phase shorter than one sample) reports 0.
      const ms = (ns: number) => (Number.isFinite(ns) ? Math.round(ns / 1e4) / 100 : 0);
      return {
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        loopDelayMs: {
          p50: ms(histogram.percentile(50)),
          p99: ms(histogram.percentile(99)),
          max: ms(histogram.max),
          mean: ms(histogram.mean),
        },
      };
    },
  };
}
