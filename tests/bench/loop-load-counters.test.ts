import { describe, expect, it } from 'vitest';
import {
  machineBetween,
  parseCpuPressure,
  parseInterrupts,
  parseProcStat,
  parseProcStatDetail,
  parseVmstat,
} from '../../bench/loop-load/machine-counters.ts';
import { fastEnough } from '../../bench/loop-load/fast-cores.ts';
import { parsePerfStat } from '../../bench/loop-load/perf-events.ts';
import { parseFaults, parseThreadSched, processCountersBetween, snapshotProcessCounters } from '../../bench/loop-load/process-counters.ts';
import { Worker } from 'node:worker_threads';

const STAT = `cpu  100 5 40 1000 3 0 2 7 0 0
cpu0 50 2 20 500 1 0 1 3 0 0
cpu1 50 3 20 500 2 0 1 4 0 0
intr 9000 1 0 0
ctxt 123456
btime 1765000000
processes 4321
procs_running 2
`;

const INTERRUPTS = `           CPU0       CPU1       
 32:       2635          0 PCI-MSIX-0000:00:01.0   4-edge      virtio0-reporting_vq
 36:          0    4731424 PCI-MSIX-0000:00:02.0   1-edge      virtio1-req.0
LOC:   13936352   13825419   Local timer interrupts
RES:    8871073    8360812   Rescheduling interrupts
CAL:    4875996    3984685   Function call interrupts
ERR:          0
`;

describe('loop-load machine counters: cores, switches, interrupts, pressure', () => {
  it('reads each core, the context switches, interrupts and forks of /proc/stat', () => {
    const { perCpuTicks, totals } = parseProcStatDetail(STAT);
    expect(Object.keys(perCpuTicks)).toEqual(['cpu0', 'cpu1']);
    expect(perCpuTicks.cpu1).toMatchObject({ user: 50, nice: 3, iowait: 2, steal: 4 });
    expect(totals).toEqual({ ctxt: 123456, intr: 9000, forks: 4321 });
  });

  it('names /proc/interrupts rows by device or short name, one count per core', () => {
    const rows = parseInterrupts(INTERRUPTS);
    expect(rows['virtio0-reporting_vq']).toEqual([2635, 0]);
    expect(rows['virtio1-req.0']).toEqual([0, 4731424]);
    expect(rows.CAL).toEqual([4875996, 3984685]);
    // a row with fewer counts than cores (ERR) is kept with what it has
    expect(rows.ERR).toEqual([0]);
  });

  it('keeps the memory counters that could show compaction, huge pages or reclaim, and CPU pressure', () => {
    expect(parseVmstat('nr_free_pages 10\ncompact_stall 3\nthp_fault_alloc 1\npgscan_kswapd 5\nnr_dirty 2\n')).toEqual({
      compact_stall: 3,
      thp_fault_alloc: 1,
      pgscan_kswapd: 5,
    });
    expect(parseCpuPressure('some avg10=7.03 avg60=6.97 avg300=32.26 total=21294658580\nfull avg10=0.00 total=0\n')).toBe(21294658580);
  });

  it('gives per-core ms, switch and interrupt deltas, and leaves out rows that did not move', () => {
    const before = {
      cpuTicks: parseProcStat(STAT),
      ...parseProcStatDetail(STAT),
      interrupts: parseInterrupts(INTERRUPTS),
      cpuPressureUs: 1_000_000,
      vm: {},
    };
    const after = {
      ...before,
      perCpuTicks: { ...before.perCpuTicks, cpu1: { ...before.perCpuTicks.cpu1!, steal: 14 } },
      totals: { ctxt: 124456, intr: 9500, forks: 4331 },
      interrupts: { ...before.interrupts, CAL: [4876996, 3984685] },
      cpuPressureUs: 1_250_000,
    };
    const use = machineBetween(before, after);
    expect(use.perCpuMs?.cpu1?.steal).toBe(100);
    expect(use.perCpuMs?.cpu0?.steal).toBe(0);
    expect(use.totals).toEqual({ ctxt: 1000, intr: 500, forks: 10 });
    expect(use.interrupts).toEqual({ CAL: [1000, 0] });
    expect(use.cpuPressureMs).toBe(250);
  });
});

