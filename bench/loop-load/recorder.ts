// Latency samples per call kind, with the first distinct errors of each kind.

export interface CallStats {
  n: number;
  ok: number;
  errors: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  /** The first distinct failures ("<status> <message>"), at most MAX_DISTINCT_ERRORS. */
  firstErrors: string[];
}

const MAX_DISTINCT_ERRORS = 5;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

class KindSamples {
  durations: number[] = [];
  errors = 0;
  firstErrors: string[] = [];

  stats(): CallStats {
    const sorted = [...this.durations].sort((a, b) => a - b);
    return {
      n: sorted.length,
      ok: sorted.length - this.errors,
      errors: this.errors,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1) ?? null,
      firstErrors: this.firstErrors,
    };
  }
}

export class Recorder {
  private kinds = new Map<string, KindSamples>();
  /** performance.now() of the first call start and the last call end (wall time of a phase). */
  firstStart = Infinity;
  lastEnd = -Infinity;
  /** Every call as [kind, start, duration] in ms, start relative to the first call (when recorded). */
  private calls: [string, number, number][] = [];

  private kind(name: string): KindSamples {
    let samples = this.kinds.get(name);
    if (!samples) {
      samples = new KindSamples();
      this.kinds.set(name, samples);
    }
    return samples;
  }

  record(kind: string, started: number, ended: number, failure?: string): void {
    const samples = this.kind(kind);
    samples.durations.push(ended - started);
    this.calls.push([kind, started, ended - started]);
    this.firstStart = Math.min(this.firstStart, started);
    this.lastEnd = Math.max(this.lastEnd, ended);
    if (failure !== undefined) {
      samples.errors += 1;
      if (samples.firstErrors.length < MAX_DISTINCT_ERRORS && !samples.firstErrors.includes(failure)) samples.firstErrors.push(failure);
    }
  }

  /** Wall time from the first call's start to the last call's end, in ms (0 when nothing ran). */
  wallMs(): number {
    return this.lastEnd > this.firstStart ? this.lastEnd - this.firstStart : 0;
  }

  totalErrors(): number {
    let total = 0;
    for (const samples of this.kinds.values()) total += samples.errors;
    return total;
  }

  /** The calls in start order, each [kind, start ms after the first call's start, duration ms] (rounded to 0.1 ms). */
  timeline(): [string, number, number][] {
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return [...this.calls].sort((a, b) => a[1] - b[1]).map(([kind, start, ms]) => [kind, round(start - this.firstStart), round(ms)]);
  }

  stats(): Record<string, CallStats> {
    return Object.fromEntries([...this.kinds].map(([name, samples]) => [name, samples.stats()]));
  }
}
