import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort, freePortPair, isPortFree } from '../../stack/lib/ports.ts';

const firstOutgoingPort = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

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
});
