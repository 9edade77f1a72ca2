// CPU of the stack's processes second by second during a phase (cpu.ts snapshots every INTERVAL_MS), and
// how busy the whole machine was meanwhile (/proc/stat): which process ran out of CPU when latency rose.
import { readFileSync } from 'node:fs';
import { cpuBetween, snapshotCpu, type CpuSnapshot } from './cpu.ts';

const INTERVAL_MS = 1000;

export interface CpuInterval {
  /** Seconds since the sampler started. */
  at: number;
  /** CPU ms per kind of process in this interval. */
  byKind: Record<string, number>;
  /** CPU ms of the load generator itself (this process: the virtual users' HTTP clients) in this interval. */
  loadGeneratorMs: number;
  /** Busy share of every core of the machine in this interval (0–1), whoever used it. */
  machineBusy: number;
}

function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0); // idle + iowait
  const total = cpu.slice(0, 8).reduce((sum, ticks) => sum + ticks, 0);
  return { busy: total - idle, total };
}

export function sampleCpuTimeline(root: number): { stop(): CpuInterval[] } {
  const started = Date.now();
  const intervals: CpuInterval[] = [];
  let previous: CpuSnapshot = snapshotCpu(root);
  let previousMachine = machineTicks();
  let previousOwn = process.cpuUsage();
  const take = () => {
    const now = snapshotCpu(root);
    const machine = machineTicks();
    const total = machine.total - previousMachine.total;
    const own = process.cpuUsage(previousOwn);
    intervals.push({
      at: Math.round((Date.now() - started) / 100) / 10,
      byKind: Object.fromEntries(Object.entries(cpuBetween(previous, now).byKind).map(([kind, ms]) => [kind, Math.round(ms)])),
      loadGeneratorMs: Math.round((own.user + own.system) / 1000),
      machineBusy: total > 0 ? Math.round(((machine.busy - previousMachine.busy) / total) * 100) / 100 : 0,
    });
    previous = now;
    previousMachine = machine;
    previousOwn = process.cpuUsage();
  };
  const timer = setInterval(take, INTERVAL_MS);
  return {
    stop() {
      clearInterval(timer);
      take();
      return intervals;
    },
  };
}
