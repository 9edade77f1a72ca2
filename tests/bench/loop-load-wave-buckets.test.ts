import { describe, expect, it } from 'vitest';
import { waveBuckets } from '../../bench/loop-load/wave-buckets.ts';

describe('loop-load wave buckets', () => {
  it('counts the arrivals of one kind per bucket, those still in flight at its end, and their percentiles', () => {
    const timeline: [string, number, number][] = [
      ['fn generate-questions', 10, 50],
      ['fn generate-questions', 60, 300],
      ['rpc create_interview_session', 70, 500],
      ['fn generate-questions', 120, 20],
      ['fn generate-questions', 150, 10],
    ];
    expect(waveBuckets(timeline, 'fn generate-questions', 100, 300)).toEqual([
      { fromMs: 0, arrivals: 2, inFlightAtEnd: 1, p50: 50, p95: 300 },
      { fromMs: 100, arrivals: 2, inFlightAtEnd: 1, p50: 10, p95: 20 },
      { fromMs: 200, arrivals: 0, inFlightAtEnd: 1, p50: null, p95: null },
    ]);
  });
});
