// Waits, before a measured phase, until every core probes fast. On this VM each virtual CPU switches, for
// seconds to minutes at a time and independently of the other, into a state in which most work on it costs
// ~1.3–1.6× the CPU (a tight integer loop hardly changes; the host's doing, out of the guest's reach); a phase
// that starts in it uses 5–25 ms more stack CPU per interview. Waiting for both cores to be fast makes runs comparable; the probes after the phase
// (speed-probe.ts) show when a core turned slow during it.
import { calibrateFastCores, type FastCoreCalibration } from './fast-core-calibration.ts';
import { probeCores } from './perf-events.ts';

export interface FastCoresWait {
  waitedMs: number;
  /** Whether every core was at or under the limit when the phase started (false: gave up after the wait). */
  met: boolean;
  /** The limit the cores were held to (a calibrated gate tightens when a core later probes faster). */
  limitUs?: number;
  /** The last probe, CPU µs per pipe round trip per core. */
  coreCpuUs?: number[];
}

/** How the run's gate got its limit: `--fast-core-us N`, or calibrated from probes of the idle stack. */
export interface FastCoreGateSetup {
  limitUs: number;
  calibration?: FastCoreCalibration & { durationMs: number };
}

export const fastEnough = (coreCpuUs: number[], limitUs: number) => coreCpuUs.every((us) => us <= limitUs);

const PROBE_EVERY_MS = 2000;

export class FastCoreGate {
  /**
   * Every reading of the run so far, per core (calibrated gates only): when a core later probes faster than any
   * core did during the calibration (all of them slow then), the limit tightens to match.
   */
  private readonly samplesUs?: number[][];
  private limitUs: number;

  private constructor(readonly setup: FastCoreGateSetup) {
    this.limitUs = setup.limitUs;
    this.samplesUs = setup.calibration?.samplesUs.map((core) => [...core]);
  }

  static fixed(limitUs: number): FastCoreGate {
    return new FastCoreGate({ limitUs });
  }

  /** Probes every core back to back for `durationMs`; undefined when the probe does not work here. */
  static calibrate(durationMs: number): FastCoreGate | undefined {
    const started = Date.now();
    const samplesUs: number[][] = [];
    do {
      const coreCpuUs = probeCores();
      if (!coreCpuUs) return undefined;
      coreCpuUs.forEach((us, core) => (samplesUs[core] ??= []).push(us));
    } while (Date.now() - started < durationMs);
    const calibration = calibrateFastCores(samplesUs);
    return (
      calibration && new FastCoreGate({ limitUs: calibration.limitUs, calibration: { ...calibration, durationMs: Date.now() - started } })
    );
  }

  private probe(): number[] | undefined {
    const coreCpuUs = probeCores();
    if (coreCpuUs && this.samplesUs) {
      coreCpuUs.forEach((us, core) => this.samplesUs![core]?.push(us));
      this.limitUs = Math.min(this.limitUs, calibrateFastCores(this.samplesUs)?.limitUs ?? this.limitUs);
    }
    return coreCpuUs;
  }

  async wait(maxWaitMs: number, log: (line: string) => void): Promise<FastCoresWait> {
    const started = Date.now();
    for (;;) {
      const coreCpuUs = this.probe();
      const waitedMs = Date.now() - started;
      const limitUs = this.limitUs;
      if (!coreCpuUs) return { waitedMs, met: false, limitUs };
      if (fastEnough(coreCpuUs, limitUs)) {
        log(`  cores fast after ${(waitedMs / 1000).toFixed(1)} s (${coreCpuUs.join(', ')} µs ≤ ${limitUs})`);
        return { waitedMs, met: true, limitUs, coreCpuUs };
      }
      if (waitedMs >= maxWaitMs) {
        log(`  cores still slow after ${Math.round(waitedMs / 1000)} s (${coreCpuUs.join(', ')} µs > ${limitUs}): starting anyway`);
        return { waitedMs, met: false, limitUs, coreCpuUs };
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  }
}
