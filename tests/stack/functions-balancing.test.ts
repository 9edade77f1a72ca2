import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayNginx, startNginxGateway } from '../../stack/gateway-nginx.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { ManagedProcess } from '../../stack/lib/processes.ts';

/** A stand-in functions worker: answers its name, or holds `/hold` open until released (a long call). */
function worker(name: string) {
  let inFlight = 0;
  const held: http.ServerResponse[] = [];
  const server = http.createServer((request, response) => {
    inFlight++;
    response.on('close', () => inFlight--);
    if (request.url === '/hold') {
      held.push(response);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end(name);
  });
  return {
    name,
    server,
    inFlight: () => inFlight,
    release: () => held.splice(0).forEach((response) => response.end(name)),
  };
}

const nginx = gatewayNginx();

describe.skipIf(!nginx)('nginx in front of several functions workers', () => {
  const workers = [worker('a'), worker('b')];
  let dir: string;
  let nginxProcess: ManagedProcess;
  let publicPort: number;

  beforeAll(async () => {
    for (const { server } of workers) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    dir = mkdtempSync(path.join(tmpdir(), 'functions-balancing-'));
    publicPort = await freePort();
    const restPort = await freePort(); // nothing listens: only functions are called here
    nginxProcess = await startNginxGateway(nginx!, {
      port: publicPort,
      dir,
      logDir: dir,
      anonKey: 'anon-key',
      serviceRoleKey: 'service-role-key',
      upstreams: {
        rest: restPort,
        auth: restPort,
        functions: workers.map(({ server }) => (server.address() as AddressInfo).port),
      },
      nodeGateway: restPort,
    });
  });
  afterAll(async () => {
    for (const w of workers) w.release();
    await nginxProcess?.stop();
    for (const { server } of workers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const call = async (p: string) => {
    const response = await fetch(`http://127.0.0.1:${publicPort}/functions/v1${p}`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('sends calls to an idle worker while another is busy with a long call', async () => {
    // kept-alive connections to both workers exist before the long call starts
    await Promise.all(Array.from({ length: 8 }, () => call('/who')));
    const long = call('/hold');
    while (workers.every((w) => w.inFlight() === 0)) await new Promise((r) => setTimeout(r, 5));
    const busy = workers.find((w) => w.inFlight() > 0)!;
    const idle = workers.find((w) => w !== busy)!;
    const answers: string[] = [];
    for (let i = 0; i < 10; i++) answers.push(await call('/who'));
    expect(answers).toEqual(Array(10).fill(idle.name));
    busy.release();
    expect(await long).toBe(busy.name);
  });

  it('skips a worker that refuses connections, and uses it again as soon as it listens', async () => {
    const [down, up] = workers as [ReturnType<typeof worker>, ReturnType<typeof worker>];
    const port = (down.server.address() as AddressInfo).port;
    down.server.closeAllConnections();
    await new Promise<void>((resolve) => down.server.close(() => resolve()));
    for (let i = 0; i < 5; i++) expect(await call('/who')).toBe(up.name);
    await new Promise<void>((resolve) => down.server.listen(port, '127.0.0.1', resolve));
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('/who')));
    expect(answers).toContain(down.name);
  });

  it('uses every worker when none is busy', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => call('/who')));
    expect(new Set(answers)).toEqual(new Set(['a', 'b']));
  });
});
