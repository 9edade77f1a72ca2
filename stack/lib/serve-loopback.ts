import { serve, type ServerType } from '@hono/node-server';

type FetchHandler = Parameters<typeof serve>[0]['fetch'];

/**
 * Serves a fetch handler on 127.0.0.1:port and resolves once it listens. A port taken meanwhile rejects here,
 * instead of surfacing later as an uncaught 'error' event with the stack already reported ready.
 */
export function serveOnLoopback(fetch: FetchHandler, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' });
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