describe('loop-load process counters', () => {
  it('reads minor and major faults after a comm with spaces and parentheses', () => {
    const stat = '42 (postgres: a (b) c) S 1 42 42 0 -1 4194560 1234 99 7 3 10 5 0 0 20 0 1 0 100 0 0';
    expect(parseFaults(stat)).toEqual({ minorFaults: 1234, majorFaults: 7 });
  });

  it("reads a thread's migrations, switches and run-queue wait", () => {
    const sched = `deno (123, #threads: 9)
---------------------------------
se.exec_start                                :      43783797.505284
se.nr_migrations                             :                   17
nr_switches                                  :                   40
nr_voluntary_switches                        :                   30
nr_involuntary_switches                      :                   10
`;
    expect(parseThreadSched(sched, '2431497 3500000 41\n')).toEqual({
      migrations: 17,
      voluntarySwitches: 30,
      involuntarySwitches: 10,
      runDelayMs: 3.5,
    });
  });

  it('sums per kind what the processes and threads alive at the end did, new ones in full, exited ones not at all', () => {
    const counters = (n: number) => ({
      minorFaults: n,
      majorFaults: 0,
      migrations: n,
      voluntarySwitches: n,
      involuntarySwitches: n,
      runDelayMs: n,
    });
    const before = new Map([
      ['1', { kind: 'deno', counters: counters(10) }],
      ['1/1', { kind: 'deno', counters: counters(3) }],
      ['1/7', { kind: 'deno', counters: counters(50) }],
      ['2', { kind: 'pg', counters: counters(5) }],
    ]);
    const after = new Map([
      ['1', { kind: 'deno', counters: counters(15) }],
      ['1/1', { kind: 'deno', counters: counters(4) }],
      ['3', { kind: 'pg', counters: counters(4) }],
    ]);
    // thread 1/7 exited: it neither adds nor subtracts
    expect(processCountersBetween(before, after)).toEqual({ deno: counters(6), pg: counters(4) });
  });
});

describe('loop-load process counters of a live process', () => {
  it('does not subtract what a thread that exited during the phase did before it', async () => {
    // A worker thread sleeps 100 times (100+ voluntary switches), then exits between the two snapshots.
    const worker = new Worker(
      'const { parentPort } = require("node:worker_threads"); const buf = new Int32Array(new SharedArrayBuffer(4));' +
        'for (let i = 0; i < 100; i++) Atomics.wait(buf, 0, 0, 1); parentPort.postMessage("slept");',
      { eval: true },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    const self = new Map([[process.pid, { kind: 'test', ticks: 0, systemTicks: 0 }]]);
    const before = snapshotProcessCounters(self);
    await worker.terminate();
    const use = processCountersBetween(before, snapshotProcessCounters(self)).test!;
    expect(use.voluntarySwitches).toBeGreaterThanOrEqual(0);
    expect(use.runDelayMs).toBeGreaterThanOrEqual(0);
  });
});

describe('loop-load perf events', () => {
  it('reads perf stat -x, lines and skips unsupported events', () => {
    const text =
      '1234,,context-switches,2009660000,100.00,,\n<not supported>,,instructions,0,100.00,,\n2009.66,msec,cpu-clock,2009660000,100.00,2.000,CPUs utilized\n';
    expect(parsePerfStat(text)).toEqual({ 'context-switches': 1234, 'cpu-clock': 2009.66 });
  });

  it('lets a phase start only when every core is at or under the limit', () => {
    expect(fastEnough([7.4, 8.9], 9)).toBe(true);
    expect(fastEnough([7.4, 10.2], 9)).toBe(false);
  });
});
