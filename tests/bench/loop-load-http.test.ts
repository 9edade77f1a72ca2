import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The benchmark's two HTTP clients (LOOP_LOAD_CLIENT, read when http.ts loads) must report the same things:
// the parsed body, the status and message of a failure, a timeout, and the address a call leaves from.
let server: Server;
let base: string;
const seen: { method?: string; body: string; contentType?: string; from?: string }[] = [];

beforeAll(async () => {
  server = createServer(async (request: IncomingMessage, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    seen.push({ method: request.method, body, contentType: request.headers['content-type'], from: request.socket.remoteAddress });
    if (request.url === '/slow') return void setTimeout(() => response.end('{}'), 2000);
    if (request.url === '/fail') {
      response.writeHead(400, { 'content-type': 'application/json' });
      return void response.end(JSON.stringify({ code: 'PGRST100', message: 'bad filter' }));
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: 'x', echo: body }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.each(['fetch', 'request'])('loop-load timedCall with LOOP_LOAD_CLIENT=%s', (client) => {
  const load = async () => {
    vi.resetModules();
    vi.stubEnv('LOOP_LOAD_CLIENT', client);
    const [http, recorder] = await Promise.all([import('../../bench/loop-load/http.ts'), import('../../bench/loop-load/recorder.ts')]);
    vi.unstubAllEnvs();
    return { ...http, recorder: new recorder.Recorder() };
  };

  it('posts JSON from the given loopback address and returns the parsed answer', async () => {
    const { timedCall, recorder } = await load();
    seen.length = 0;
    const body = await timedCall(recorder, 'call', `${base}/ok`, {
      body: { a: 1 },
      headers: { 'x-forwarded-for': '127.0.0.7' },
      timeoutMs: 5000,
    });
    expect(body).toEqual({ id: 'x', echo: '{"a":1}' });
    expect(seen).toEqual([{ method: 'POST', body: '{"a":1}', contentType: 'application/json', from: '127.0.0.7' }]);
    expect(recorder.stats().call).toMatchObject({ n: 1, errors: 0 });
  });

  it('records a failed status with its message, and a timeout', async () => {
    const { timedCall, CallFailed, recorder } = await load();
    await expect(timedCall(recorder, 'bad', `${base}/fail`, { timeoutMs: 5000 })).rejects.toThrow(CallFailed);
    await expect(timedCall(recorder, 'slow', `${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(/timeout after 200 ms/);
    expect(recorder.stats().bad!.firstErrors).toEqual(['400 PGRST100 bad filter']);
    expect(recorder.stats().slow).toMatchObject({ n: 1, errors: 1 });
  });
});

describe('LOOP_LOAD_CLIENT', () => {
  it('is read when http.ts loads, and refuses an unknown client', async () => {
    vi.resetModules();
    vi.stubEnv('LOOP_LOAD_CLIENT', 'curl');
    try {
      await expect(import('../../bench/loop-load/http.ts')).rejects.toThrow(/LOOP_LOAD_CLIENT must be fetch or request, got curl/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
