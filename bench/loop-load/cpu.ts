// CPU seconds the stack spent, per process kind, from Linux /proc: what machine load does not distort.
//
// The stack runs as one process tree (bench/loop-load/launch-stack.ts and its children). A process's CPU is
// utime + stime (its own, all threads) + cutime + cstime (children it has reaped): summed over the live
// processes of the tree, that is everything the tree ever used, including Postgres backends that exited
// (the postmaster reaps them). The difference of two snapshots is what a phase cost.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcessStat {
  pid: number;
  ppid: number;
  comm: string;
  ownTicks: number;
  reapedTicks: number;
  /** The kernel's share of ownTicks + reapedTicks (stime + cstime). */
  systemTicks: number;
  nice: number;
}

function readStat(pid: number): ProcessStat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm is in parentheses and may contain spaces or ')': the fields follow the last ')'.
    const close = raw.lastIndexOf(')');
    const comm = raw.slice(raw.indexOf('(') + 1, close);
    const fields = raw.slice(close + 2).split(' ');
    // fields[0] is state (field 3 of proc(5)); utime is field 14 → index 11.
    return {
      pid,
      ppid: Number(fields[1]),
      comm,
      ownTicks: Number(fields[11]) + Number(fields[12]),
      reapedTicks: Number(fields[13]) + Number(fields[14]),
      systemTicks: Number(fields[12]) + Number(fields[14]),
      nice: Number(fields[16]),
    };
  } catch {
    return undefined; // exited meanwhile
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+/g, ' ').trim();
  } catch {
    return '';
  }
}

/**
 * The kind of a process of the stack. Postgres backends set their title to "postgres: <user> <db> …", so
 * the connections of PostgREST (authenticator), the auth service (supabase_auth_admin) and the rest are
 * told apart while they live; backends that already exited count under the postmaster.
 */
function kindOf(stat: ProcessStat, root: number): string {
  if (stat.pid === root) return 'node: gateway, auth, storage, stripe-sim';
  if (stat.comm === 'postgrest') return 'postgrest';
  if (stat.comm === 'deno') return 'deno: functions workers';
  if (stat.comm === 'nginx') return 'nginx: gateway';
  if (stat.comm === 'postgres') {
    const title = cmdline(stat.pid);
    const backend = /^postgres: (\S+) \S+ \S+/.exec(title);
    if (backend) {
      const user = backend[1]!;
      if (user === 'authenticator') return 'postgres backends: PostgREST (authenticator)';
      // the auth service lowers its password-hashing connections' priority (stack/auth/passwords.ts)
      if (user === 'supabase_auth_admin') return stat.nice > 0 ? 'postgres backends: auth password hashing' : 'postgres backends: auth';
      return `postgres backends: ${user}`;
    }
    return 'postgres: postmaster, background workers, exited backends';
  }
  return `other: ${stat.comm}`;
}

export type CpuSnapshot = Map<number, { kind: string; ticks: number; systemTicks: number }>;

/** CPU ticks so far of every live process in the tree rooted at `root`. */
export function snapshotCpu(root: number): CpuSnapshot {
  const all = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) all.set(stat.pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const stat of all.values()) (children.get(stat.ppid) ?? children.set(stat.ppid, []).get(stat.ppid)!).push(stat.pid);
  const snapshot: CpuSnapshot = new Map();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const stat = all.get(pid);
    if (!stat) continue;
    snapshot.set(pid, { kind: kindOf(stat, root), ticks: stat.ownTicks + stat.reapedTicks, systemTicks: stat.systemTicks });
    queue.push(...(children.get(pid) ?? []));
  }
  return snapshot;
}

export interface CpuUse {
  /** CPU ms per kind of process between the two snapshots. */
  byKind: Record<string, number>;
  totalMs: number;
  /** Of totalMs, the time spent in the kernel on the processes' behalf (absent in results of older versions). */
  systemMs?: number;
}

/**
 * CPU used between two snapshots, per kind. A process that exited in between was reaped by its parent (its
 * whole time is now in the parent's reaped ticks), so its share before `before` is subtracted once more:
 * its ticks in `before` are counted against the parent's kind.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuUse {
  const byKind: Record<string, number> = {};
  let systemTicks = 0;
  const add = (kind: string, ticks: number) => (byKind[kind] = (byKind[kind] ?? 0) + (ticks * 1000) / TICKS_PER_SECOND);
  const postmasterKind = 'postgres: postmaster, background workers, exited backends';
  for (const [pid, now] of after) {
    add(now.kind, now.ticks - (before.get(pid)?.ticks ?? 0));
    systemTicks += now.systemTicks - (before.get(pid)?.systemTicks ?? 0);
  }
  for (const [pid, then] of before) {
    if (after.has(pid)) continue;
    // Exited: its total is in its parent's reaped ticks (for Postgres backends, the postmaster's).
    add(then.kind.startsWith('postgres') ? postmasterKind : then.kind, -then.ticks);
    systemTicks -= then.systemTicks;
  }
  const totalMs = Object.values(byKind).reduce((sum, ms) => sum + ms, 0);
  return { byKind, totalMs, systemMs: (systemTicks * 1000) / TICKS_PER_SECOND };
}
