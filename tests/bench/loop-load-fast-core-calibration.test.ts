import { describe, expect, it } from 'vitest';
import { calibrateFastCores } from '../../bench/loop-load/fast-core-calibration.ts';
import { fastEnough } from '../../bench/loop-load/fast-cores.ts';
import { evaluate, formatRun, type RunResult } from '../../bench/loop-load/report.ts';

// Ten readings of a fast core on this VM (CPU µs per pipe round trip) and of a slow one.
const FAST = [8.52, 8.61, 8.44, 8.9, 8.58, 8.47, 8.71, 8.63, 8.55, 8.98];
const SLOW = [12.1, 11.9, 12.6, 12.3, 11.8, 12.4, 12.2, 12.0, 12.5, 12.7];

describe('loop-load fast-core gate calibration', () => {
  it("takes each core's low percentile as its fast level and sets the limit 8 % above the lowest", () => {
    const calibration = calibrateFastCores([FAST, [8.81, 8.66, 8.7, 8.93, 8.75]])!;
    expect(calibration.levelsUs).toEqual([8.44, 8.66]);
    expect(calibration.limitUs).toBe(9.12);
    // every reading of a fast core passes, none of a slow one
    expect(FAST.every((us) => fastEnough([us, us], calibration.limitUs))).toBe(true);
    expect(SLOW.some((us) => fastEnough([8.5, us], calibration.limitUs))).toBe(false);
  });

  it('does not give a core that was slow during the whole calibration a slow limit', () => {
    const calibration = calibrateFastCores([SLOW, FAST])!;
    expect(calibration.levelsUs).toEqual([11.8, 8.44]);
    expect(calibration.limitUs).toBe(9.12);
    expect(fastEnough([12.1, 8.6], calibration.limitUs)).toBe(false);
  });

  it('keeps the fast level when a core turns slow or is disturbed for part of the calibration', () => {
    // 30 readings, the last third slow: the level stays on the fast floor
    const turning = [...FAST, ...FAST, ...SLOW];
    expect(calibrateFastCores([turning, turning])!.levelsUs).toEqual([8.47, 8.47]);
  });

  it('follows the machine: a machine whose fast cores read 20 µs gets a limit near 21.6', () => {
    const other = FAST.map((us) => Math.round(us * (20 / 8.44) * 100) / 100);
    expect(calibrateFastCores([other, other])!.limitUs).toBeCloseTo(21.6, 1);
  });

  it('gives no limit without readings of every core', () => {
    expect(calibrateFastCores([])).toBeUndefined();
    expect(calibrateFastCores([FAST, []])).toBeUndefined();
  });
});

describe('loop-load report of the fast-core gate', () => {
  const stats = (p50: number) => ({ n: 10, ok: 10, errors: 0, p50, p95: p50, max: p50, firstErrors: [] });
  const mode = (gateway: number, met: boolean) => ({
    gateway: stats(gateway),
    direct: stats(1),
    ratioP50: gateway,
    cores: { fastCores: { waitedMs: met ? 2900 : 61_000, met, limitUs: 9.12 }, beforeUs: [8.6, 8.7], afterUs: [8.8, 12.1] },
  });
  const result = {
    label: 'x',
    checkout: '/tmp/x',
    commit: 'abc',
    date: '2026-12-06T00:00:00Z',
    machine: { cores: 2, cpu: 'test', memoryGiB: 1, loadAverageAtStart: [0, 0, 0] },
    options: { users: 2, phases: ['read'], bcryptCost: 4, thinkMs: 0, timeoutMs: 1000 },
    read: { requestsPerPath: 10, concurrency: 32, sequential: mode(1.16, true), concurrent: mode(1.05, false) },
    fastCoreGate: { limitUs: 9.12, calibration: { samplesUs: [FAST, FAST], levelsUs: [8.44, 8.44], limitUs: 9.12, durationMs: 20_000 } },
  } as unknown as RunResult;

  it('puts the state of the cores and the gate next to each gateway ÷ direct ratio', () => {
    const [sequential, concurrent] = evaluate(result).filter((check) => check.name.startsWith('read'));
    expect(sequential!.value).toContain('cores 8.6/8.7 → 8.8/12.1 µs, gate met after 2.9 s (limit 9.12 µs)');
    expect(concurrent!.value).toContain('gate **timed out** after 61.0 s');
  });

  it('reports the calibration and every gate wait', () => {
    const report = formatRun({ ...result, checks: evaluate(result) });
    expect(report).toContain('10 probes per core, fast level (p10) 8.44 / 8.44 µs → limit 9.12 µs');
    expect(report).toContain('| read 32 concurrent | **timed out** after 61.0 s (limit 9.12 µs) | 8.6/8.7 → 8.8/12.1 |');
  });
});
