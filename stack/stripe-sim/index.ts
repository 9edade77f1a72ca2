// Local Stripe simulator: a Node HTTP server speaking the subset of Stripe's REST API that the
// billing edge functions call (stripe-node reaches it through STRIPE_API_HOST/PORT/PROTOCOL), plus
// hosted Checkout / Customer Portal / invoice pages that send correctly signed webhooks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseStripeForm, str } from './form.ts';
import { API_VERSION, LOCAL_PRICES, now, stripeId, type Doc } from './objects.ts';
import { checkoutPage, indexPage, invoicePage, portalPage } from './pages.ts';
import { StripeApiError, StripeSimulator } from './simulator.ts';

export { stripeSignatureHeader } from './signature.ts';
export { encodeStripeForm, parseStripeForm } from './form.ts';
export { API_VERSION as STRIPE_SIMULATOR_API_VERSION, LOCAL_PRICES } from './objects.ts';
export { StripeSimulator } from './simulator.ts';

/** The secret key the functions use against the simulator (any `sk_test_…` is accepted). */
export const STRIPE_SIMULATOR_SECRET_KEY = 'sk_test_local_simulator';
/** `plans.stripe_price_id` values the local seed must use. */
export const LOCAL_PRICE_IDS = { pro_monthly: 'price_local_pro_monthly', pro_yearly: 'price_local_pro_yearly' } as const;

export interface StripeSimulatorOptions {
  /** Port to listen on (127.0.0.1); 0 or omitted = a free port. */
  port?: number;
  /** Where the simulator persists its objects (`stripe-simulator.json`). */
  dataDir: string;
  /** Where webhook events are POSTed, e.g. `${apiUrl}/functions/v1/stripe-webhook`. */
  webhookUrl: string;
  /** Signing secret (`whsec_…`), the same value the webhook function gets as STRIPE_WEBHOOK_SECRET. */
  webhookSecret: string;
  /** Base URL browsers use for the hosted pages; defaults to http://127.0.0.1:<port>. */
  publicUrl?: string;
  /** Accept only this API key (default: any sk_test_/rk_test_ key). */
  apiKey?: string;
  log?: (line: string) => void;
}

export interface SendEventOptions {
  /** Event id (default: a fresh evt_…); reuse one to simulate a redelivery. */
  id?: string;
  /** event.created in Unix seconds (default: now); lets tests reorder events. */
  created?: number;
  previousAttributes?: Record<string, unknown>;
}

export interface RunningStripeSimulator {
  url: string;
  port: number;
  /** Env for the edge functions: STRIPE_SECRET_KEY, STRIPE_API_HOST, STRIPE_API_PORT, STRIPE_API_PROTOCOL. */
  functionsEnv: Record<string, string>;
  close(): Promise<void>;
  /** Sends one signed event with the given object to the webhook (once, no retries). */
  sendEvent(type: string, object: Record<string, unknown>, options?: SendEventOptions): Promise<Response>;
  /** Resolves when every queued webhook delivery has finished. */
  flush(): Promise<void>;
  simulator: StripeSimulator;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new StripeApiError(413, 'invalid_request_error', 'Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-length': Buffer.byteLength(body).toString(), ...headers });
  response.end(body);
}

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  send(response, status, JSON.stringify(body, null, 2), {
    'content-type': 'application/json',
    'request-id': stripeId('req', 14),
    'stripe-version': API_VERSION,
    ...headers,
  });

const sendHtml = (response: ServerResponse, status: number, html: string) =>
  send(response, status, html, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });

const redirect = (response: ServerResponse, location: string) => send(response, 303, '', { location });

