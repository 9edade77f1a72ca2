import { writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * LOCAL_STACK_SERVER_NICE: a CPU priority (nice, -20..19) for the stack's single-process servers that every
 * request passes through (PostgREST, nginx, the functions workers); unset, they keep the default. Linux
 * schedules each session as one group (autogroups, `/proc/sys/kernel/sched_autogroup_enabled`), the stack
 * starts every server in a session of its own, and Postgres puts each backend in a session of its own too:
 * under load, one PostgREST process gets the CPU share of one backend among all the busy ones. A process's
 * own nice ranks it only within its group, so the group's nice is set as well. A negative value needs
 * CAP_SYS_NICE; without the permission the servers keep the default.
 */
export function serverNice(): number | undefined {
  const configured = process.env.LOCAL_STACK_SERVER_NICE;
  if (configured === undefined || configured === '') return undefined;
  const nice = Number(configured);
  if (!Number.isInteger(nice) || nice < -20 || nice > 19) throw new Error(`LOCAL_STACK_SERVER_NICE must be -20..19, got ${configured}`);
  return nice;
}

export function setServerPriority(pid: number | undefined, nice = serverNice()): void {
  if (pid === undefined || nice === undefined) return;
  try {
    setPriority(pid, nice);
    writeFileSync(`/proc/${pid}/autogroup`, String(nice));
  } catch (error) {
    if (!warned) console.warn(`[stack] could not set the servers' CPU priority to ${nice}: ${(error as Error).message}`);
    warned = true;
  }
}
let warned = false;
