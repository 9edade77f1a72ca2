import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORT_RESERVATIONS_DIR, freePort, freePortPair, isPortFree, releasePort, reservePort } from '../../stack/lib/ports.ts';
import { startListening } from '../../stack/lib/processes.ts';
import { serveOnLoopback } from '../../stack/lib/serve-loopback.ts';

const firstOutgoingPort = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

/** A port nobody holds a reservation for, reserved and released again so the test owns the choice. */
async function unreservedPort(): Promise<number> {
  const port = await freePort();
  releasePort(port);
  return port;
}

describe('ports for local services', () => {
  it('come from below the range of outgoing connections, where no client connection can take them first', async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(firstOutgoingPort);
    }
    const pair = await freePortPair();
    expect(pair + 1).toBeLessThan(firstOutgoingPort);
    expect(await isPortFree(pair)).toBe(true);
    expect(await isPortFree(pair + 1)).toBe(true);
  });

  it('are handed out once: a port picked but not yet bound is never picked again', async () => {
    const port = await freePort();
    expect(await isPortFree(port)).toBe(true); // nothing listens yet, as while a service is starting
    expect(reservePort(port)).toBe(false);
    releasePort(port);
    expect(reservePort(port)).toBe(true);
    releasePort(port);
  });

  it('reserved by another live process are not taken; its reservations are taken over once it has died', async () => {
    const port = await unreservedPort();
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      writeFileSync(path.join(PORT_RESERVATIONS_DIR, String(port)), String(other.pid));
      expect(reservePort(port)).toBe(false);
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    expect(reservePort(port)).toBe(true);
    expect(readFileSync(path.join(PORT_RESERVATIONS_DIR, String(port)), 'utf8')).toBe(String(process.pid));
    releasePort(port);
  });

  it('let a server start only on a port nothing listens on, instead of taking the listener found there for it', async () => {
    const port = await freePort();
    const squatter = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    const logDir = mkdtempSync(path.join(tmpdir(), 'ports-test-'));
    try {
      await expect(startListening({ name: 'late-server', command: 'sleep', args: ['60'], logDir }, port, 2_000)).rejects.toThrow(
        /port \d+ is already in use/,
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
      rmSync(logDir, { recursive: true, force: true });
    }
  });

  it('let a service of the stack process start only on a port nothing listens on, with an error rather than an uncaught one later', async () => {
    const port = await freePort();
    const squatter = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(serveOnLoopback(() => new Response('late'), port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    const server = await serveOnLoopback(() => new Response('served'), port);
    try {
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('served');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
