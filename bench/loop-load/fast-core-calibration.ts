// The fast-core gate's limit, derived from the run's own probes instead of one machine's number. A core's probe
// (CPU µs per pipe round trip, perf-events.ts) sits on a floor while the core is fast and jumps ~1.3× above it
// while the host slows it; other load on the machine only pushes readings up. So a low percentile of a core's
// readings is its fast level, and the limit is the lowest core's level plus a margin for the fast state's own
// spread. The lowest core sets the limit for every core (the virtual CPUs are alike): a core that was slow for
// the whole calibration does not get a slow core's limit.
import { percentile } from './recorder.ts';

/** The percentile of a core's readings taken as its fast level. */
export const FAST_LEVEL_PERCENTILE = 10;
/**
 * Readings of a fast core spread up to ~7 % above its level; the lowest slow readings are ~12 % above it (this VM:
 * fast 8.4–9.0 µs, slow 9.5–12.5; README "Why the same build runs in a fast and a slow mode"). 8 % sits between.
 */
export const FAST_LIMIT_MARGIN = 0.08;

export interface FastCoreCalibration {
  /** Per core, every reading (CPU µs per pipe round trip) in the order probed. */
  samplesUs: number[][];
  /** Per core, the FAST_LEVEL_PERCENTILE of its readings. */
  levelsUs: number[];
  /** The lowest level × (1 + FAST_LIMIT_MARGIN): every core must probe at or under it. */
  limitUs: number;
}

/** The limit from each core's readings; undefined when a core has none. */
export function calibrateFastCores(samplesUs: number[][]): FastCoreCalibration | undefined {
  if (!samplesUs.length || samplesUs.some((core) => !core.length)) return undefined;
  const levelsUs = samplesUs.map((core) =>
    percentile(
      [...core].sort((a, b) => a - b),
      FAST_LEVEL_PERCENTILE,
    )!,
  );
  const limitUs = Math.round(Math.min(...levelsUs) * (1 + FAST_LIMIT_MARGIN) * 100) / 100;
  return { samplesUs, levelsUs, limitUs };
}
