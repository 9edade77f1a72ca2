// Customer Portal sessions (the portal's own actions are the pages' calls into subscriptions and
// payment methods).
import { str, type FormObject } from './form.ts';
import { now, stripeId, type Doc } from './objects.ts';
import { invalid } from './errors.ts';
import type { Router, SimulatorCore } from './core.ts';

export function createPortalSession(sim: SimulatorCore, params: FormObject): Doc {
  const customerId = str(params.customer);
  if (!customerId) throw invalid('Missing required param: customer.', 'customer');
  sim.get('customers', customerId, 'customer', 'customer');
  const id = stripeId('bps');
  const session: Doc = {
    id,
    object: 'billing_portal.session',
    configuration: 'bpc_local_default',
    created: now(),
    customer: customerId,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: str(params.return_url) ?? null,
    url: `${sim.options.publicUrl}/portal/${id}`,
  };
  sim.state.portal_sessions[id] = session;
  return session;
}

export const portalRoutes: Router = (sim, { method, pathname, params, ok }) => {
  if (method === 'POST' && pathname === '/v1/billing_portal/sessions') return ok(createPortalSession(sim, params));
  return undefined;
};
