import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Ports below this are left to well-known and system services. */
const LOWEST_PORT = 20_000;

/**
 * The first port of the range Linux hands out as the local port of outgoing connections (32768 by default).
 * A port from that range (what `listen(0)` gives) can become some client's local port between our check and
 * the service's own bind; with a test suite connecting in parallel that race is real, so ports come from below it.
 */
function firstEphemeralPort(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > LOWEST_PORT + 1_000) return low;
  } catch {
    // not Linux: macOS and Windows start theirs at 49152, above Linux's default
  }
  return 32_768;
}

/**
 * Ports handed out by any process on this machine, one file per port naming the process that holds it. A port is
 * free when picked but its service binds it only later (a Deno worker or nginx, a second or more after the pick);
 * two stacks starting at once (the tests' global set-up) once picked the same port in that gap, and the gateway's
 * readiness check then took the other stack's functions worker for its own nginx. A reservation lasts as long as
 * its process.
 */
export const PORT_RESERVATIONS_DIR = path.join(tmpdir(), 'interviewai-port-reservations');
const heldHere = new Set<number>();
let releasedAtExit = false;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseAll(): void {
  for (const port of heldHere) releasePort(port);
}

/** Claims a port for this process; false when this or another live process holds it already. */
export function reservePort(port: number): boolean {
  if (heldHere.has(port)) return false;
  mkdirSync(PORT_RESERVATIONS_DIR, { recursive: true });
  const file = path.join(PORT_RESERVATIONS_DIR, String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(port);
      if (!releasedAtExit) process.once('exit', releaseAll);
      releasedAtExit = true;
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    // an empty file is a claim being written this instant
    if (!Number.isInteger(holder) || holder <= 0 || processAlive(holder)) return false;
    // left by a process that died without releasing it (killed): taken over
    try {
      unlinkSync(file);
    } catch {
      // taken over by another process meanwhile: the next attempt finds its claim
    }
  }
  return false;
}

/** Gives a port reserved by this process back. */
export function releasePort(port: number): void {
  if (!heldHere.delete(port)) return;
  try {
    unlinkSync(path.join(PORT_RESERVATIONS_DIR, String(port)));
  } catch {
    // already gone
  }
}

/**
 * `count` consecutive ports, all free right now, none in `taken` and none handed out before to a live process,
 * outside the outgoing-connection range. The ports stay reserved for this process.
 */
async function freePorts(count: number, taken: number[]): Promise<number> {
  const top = firstEphemeralPort() - count;
  for (;;) {
    const port = randomInt(LOWEST_PORT, top);
    const reserved: number[] = [];
    let free = true;
    for (let candidate = port; free && candidate < port + count; candidate++) {
      free = !taken.includes(candidate) && reservePort(candidate);
      if (free) reserved.push(candidate);
      free &&= await isPortFree(candidate);
    }
    if (free) return port;
    for (const candidate of reserved) releasePort(candidate);
  }
}

/** A port that is free right now. */
export function freePort(): Promise<number> {
  return freePorts(1, []);
}

/** Resolves once a TCP connection to host:port succeeds, or rejects after timeoutMs. */
export async function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Two consecutive free ports (a gateway and its Postgres on port + 1), avoiding `taken`. */
export function freePortPair(taken: number[] = []): Promise<number> {
  return freePorts(2, taken);
}
