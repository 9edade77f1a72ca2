// Customers: create, update (with `previous_attributes` in customer.updated), search, list, delete.
import { int, mergeMetadata, obj, str, type FormObject } from './form.ts';
import { customerObject, type Doc } from './objects.ts';
import { invalid } from './errors.ts';
import type { Router, SimulatorCore } from './core.ts';
import { clone, listOf } from './wire.ts';

export function createCustomer(sim: SimulatorCore, params: FormObject): Doc {
  const customer = customerObject({
    email: str(params.email) ?? null,
    name: str(params.name) ?? null,
    phone: str(params.phone) ?? null,
    description: str(params.description) ?? null,
    metadata: mergeMetadata({}, params.metadata),
  });
  sim.state.customers[customer.id] = customer;
  void sim.emit('customer.created', customer);
  return customer;
}

export function updateCustomer(sim: SimulatorCore, customer: Doc, params: FormObject): Doc {
  const previous: Doc = {};
  const set = (field: string, value: unknown) => {
    if (value === undefined || JSON.stringify(customer[field]) === JSON.stringify(value)) return;
    previous[field] = clone(customer[field] ?? null);
    customer[field] = value;
  };
  for (const field of ['email', 'name', 'phone', 'description'] as const) {
    const value = str(params[field]);
    if (value !== undefined) set(field, value === '' ? null : value);
  }
  if (params.metadata !== undefined) set('metadata', mergeMetadata(customer.metadata, params.metadata));
  const address = obj(params.address);
  if (address) set('address', { city: null, country: null, line1: null, line2: null, postal_code: null, state: null, ...address });
  const settings = obj(params.invoice_settings);
  if (settings && settings.default_payment_method !== undefined) {
    const pmId = str(settings.default_payment_method) || null;
    if (pmId) {
      const pm = sim.get('payment_methods', pmId, 'PaymentMethod', 'invoice_settings[default_payment_method]');
      if (pm.customer !== customer.id)
        throw invalid(`The customer does not have a payment method with the ID ${pmId}.`, 'invoice_settings[default_payment_method]');
    }
    set('invoice_settings', { ...customer.invoice_settings, default_payment_method: pmId });
  }
  if (Object.keys(previous).length) void sim.emit('customer.updated', customer, previous);
  return customer;
}

function searchCustomers(sim: SimulatorCore, query: string, expand: string[]) {
  // Supports `field:'value'` and `metadata['key']:'value'` clauses joined by AND.
  const clauses = query.split(/\s+AND\s+/i).map((clause) => {
    const meta = /^metadata\[['"]([^'"]+)['"]\]\s*:\s*['"]([^'"]*)['"]$/.exec(clause.trim());
    if (meta) return (c: Doc) => c.metadata?.[meta[1]!] === meta[2];
    const field = /^(email|name|phone)\s*:\s*['"]([^'"]*)['"]$/.exec(clause.trim());
    if (field) return (c: Doc) => String(c[field[1]!] ?? '').toLowerCase() === field[2]!.toLowerCase();
    throw invalid(`The local simulator cannot parse the search query clause: ${clause}`, 'query');
  });
  const data = Object.values(sim.state.customers).filter((c) => clauses.every((test) => test(c)));
  return {
    object: 'search_result',
    data: data.map((c) => sim.view(c, expand)),
    has_more: false,
    next_page: null,
    url: '/v1/customers/search',
  };
}

/** The customer's payment methods, newest first. */
export function customerPaymentMethods(sim: SimulatorCore, customerId: string): Doc[] {
  return Object.values(sim.state.payment_methods)
    .filter((p) => p.customer === customerId)
    .reverse();
}

export const customerRoutes: Router = (sim, { method, pathname, params, expand, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'POST' && pathname === '/v1/customers') return ok(createCustomer(sim, params));
  if (method === 'GET' && pathname === '/v1/customers/search')
    return { status: 200, body: searchCustomers(sim, str(params.query) ?? '', expand) };
  if (method === 'GET' && pathname === '/v1/customers') {
    const email = str(params.email)?.toLowerCase();
    const data = Object.values(sim.state.customers).filter((c) => !c.deleted && (!email || c.email?.toLowerCase() === email));
    return {
      status: 200,
      body: listOf(
        data
          .reverse()
          .slice(0, int(params.limit) ?? 10)
          .map((c) => sim.view(c, expand)),
        '/v1/customers',
      ),
    };
  }
  if ((match = /^\/v1\/customers\/(cus_\w+)$/.exec(pathname))) {
    const customer = sim.get('customers', match[1]!, 'customer');
    if (method === 'GET') return ok(customer);
    if (method === 'POST') return ok(updateCustomer(sim, customer, params));
    if (method === 'DELETE') {
      customer.deleted = true;
      void sim.emit('customer.deleted', customer);
      delete sim.state.customers[customer.id];
      return { status: 200, body: { id: customer.id, object: 'customer', deleted: true } };
    }
  }
  if (method === 'GET' && (match = /^\/v1\/customers\/(cus_\w+)\/payment_methods$/.exec(pathname))) {
    sim.get('customers', match[1]!, 'customer');
    return {
      status: 200,
      body: listOf(
        customerPaymentMethods(sim, match[1]!).map((p) => sim.view(p, expand)),
        pathname,
      ),
    };
  }
  return undefined;
};
