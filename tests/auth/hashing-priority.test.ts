/** Password hashing runs at the lowest CPU priority, so cheap auth calls do not wait for CPU behind a burst of sign-ups. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signUp, sql } from './helpers.ts';

/** Fields 3… of /proc/<pid>/stat (the command name in field 2 may contain spaces). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
const niceOf = (pid: number) => Number(statFields(pid)[16]);
const parentOf = (pid: number) => Number(statFields(pid)[1]);

describe('password hashing', () => {
  it('runs on Postgres backends at nice 19 while the main pool keeps the server priority', async () => {
    await signUp();
    const backends = await sql<{ pid: number; application_name: string }>(
      `select pid, application_name from pg_stat_activity where application_name in ('gotrue-local-hasher', 'gotrue-local')`,
    );
    const hashers = backends.filter((row) => row.application_name === 'gotrue-local-hasher');
    const others = backends.filter((row) => row.application_name === 'gotrue-local');
    expect(hashers.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    expect(hashers.map((row) => niceOf(row.pid))).toEqual(hashers.map(() => 19));
    const server = niceOf(parentOf(others[0]!.pid));
    expect(server).toBeLessThan(19);
    expect(others.map((row) => niceOf(row.pid))).toEqual(others.map(() => server));
  });
});
