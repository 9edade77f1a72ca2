// Waits, before a measured phase, until every core probes fast. On this VM each virtual CPU switches, for
// seconds to minutes at a time and independently of the other, into a state in which most work on it costs
// ~1.3–1.6× the CPU (a tight integer loop hardly changes; the host's doing, out of the guest's reach); a phase
// that starts in it uses 5–25 ms more stack CPU per interview. Waiting for both cores to be fast makes runs comparable; the probes after the phase
// (speed-probe.ts) show when a core turned slow during it.
import { probeCores } from './perf-events.ts';

export interface FastCoresWait {
  waitedMs: number;
  /** Whether every core was at or under the limit when the phase started (false: gave up after the wait). */
  met: boolean;
  /** The last probe, CPU µs per pipe round trip per core. */
  coreCpuUs?: number[];
}

export const fastEnough = (coreCpuUs: number[], limitUs: number) => coreCpuUs.every((us) => us <= limitUs);

export async function waitForFastCores(limitUs: number, maxWaitMs: number, log: (line: string) => void): Promise<FastCoresWait> {
  const started = Date.now();
  for (;;) {
    const coreCpuUs = probeCores();
    const waitedMs = Date.now() - started;
    if (!coreCpuUs) return { waitedMs, met: false };
    if (fastEnough(coreCpuUs, limitUs)) return { waitedMs, met: true, coreCpuUs };
    if (waitedMs >= maxWaitMs) {
      log(`  cores still slow after ${Math.round(waitedMs / 1000)} s (${coreCpuUs.join(', ')} µs > ${limitUs}): starting anyway`);
      return { waitedMs, met: false, coreCpuUs };
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
