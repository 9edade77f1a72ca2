/**
 * The native proxy the stack puts in front of the Node gateway (`gateway.ts`): nginx (`gateway-nginx.ts`) or
 * HAProxy (`gateway-haproxy.ts`), both generated from the route table in `gateway-routes.ts`.
 * `LOCAL_STACK_GATEWAY`: `node` runs the Node gateway alone, `nginx` or `haproxy` requires that proxy; unset,
 * nginx when it is installed, else the Node gateway.
 */
import { findHaproxy, startHaproxyGateway } from './gateway-haproxy.ts';
import { gatewayNginx, startNginxGateway, type NginxGatewayOptions } from './gateway-nginx.ts';
import type { ManagedProcess } from './lib/processes.ts';

export interface GatewayProxy {
  kind: 'nginx' | 'haproxy';
  binary: string;
}

export function gatewayProxy(setting = process.env.LOCAL_STACK_GATEWAY): GatewayProxy | null {
  if (setting === 'haproxy') {
    const binary = findHaproxy();
    if (!binary) throw new Error('LOCAL_STACK_GATEWAY=haproxy, but HAProxy is not installed (apt-get install haproxy)');
    return { kind: 'haproxy', binary };
  }
  const nginx = gatewayNginx(setting);
  return nginx ? { kind: 'nginx', binary: nginx } : null;
}

export function startGatewayProxy(proxy: GatewayProxy, options: NginxGatewayOptions): Promise<ManagedProcess> {
  return proxy.kind === 'nginx' ? startNginxGateway(proxy.binary, options) : startHaproxyGateway(proxy.binary, options);
}
