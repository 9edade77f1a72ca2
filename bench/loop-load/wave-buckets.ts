// The first seconds of an interview phase, per time bucket, for one call kind: how many calls of the kind started
// in the bucket, how many of them (started in any bucket) were in flight at its end, and the p50/p95 of the ones
// that started in it. Shows whether a kind's p95 comes from how tightly its calls arrive or from what each costs.
//
//   npx tsx bench/loop-load/wave-buckets.ts <run.json>... [--kind 'fn generate-questions'] [--phase paced]
//                                           [--bucket-ms 100] [--until-ms 4000]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './recorder.ts';

export interface WaveBucket {
  fromMs: number;
  arrivals: number;
  inFlightAtEnd: number;
  p50: number | null;
  p95: number | null;
}

/** Buckets of `bucketMs` from the phase's first call up to `untilMs`; `timeline` as Recorder.timeline() gives it. */
export function waveBuckets(timeline: [string, number, number][], kind: string, bucketMs: number, untilMs: number): WaveBucket[] {
  const calls = timeline.filter(([k]) => k === kind);
  const buckets: WaveBucket[] = [];
  for (let fromMs = 0; fromMs < untilMs; fromMs += bucketMs) {
    const end = fromMs + bucketMs;
    const started = calls
      .filter(([, start]) => start >= fromMs && start < end)
      .map(([, , ms]) => ms)
      .sort((a, b) => a - b);
    buckets.push({
      fromMs,
      arrivals: started.length,
      inFlightAtEnd: calls.filter(([, start, ms]) => start < end && start + ms > end).length,
      p50: percentile(started, 50),
      p95: percentile(started, 95),
    });
  }
  return buckets;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const at = args.indexOf(`--${name}`);
    return at < 0 ? fallback : args.splice(at, 2)[1]!;
  };
  const kind = option('kind', 'fn generate-questions');
  const phase = option('phase', 'paced');
  const bucketMs = Number(option('bucket-ms', '100'));
  const untilMs = Number(option('until-ms', '4000'));
  for (const file of args) {
    const run = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { timeline?: [string, number, number][] }>;
    const timeline = run[phase]?.timeline ?? [];
    const all = timeline
      .filter(([k]) => k === kind)
      .map(([, , ms]) => ms)
      .sort((a, b) => a - b);
    console.log(`\n${path.basename(file)}: ${phase}, ${kind}: n ${all.length}, p50 ${percentile(all, 50)}, p95 ${percentile(all, 95)} ms`);
    console.log('| from ms | arrivals | in flight at end | p50 ms | p95 ms |\n|---:|---:|---:|---:|---:|');
    for (const b of waveBuckets(timeline, kind, bucketMs, untilMs)) {
      if (b.arrivals || b.inFlightAtEnd)
        console.log(`| ${b.fromMs} | ${b.arrivals} | ${b.inFlightAtEnd} | ${b.p50 ?? ''} | ${b.p95 ?? ''} |`);
    }
  }
}
