import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../bench/loop-load/report.ts';
import { formatRounds, median, roundOrder } from '../../bench/loop-load/rounds.ts';

const run = (label: string, completedPerSecond: number, load: number) =>
  ({
    label,
    checkout: `/tmp/${label}`,
    commit: 'abc1234',
    date: '2026-12-06T00:00:00Z',
    machine: { cores: 2, cpu: 'test', memoryGiB: 1, loadAverageAtStart: [load, 0, 0] },
    options: { users: 2, phases: ['saturation'], bcryptCost: 4, thinkMs: 0, timeoutMs: 1000 },
    saturation: {
      users: 2,
      completed: 2,
      failed: 0,
      cutOff: 0,
      wallMs: 100,
      completedPerSecond,
      thinkMs: 0,
      calls: { 'fn score-answer': { n: 6, p50: 10, p95: 20, errors: 0 } },
      cpu: { byKind: { 'deno: functions workers': 30, 'postgres backends: PostgREST (authenticator)': 50 }, totalMs: 80 },
    },
    checks: [],
  }) as unknown as RunResult;

describe('loop-load rounds', () => {
  it('runs each side first in half of the pairs', () => {
    expect(roundOrder(1)).toEqual(['before', 'after']);
    expect(roundOrder(3)).toEqual(['before', 'after', 'after', 'before', 'before', 'after']);
    const order = roundOrder(4);
    const firsts = order.filter((_, i) => i % 2 === 0);
    expect(firsts.filter((side) => side === 'before')).toHaveLength(2);
    expect(order.filter((side) => side === 'after')).toHaveLength(4);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("lists each side's runs in order, marks the first of each pair and gives the medians", () => {
    const table = formatRounds([
      { side: 'before', result: run('a', 20, 1) },
      { side: 'after', result: run('b', 30, 2) },
      { side: 'after', result: run('b', 26, 3) },
      { side: 'before', result: run('a', 24, 4) },
    ]);
    expect(table).toContain('order A B B A: A = a, B = b');
    expect(table).toContain('| saturation: completed interviews/s | 20*, 24 | 30, 26* | 22 | 28 |');
    expect(table).toContain('| saturation: stack CPU ms per interview | 40*, 40 | 40, 40* | 40 | 40 |');
    // Phases none of the runs measured get no row.
    expect(table).not.toContain('paced: stack CPU');
  });
});

describe('loop-load machine counters', () => {
  it('reads the aggregate CPU line and the wanted vmstat counters', async () => {
    const { parseProcStat, parseVmstat, machineBetween } = await import('../../bench/loop-load/machine-counters.ts');
    const cpu = parseProcStat('cpu  100 5 40 1000 3 0 2 7 0 0\ncpu0 50 2 20 500 1 0 1 3 0 0\n');
    expect(cpu).toEqual({ user: 100, nice: 5, system: 40, idle: 1000, iowait: 3, irq: 0, softirq: 2, steal: 7 });
    const vm = parseVmstat('nr_free_pages 10\npgfault 500\npgmajfault 2\nsomething_else 9\n');
    expect(vm).toEqual({ pgfault: 500, pgmajfault: 2 });
    const use = machineBetween({ cpuTicks: cpu, vm }, { cpuTicks: { ...cpu, user: 150, system: 41 }, vm: { pgfault: 800, pgmajfault: 2 } });
    expect(use.cpuMs.user).toBe(500);
    expect(use.cpuMs.system).toBe(10);
    expect(use.cpuMs.idle).toBe(0);
    expect(use.vm).toEqual({ pgfault: 300, pgmajfault: 0 });
  });
});

describe('loop-load read phase', () => {
  it('alternates the two paths request by request, half the chains starting with direct', async () => {
    const { readPathAt } = await import('../../bench/loop-load/phases/read.ts');
    const sequence = (chain: number) => Array.from({ length: 8 }, (_, step) => readPathAt(chain, step)[0]).join('');
    expect(sequence(0)).toBe('gddggddg');
    expect(sequence(1)).toBe('dggddggd');
  });

  it('gives the gateway ÷ direct p50 of each quarter of the run, in order', async () => {
    const { sliceRatios } = await import('../../bench/loop-load/phases/read.ts');
    const { Recorder } = await import('../../bench/loop-load/recorder.ts');
    const recorder = new Recorder();
    let at = 0;
    // 4 quarters of 3 reads per path; the gateway's reads take 1.1, 1.2, 1.3, 1.4 × the direct ones.
    for (const [quarter, factor] of [1.1, 1.2, 1.3, 1.4].entries()) {
      for (let i = 0; i < 3; i++) {
        const direct = 1 + quarter;
        recorder.record('g', at, at + direct * factor);
        recorder.record('d', at + 10, at + 10 + direct);
        at += 20;
      }
    }
    expect(sliceRatios(recorder, 'g', 'd').map((r) => r.toFixed(2))).toEqual(['1.10', '1.20', '1.30', '1.40']);
  });
});

describe('loop-load sign-up burst rows', () => {
  it("splits the burst's CPU into hashing, the rest of the stack, the load generator and the rest of the machine", () => {
    const result = {
      ...run('a', 20, 1),
      saturation: undefined,
      signup: {
        users: 200,
        cores: 2,
        oneHashMs: 200,
        burstWallMs: 30_000,
        ratioToLimit: 1.5,
        probeHashesDuringBurst: 50,
        ratioToAllHashes: 1.2,
        calls: {},
        burstCpu: {
          stack: { byKind: { 'postgres backends: auth password hashing': 50_000, 'postgres backends: auth': 3_000 }, totalMs: 53_000 },
          loadGenerator: { cpuMs: 1_000, loopDelayMs: { p50: 0, p99: 0, max: 0, mean: 0 } },
          // 60 s of the two cores: 57 s busy, 3 s idle → 3 s used by processes outside the benchmark
          machine: { cpuMs: { user: 7_000, nice: 50_000, idle: 3_000 }, vm: {} },
        },
      },
    } as unknown as RunResult;
    const table = formatRounds([
      { side: 'before', result },
      { side: 'after', result },
    ]);
    expect(table).toContain('| sign-up burst: CPU s of the hashing backends | 50* | 50* | 50 | 50 |');
    expect(table).toContain('| sign-up burst: CPU ms of the hashing backends per hash | 200* | 200* | 200 | 200 |');
    expect(table).toContain('| sign-up burst: CPU s of the rest of the stack | 3* | 3* | 3 | 3 |');
    expect(table).toContain('| sign-up burst: CPU s outside the benchmark | 3* | 3* | 3 | 3 |');
    expect(table).toContain('| sign-up burst: idle CPU s | 3* | 3* | 3 | 3 |');
    // 1.2 × (1 − 3 s ÷ (2 cores × 30 s)) = 1.14
    expect(table).toContain('CPU outside the benchmark taken out | 1.14* | 1.14* | 1.14 | 1.14 |');
  });
});
