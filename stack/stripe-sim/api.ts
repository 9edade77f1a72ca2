// The REST API: API-key check, idempotency keys (a replay answers the first result; other parameters
// under the same key are refused), and the dispatch to the resources' routers.
import { createHash } from 'node:crypto';
import { list, type FormObject } from './form.ts';
import { now, type Doc } from './objects.ts';
import { StripeApiError } from './errors.ts';
import type { ApiResponse, Router, SimulatorCore } from './core.ts';
import { catalogRoutes } from './catalog.ts';
import { checkoutRoutes } from './checkout.ts';
import { customerRoutes } from './customers.ts';
import { invoiceRoutes } from './invoices.ts';
import { paymentMethodRoutes } from './payment-methods.ts';
import { portalRoutes } from './portal.ts';
import { subscriptionRoutes } from './subscriptions.ts';
import { eventRoutes } from './webhooks.ts';

const ROUTERS: Router[] = [
  customerRoutes,
  checkoutRoutes,
  portalRoutes,
  subscriptionRoutes,
  invoiceRoutes,
  paymentMethodRoutes,
  catalogRoutes,
  eventRoutes,
];

export function authenticate(sim: SimulatorCore, authorization: string | undefined): void {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '') ?? /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) {
    throw new StripeApiError(
      401,
      'invalid_request_error',
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  let key = match[1]!;
  if (/^Basic/i.test(authorization!)) key = Buffer.from(key, 'base64').toString('utf8').replace(/:$/, '');
  const ok = sim.options.apiKey ? key === sim.options.apiKey : /^(sk|rk)_test_\S+$/.test(key);
  if (!ok)
    throw new StripeApiError(
      401,
      'invalid_request_error',
      `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    );
}

/** Handles one API request; `params` are the parsed form body (POST) or query (GET/DELETE). */
export function handleApi(
  sim: SimulatorCore,
  method: string,
  pathname: string,
  params: FormObject,
  headers: { authorization?: string; idempotencyKey?: string; rawParams: string },
): ApiResponse {
  try {
    authenticate(sim, headers.authorization);
    const key = headers.idempotencyKey;
    if (key && method !== 'GET') {
      const previous = sim.state.idempotency[key];
      const fingerprint = createHash('sha256').update(headers.rawParams).digest('hex');
      if (previous) {
        if (previous.path !== pathname || previous.method !== method || previous.params !== fingerprint) {
          throw new StripeApiError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          );
        }
        return {
          status: previous.status,
          body: JSON.parse(previous.body),
          headers: { 'Idempotent-Replayed': 'true', 'Idempotency-Key': key },
        };
      }
      const result = route(sim, method, pathname, params);
      sim.state.idempotency[key] = {
        method,
        path: pathname,
        params: fingerprint,
        status: result.status,
        body: JSON.stringify(result.body),
        created: now(),
      };
      sim.save();
      return { ...result, headers: { 'Idempotency-Key': key } };
    }
    const result = route(sim, method, pathname, params);
    if (method !== 'GET') sim.save();
    return result;
  } catch (error) {
    if (error instanceof StripeApiError) return { status: error.status, body: error.toJSON() };
    sim.log(`simulator error on ${method} ${pathname}: ${(error as Error).stack}`);
    return { status: 500, body: { error: { type: 'api_error', message: (error as Error).message } } };
  }
}

function route(sim: SimulatorCore, method: string, pathname: string, params: FormObject): ApiResponse {
  const expand = list(params.expand).filter((v): v is string => typeof v === 'string');
  const ok = (doc: Doc) => ({ status: 200, body: sim.view(doc, expand) });
  for (const router of ROUTERS) {
    const response = router(sim, { method, pathname, params, expand, ok });
    if (response) return response;
  }
  throw new StripeApiError(
    404,
    'invalid_request_error',
    `Unrecognized request URL (${method}: ${pathname}). The local Stripe simulator implements only the subset InterviewAI uses; see docs/billing.md.`,
  );
}
