import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';

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

/** `count` consecutive ports, all free right now and none in `taken`, outside the outgoing-connection range. */
async function freePorts(count: number, taken: number[]): Promise<number> {
  const top = firstEphemeralPort() - count;
  for (;;) {
    const port = randomInt(LOWEST_PORT, top);
    let free = true;
    for (let candidate = port; free && candidate < port + count; candidate++) {
      free = !taken.includes(candidate) && (await isPortFree(candidate));
    }
    if (free) return port;
  }
}

/** A port that is free right now. */
export function freePort(): Promise<number> {
  return freePorts(1, []);
}

/** The preferred port when free, else any free port. */
export async function preferredOrFreePort(preferred: number): Promise<number> {
  return (await isPortFree(preferred)) ? preferred : freePort();
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
