import { readFileSync } from 'node:fs';

// /proc/<pid>/schedstat's first field is the time the task ran on a CPU, in nanoseconds: fine enough for one
// statement (utime + stime in /proc/<pid>/stat count 10 ms ticks).
export function backendCpuMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

// Minor page faults of the backend (field 10 of /proc/<pid>/stat): a new backend's first touches of shared
// buffers and catalog pages, each a trap into the kernel (costly in this virtual machine).
export function backendPageFaults(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[7]);
}
