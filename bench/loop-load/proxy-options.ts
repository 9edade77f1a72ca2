import path from 'node:path';
import type { NginxGatewayOptions, Upstream } from '../../stack/gateway-nginx.ts';
import { freePort } from '../../stack/lib/ports.ts';
import type { TargetStack } from './target-stack.ts';

/**
 * A gateway proxy of the settings benches: on a free port, files under `dir`, REST to `rest`, every other route
 * to the stack's own PostgREST (the benches call REST only).
 */
export async function benchProxyOptions(stack: TargetStack, dir: string, rest: Upstream): Promise<NginxGatewayOptions> {
  const port = await freePort();
  const stackRest = Number(new URL(stack.postgrestUrl).port);
  return {
    port,
    dir: path.join(dir, String(port)),
    logDir: dir,
    anonKey: stack.info.anonKey,
    serviceRoleKey: stack.info.serviceRoleKey,
    upstreams: { rest, auth: stackRest },
    nodeGateway: stackRest,
  };
}