export async function startStripeSimulator(options: StripeSimulatorOptions): Promise<RunningStripeSimulator> {
  const log = options.log ?? (() => {});
  // Assigned once the server listens (the simulator needs the server's URL); requests wait for it.
  // eslint-disable-next-line prefer-const
  let simulator!: StripeSimulator;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      log(`stripe simulator: ${(error as Error).stack}`);
      if (!response.headersSent) {
        const status = error instanceof StripeApiError ? error.status : 500;
        sendJson(
          response,
          status,
          error instanceof StripeApiError ? error.toJSON() : { error: { type: 'api_error', message: (error as Error).message } },
        );
      }
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://simulator.local');
    const method = request.method ?? 'GET';
    const path = url.pathname;
    const raw = method === 'GET' || method === 'HEAD' ? url.search.slice(1) : await readBody(request);
    // stripe-node sends DELETE params in the query string too.
    const params = parseStripeForm(method === 'DELETE' && !raw ? url.search.slice(1) : raw);
    let match: RegExpExecArray | null;

    if (path.startsWith('/v1/')) {
      const result = simulator.handleApi(method, path, params, {
        authorization: request.headers.authorization,
        idempotencyKey: typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : undefined,
        rawParams: raw,
      });
      return sendJson(response, result.status, result.body, result.headers);
    }

    if (path === '/health') return sendJson(response, 200, { status: 'ok' });
    if (method === 'GET' && path === '/') {
      const s = simulator.state;
      return sendHtml(
        response,
        200,
        indexPage({
          customers: Object.values(s.customers).reverse().slice(0, 50),
          subscriptions: Object.values(s.subscriptions).reverse().slice(0, 50),
          events: Object.values(s.events).reverse().slice(0, 50),
        }),
      );
    }

    // ── hosted Checkout ──
    if ((match = /^\/checkout\/(cs_\w+)(?:\/(pay|decline))?$/.exec(path))) {
      const session = simulator.state.checkout_sessions[match[1]!];
      if (!session) return sendHtml(response, 404, '<h1>Checkout Session not found</h1>');
      const customer = session.customer ? simulator.state.customers[session.customer] : undefined;
      if (method === 'GET' && !match[2]) return sendHtml(response, 200, checkoutPage(session, customer));
      if (method === 'POST' && match[2]) {
        const result = await simulator.completeCheckout(session.id, match[2] === 'pay' ? 'paid' : 'declined');
        if (result.redirect) return redirect(response, result.redirect);
        return sendHtml(response, 402, checkoutPage(session, customer, result.error));
      }
    }

    // ── hosted Customer Portal ──
    if ((match = /^\/portal\/(bps_\w+)(\/action)?$/.exec(path))) {
      const session = simulator.state.portal_sessions[match[1]!];
      if (!session || session.created < now() - 24 * 3600) return sendHtml(response, 404, '<h1>This portal session has expired</h1>');
      const customer = simulator.state.customers[session.customer];
      if (!customer) return sendHtml(response, 404, '<h1>Customer not found</h1>');
      if (method === 'POST' && match[2]) {
        const notice = await portalAction(session, customer, params);
        return redirect(response, `/portal/${session.id}?notice=${encodeURIComponent(notice)}`);
      }
      if (method === 'GET' && !match[2]) {
        const subscriptions = Object.values(simulator.state.subscriptions)
          .filter((s) => s.customer === customer.id)
          .reverse();
        const invoices = Object.values(simulator.state.invoices)
          .filter((i) => i.customer === customer.id)
          .reverse();
        const pmId =
          customer.invoice_settings?.default_payment_method ?? subscriptions.find((s) => s.status !== 'canceled')?.default_payment_method;
        return sendHtml(
          response,
          200,
          portalPage(
            session,
            customer,
            subscriptions,
            invoices,
            pmId ? simulator.state.payment_methods[pmId] : undefined,
            Object.values(simulator.state.prices),
            url.searchParams.get('notice') ?? undefined,
          ),
        );
      }
    }

    // ── hosted invoice ──
    if (method === 'GET' && (match = /^\/invoices\/(in_\w+)(\/pdf)?$/.exec(path))) {
      const invoice = simulator.state.invoices[match[1]!];
      if (!invoice) return sendHtml(response, 404, '<h1>Invoice not found</h1>');
      if (match[2]) {
        return send(
          response,
          200,
          `InterviewAI receipt ${invoice.number}\nAmount: ${(invoice.amount_due / 100).toFixed(2)} ${invoice.currency.toUpperCase()}\nStatus: ${invoice.status}\n`,
          { 'content-type': 'text/plain; charset=utf-8' },
        );
      }
      return sendHtml(response, 200, invoicePage(invoice));
    }

    // ── control API for tests and tools (not part of Stripe) ──
    if (path.startsWith('/_sim/')) {
      if (method === 'POST' && (match = /^\/_sim\/checkout\/(cs_\w+)\/complete$/.exec(path))) {
        const outcome = str(params.outcome) === 'declined' ? 'declined' : 'paid';
        return sendJson(response, 200, await simulator.completeCheckout(match[1]!, outcome));
      }
      if (method === 'POST' && (match = /^\/_sim\/subscriptions\/(sub_\w+)\/renew$/.exec(path))) {
        const sub = simulator.state.subscriptions[match[1]!];
        if (!sub) return sendJson(response, 404, { error: { type: 'invalid_request_error', message: 'No such subscription' } });
        const invoice = simulator.renew(sub, str(params.outcome) === 'failed' ? 'failed' : 'paid');
        await simulator.flush();
        return sendJson(response, 200, simulator.view(invoice));
      }
      if (method === 'POST' && (match = /^\/_sim\/customers\/(cus_\w+)\/update_card$/.exec(path))) {
        const pm = simulator.updateCard(match[1]!);
        await simulator.flush();
        return sendJson(response, 200, simulator.view(pm));
      }
      if (method === 'GET' && path === '/_sim/deliveries') return sendJson(response, 200, simulator.deliveries);
      if (method === 'POST' && path === '/_sim/events') {
        const body = JSON.parse(raw) as { type: string; object: Doc; id?: string; created?: number };
        const delivered = await running.sendEvent(body.type, body.object, { id: body.id, created: body.created });
        return sendJson(response, 200, { status: delivered.status, body: await delivered.text() });
      }
    }

    return sendJson(response, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } });
  }

  async function portalAction(session: Doc, customer: Doc, params: Record<string, unknown>): Promise<string> {
    const action = str(params.action as never);
    const subId = str(params.subscription as never);
    const sub = subId ? simulator.state.subscriptions[subId] : undefined;
    if (subId && (!sub || sub.customer !== customer.id)) return 'That subscription does not belong to this customer.';
    try {
      switch (action) {
        case 'switch': {
          const priceId = str(params.price as never) ?? '';
          if (!simulator.state.prices[priceId]) return 'Unknown price.';
          simulator.switchPrice(sub!, priceId);
          break;
        }
        case 'cancel_at_period_end':
          simulator.setCancelAtPeriodEnd(sub!, true);
          break;
        case 'resume':
          simulator.setCancelAtPeriodEnd(sub!, false);
          break;
        case 'cancel_now':
          simulator.cancelNow(sub!);
          break;
        case 'renew_paid':
          simulator.renew(sub!, 'paid');
          break;
        case 'renew_failed':
          simulator.renew(sub!, 'failed');
          break;
        case 'update_card':
          simulator.updateCard(customer.id);
          break;
        default:
          return 'Unknown action.';
      }
    } catch (error) {
      return (error as Error).message;
    }
    await simulator.flush();
    return 'Done.';
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  simulator = new StripeSimulator({
    dataDir: options.dataDir,
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret,
    publicUrl: (options.publicUrl ?? url).replace(/\/$/, ''),
    apiKey: options.apiKey,
    log,
  });

  const running: RunningStripeSimulator = {
    url,
    port,
    functionsEnv: {
      STRIPE_SECRET_KEY: options.apiKey ?? STRIPE_SIMULATOR_SECRET_KEY,
      STRIPE_API_HOST: '127.0.0.1',
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: 'http',
    },
    simulator,
    flush: () => simulator.flush(),
    async sendEvent(type, object, eventOptions = {}) {
      const response = await simulator.emit(type, object as Doc, eventOptions.previousAttributes as Doc | undefined, {
        id: eventOptions.id,
        created: eventOptions.created,
        retry: false,
      });
      simulator.save();
      if (!response) throw new Error(`Stripe simulator: the webhook at ${options.webhookUrl} is unreachable`);
      return response;
    },
    async close() {
      await simulator.flush().catch(() => {});
      simulator.save();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  log(`stripe simulator listening on ${url} (prices: ${LOCAL_PRICES.map((p) => p.id).join(', ')})`);
  return running;
}
