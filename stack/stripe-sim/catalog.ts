// Prices and products (read-only: the local catalogue is created with the state, see state.ts).
import { list } from './form.ts';
import type { Router } from './core.ts';
import { listOf } from './wire.ts';

export const catalogRoutes: Router = (sim, { method, pathname, params, expand, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'GET' && pathname === '/v1/prices') {
    const lookupKeys = list(params.lookup_keys).filter((v): v is string => typeof v === 'string');
    const data = Object.values(sim.state.prices).filter((p) => !lookupKeys.length || lookupKeys.includes(p.lookup_key));
    return {
      status: 200,
      body: listOf(
        data.map((p) => sim.view(p, expand)),
        '/v1/prices',
      ),
    };
  }
  if (method === 'GET' && (match = /^\/v1\/prices\/(\w+)$/.exec(pathname))) return ok(sim.get('prices', match[1]!, 'price'));
  if (method === 'GET' && (match = /^\/v1\/products\/(\w+)$/.exec(pathname))) return ok(sim.get('products', match[1]!, 'product'));
  return undefined;
};
