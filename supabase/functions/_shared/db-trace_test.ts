import assert from 'node:assert/strict';
import { tracedFetch, withDbTrace } from './db-trace.ts';

const entries = (response: Response) => [...(response.headers.get('Server-Timing') ?? '').matchAll(/db;desc="([^"]*)"/g)].map((m) => m[1]);

Deno.test('db-trace: each call lists its own requests, in order, though the calls run at the same time', async () => {
  const server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: () => {} }, async (request) => {
    await new Promise((resolve) => setTimeout(resolve, Number(new URL(request.url).searchParams.get('wait') ?? 0)));
    return new Response('[]');
  });
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    const call = (name: string, wait: number) =>
      withDbTrace(async () => {
        await (await tracedFetch(`${base}/rest/v1/rpc/${name}?wait=${wait}`, { method: 'POST' })).text();
        await (await tracedFetch(`${base}/rest/v1/${name}_rows?wait=${wait}`)).text();
        return new Response('{}');
      });
    const [a, b] = await Promise.all([call('first', 30), call('second', 0)]);
    assert.deepEqual(entries(a), ['POST rpc/first', 'GET first_rows']);
    assert.deepEqual(entries(b), ['POST rpc/second', 'GET second_rows']);
    assert.match(a.headers.get('Server-Timing') ?? '', /db;desc="POST rpc\/first";dur=\d+\.\d, .*, app;dur=\d+\.\d$/);

    // A fetch outside any call is not traced (and still works).
    assert.equal(await (await tracedFetch(`${base}/rest/v1/plans`)).text(), '[]');
    const none = await withDbTrace(() => Promise.resolve(new Response('{}')));
    assert.deepEqual(entries(none), []);
  } finally {
    await server.shutdown();
  }
});
