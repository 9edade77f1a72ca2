// The simulator's core: in-memory (file-persisted) Stripe objects, the REST API subset the edge
// functions call, the hosted-page actions (Checkout pay/decline, portal changes) and signed webhook
// delivery. Transport-free so it can be unit-tested; index.ts puts it behind node:http.
import { createHash } from 'node:crypto';
import { bool, int, list, mergeMetadata, obj, str, type FormObject, type FormValue } from './form.ts';
import {
  addInterval,
  API_VERSION,
  customerObject,
  now,
  paymentIntentObject,
  paymentMethodObject,
  planFromPrice,
  stripeId,
  subscriptionObject,
  TEST_CARDS,
  type Doc,
} from './objects.ts';
import { stripeSignatureHeader } from './signature.ts';
import { StateFile, type Collection, type SimState } from './state.ts';

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }
  toJSON() {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code, doc_url: `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}` } : {}),
        ...(this.param ? { param: this.param } : {}),
      },
    };
  }
}

const missing = (kind: string, id: string, param = 'id') =>
  new StripeApiError(404, 'invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing', param);
const invalid = (message: string, param?: string) =>
  new StripeApiError(400, 'invalid_request_error', message, param ? 'parameter_invalid' : undefined, param);

const PREFIXES: [string, Collection][] = [
  ['cus_', 'customers'],
  ['sub_', 'subscriptions'],
  ['in_', 'invoices'],
  ['pi_', 'payment_intents'],
  ['pm_', 'payment_methods'],
  ['price_', 'prices'],
  ['prod_', 'products'],
  ['cs_', 'checkout_sessions'],
  ['bps_', 'portal_sessions'],
  ['evt_', 'events'],
];

export interface DeliveryRecord {
  eventId: string;
  type: string;
  status: number | null;
  error?: string;
  attempts: number;
  at: number;
}

export interface SimulatorOptions {
  dataDir: string;
  webhookUrl: string;
  webhookSecret: string;
  /** Base URL of the simulator's pages as a browser reaches them. */
  publicUrl: string;
  /** If set, only this API key is accepted; otherwise any sk_test_/rk_test_ key. */
  apiKey?: string;
  log?: (line: string) => void;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Strips simulator-internal `_fields` recursively. */
function publicView(doc: unknown): unknown {
  if (Array.isArray(doc)) return doc.map(publicView);
  if (!doc || typeof doc !== 'object') return doc;
  const out: Doc = {};
  for (const [key, value] of Object.entries(doc)) if (!key.startsWith('_')) out[key] = publicView(value);
  return out;
}

const listOf = (data: Doc[], url: string) => ({ object: 'list', data, has_more: false, url });

export class StripeSimulator {
  state: SimState;
  readonly deliveries: DeliveryRecord[] = [];
  private readonly file: StateFile;
  private queue: Promise<void> = Promise.resolve();
  private readonly log: (line: string) => void;

  constructor(readonly options: SimulatorOptions) {
    this.file = new StateFile(options.dataDir);
    this.state = this.file.load();
    this.log = options.log ?? (() => {});
  }

  save() {
    this.file.save(this.state);
  }

  find(id: string): Doc | undefined {
    for (const [prefix, collection] of PREFIXES) if (id.startsWith(prefix)) return this.state[collection][id];
    return undefined;
  }

  private get<C extends Collection>(collection: C, id: string, kind: string, param = 'id'): Doc {
    const doc = this.state[collection][id];
    if (!doc) throw missing(kind, id, param);
    return doc;
  }

  // ── wire representation ─────────────────────────────────────────────────────────────
  view(doc: Doc, expand: string[] = []): Doc {
    const out = clone(doc);
    if (out.object === 'invoice' && expand.some((p) => p === 'payments' || p.startsWith('payments.'))) out.payments = clone(doc._payments);
    if (out.object === 'checkout.session' && expand.some((p) => p === 'line_items' || p.startsWith('line_items.'))) {
      out.line_items = listOf(clone(doc._line_items ?? []), `/v1/checkout/sessions/${doc.id}/line_items`);
    }
    for (const path of expand) this.expandPath(out, path.split('.'));
    return publicView(out) as Doc;
  }

  private expandPath(node: Doc | undefined, segments: string[]) {
    if (!node || typeof node !== 'object' || segments.length === 0) return;
    const [head, ...rest] = segments as [string, ...string[]];
    if (head === 'data' && Array.isArray(node.data)) {
      for (const item of node.data) this.expandPath(item, rest);
      return;
    }
    let value = node[head];
    if (typeof value === 'string') {
      const found = this.find(value);
      if (found) node[head] = value = clone(found);
    }
    if (rest.length && value && typeof value === 'object') this.expandPath(value, rest);
  }

  // ── events & webhooks ───────────────────────────────────────────────────────────────
  /** Records an event (snapshot of `object`) and queues its signed delivery; resolves when delivered. */
  emit(
    type: string,
    object: Doc,
    previousAttributes?: Doc,
    options: { created?: number; id?: string; retry?: boolean } = {},
  ): Promise<Response | undefined> {
    const event: Doc = {
      id: options.id ?? stripeId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: options.created ?? now(),
      data: { object: publicView(clone(object)), ...(previousAttributes ? { previous_attributes: previousAttributes } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.state.events[event.id] = event;
    let result!: Promise<Response | undefined>;
    this.queue = this.queue.then(() => {
      result = this.deliver(event, options.retry ?? true);
      return result.then(() => undefined);
    });
    return this.queue.then(() => result);
  }

  /** Waits until every queued webhook delivery has finished. */
  flush(): Promise<void> {
    return this.queue;
  }

  private async deliver(event: Doc, retry: boolean): Promise<Response | undefined> {
    const payload = JSON.stringify(event, null, 2);
    const record: DeliveryRecord = { eventId: event.id, type: event.type, status: null, attempts: 0, at: now() };
    this.deliveries.push(record);
    if (this.deliveries.length > 2000) this.deliveries.splice(0, this.deliveries.length - 2000);
    let last: Response | undefined;
    for (const delay of retry ? [0, 300, 1000] : [0]) {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      record.attempts++;
      try {
        const response = await fetch(this.options.webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': stripeSignatureHeader(payload, this.options.webhookSecret),
            'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks; local simulator)',
          },
          body: payload,
        });
        record.status = response.status;
        const text = await response.text();
        if (response.status < 500) {
          if (response.status >= 300) this.log(`webhook ${event.type} ${event.id} → ${response.status} ${text.slice(0, 300)}`);
          return new Response(text, { status: response.status, headers: response.headers });
        }
        record.error = text.slice(0, 500);
        last = new Response(text, { status: response.status, headers: response.headers });
        this.log(`webhook ${event.type} ${event.id} → ${response.status}${retry ? ' (retrying)' : ''} ${text.slice(0, 300)}`);
      } catch (error) {
        record.error = (error as Error).message;
        this.log(`webhook ${event.type} ${event.id} not delivered: ${record.error}`);
      }
    }
    return last;
  }

  // ── REST API ────────────────────────────────────────────────────────────────────────
  authenticate(authorization: string | undefined): void {
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
    const ok = this.options.apiKey ? key === this.options.apiKey : /^(sk|rk)_test_\S+$/.test(key);
    if (!ok)
      throw new StripeApiError(
        401,
        'invalid_request_error',
        `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
      );
  }

  /** Handles one API request; `params` are the parsed form body (POST) or query (GET/DELETE). */
  handleApi(
    method: string,
    pathname: string,
    params: FormObject,
    headers: { authorization?: string; idempotencyKey?: string; rawParams: string },
  ): ApiResponse {
    try {
      this.authenticate(headers.authorization);
      const key = headers.idempotencyKey;
      if (key && method !== 'GET') {
        const previous = this.state.idempotency[key];
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
        const result = this.route(method, pathname, params);
        this.state.idempotency[key] = {
          method,
          path: pathname,
          params: fingerprint,
          status: result.status,
          body: JSON.stringify(result.body),
          created: now(),
        };
        this.save();
        return { ...result, headers: { 'Idempotency-Key': key } };
      }
      const result = this.route(method, pathname, params);
      if (method !== 'GET') this.save();
      return result;
    } catch (error) {
      if (error instanceof StripeApiError) return { status: error.status, body: error.toJSON() };
      this.log(`simulator error on ${method} ${pathname}: ${(error as Error).stack}`);
      return { status: 500, body: { error: { type: 'api_error', message: (error as Error).message } } };
    }
  }

  private route(method: string, pathname: string, params: FormObject): ApiResponse {
    const expand = list(params.expand).filter((v): v is string => typeof v === 'string');
    const ok = (doc: Doc) => ({ status: 200, body: this.view(doc, expand) });
    const m = (pattern: RegExp) => pattern.exec(pathname);
    let match: RegExpExecArray | null;

    // customers
    if (method === 'POST' && pathname === '/v1/customers') return ok(this.createCustomer(params));
    if (method === 'GET' && pathname === '/v1/customers/search')
      return { status: 200, body: this.searchCustomers(str(params.query) ?? '', expand) };
    if (method === 'GET' && pathname === '/v1/customers') {
      const email = str(params.email)?.toLowerCase();
      const data = Object.values(this.state.customers).filter((c) => !c.deleted && (!email || c.email?.toLowerCase() === email));
      return {
        status: 200,
        body: listOf(
          data
            .reverse()
            .slice(0, int(params.limit) ?? 10)
            .map((c) => this.view(c, expand)),
          '/v1/customers',
        ),
      };
    }
    if ((match = m(/^\/v1\/customers\/(cus_\w+)$/))) {
      const customer = this.get('customers', match[1]!, 'customer');
      if (method === 'GET') return ok(customer);
      if (method === 'POST') return ok(this.updateCustomer(customer, params));
      if (method === 'DELETE') {
        customer.deleted = true;
        void this.emit('customer.deleted', customer);
        delete this.state.customers[customer.id];
        return { status: 200, body: { id: customer.id, object: 'customer', deleted: true } };
      }
    }
    if (method === 'GET' && (match = m(/^\/v1\/customers\/(cus_\w+)\/payment_methods$/))) {
      this.get('customers', match[1]!, 'customer');
      return {
        status: 200,
        body: listOf(
          this.customerPaymentMethods(match[1]!).map((p) => this.view(p, expand)),
          pathname,
        ),
      };
    }

    // checkout sessions
    if (method === 'POST' && pathname === '/v1/checkout/sessions') return ok(this.createCheckoutSession(params));
    if (method === 'GET' && (match = m(/^\/v1\/checkout\/sessions\/(cs_\w+)$/)))
      return ok(this.get('checkout_sessions', match[1]!, 'checkout.session'));
    if (method === 'GET' && (match = m(/^\/v1\/checkout\/sessions\/(cs_\w+)\/line_items$/))) {
      const session = this.get('checkout_sessions', match[1]!, 'checkout.session');
      return { status: 200, body: listOf(clone(session._line_items ?? []), pathname) };
    }

    // billing portal
    if (method === 'POST' && pathname === '/v1/billing_portal/sessions') return ok(this.createPortalSession(params));

    // subscriptions
    if (method === 'GET' && pathname === '/v1/subscriptions') {
      const customer = str(params.customer);
      const status = str(params.status);
      const data = Object.values(this.state.subscriptions).filter(
        (s) => (!customer || s.customer === customer) && (status === 'all' ? true : status ? s.status === status : s.status !== 'canceled'),
      );
      return {
        status: 200,
        body: listOf(
          data.reverse().map((s) => this.view(s, expand)),
          '/v1/subscriptions',
        ),
      };
    }
    if ((match = m(/^\/v1\/subscriptions\/(sub_\w+)$/))) {
      const sub = this.get('subscriptions', match[1]!, 'subscription');
      if (method === 'GET') return ok(sub);
      if (method === 'POST') return ok(this.updateSubscription(sub, params));
      if (method === 'DELETE') return ok(this.cancelNow(sub));
    }

    // invoices
    if (method === 'GET' && pathname === '/v1/invoices') {
      const customer = str(params.customer);
      const subscription = str(params.subscription);
      const data = Object.values(this.state.invoices).filter(
        (i) => (!customer || i.customer === customer) && (!subscription || i.parent?.subscription_details?.subscription === subscription),
      );
      return {
        status: 200,
        body: listOf(
          data
            .reverse()
            .slice(0, int(params.limit) ?? 10)
            .map((i) => this.view(i, expand)),
          '/v1/invoices',
        ),
      };
    }
    if (method === 'GET' && (match = m(/^\/v1\/invoices\/(in_\w+)$/))) return ok(this.get('invoices', match[1]!, 'invoice'));
    if (method === 'GET' && (match = m(/^\/v1\/payment_intents\/(pi_\w+)$/)))
      return ok(this.get('payment_intents', match[1]!, 'payment_intent'));

    // payment methods
    if (method === 'GET' && pathname === '/v1/payment_methods') {
      const customer = str(params.customer);
      if (!customer) throw invalid('Missing required param: customer.', 'customer');
      return {
        status: 200,
        body: listOf(
          this.customerPaymentMethods(customer).map((p) => this.view(p, expand)),
          pathname,
        ),
      };
    }
    if ((match = m(/^\/v1\/payment_methods\/(pm_\w+)$/))) {
      const pm = this.get('payment_methods', match[1]!, 'PaymentMethod');
      if (method === 'GET') return ok(pm);
      if (method === 'POST') return ok(this.updatePaymentMethod(pm, params));
    }
    if (method === 'POST' && (match = m(/^\/v1\/payment_methods\/(pm_\w+)\/detach$/))) {
      return ok(this.detachPaymentMethod(this.get('payment_methods', match[1]!, 'PaymentMethod')));
    }
    if (method === 'POST' && (match = m(/^\/v1\/payment_methods\/(pm_\w+)\/attach$/))) {
      const pm = this.get('payment_methods', match[1]!, 'PaymentMethod');
      const customer = this.get('customers', str(params.customer) ?? '', 'customer', 'customer');
      pm.customer = customer.id;
      void this.emit('payment_method.attached', pm);
      return ok(pm);
    }

    // prices & products
    if (method === 'GET' && pathname === '/v1/prices') {
      const lookupKeys = list(params.lookup_keys).filter((v): v is string => typeof v === 'string');
      const data = Object.values(this.state.prices).filter((p) => !lookupKeys.length || lookupKeys.includes(p.lookup_key));
      return {
        status: 200,
        body: listOf(
          data.map((p) => this.view(p, expand)),
          '/v1/prices',
        ),
      };
    }
    if (method === 'GET' && (match = m(/^\/v1\/prices\/(\w+)$/))) return ok(this.get('prices', match[1]!, 'price'));
    if (method === 'GET' && (match = m(/^\/v1\/products\/(\w+)$/))) return ok(this.get('products', match[1]!, 'product'));

    // events
    if (method === 'GET' && (match = m(/^\/v1\/events\/(evt_\w+)$/))) return ok(this.get('events', match[1]!, 'event'));
    if (method === 'GET' && pathname === '/v1/events') {
      const type = str(params.type);
      const data = Object.values(this.state.events)
        .filter((e) => !type || e.type === type)
        .reverse()
        .slice(0, int(params.limit) ?? 10);
      return { status: 200, body: listOf(data, '/v1/events') };
    }

    throw new StripeApiError(
      404,
      'invalid_request_error',
      `Unrecognized request URL (${method}: ${pathname}). The local Stripe simulator implements only the subset InterviewAI uses; see docs/billing.md.`,
    );
  }

  // ── customers ───────────────────────────────────────────────────────────────────────
  createCustomer(params: FormObject): Doc {
    const customer = customerObject({
      email: str(params.email) ?? null,
      name: str(params.name) ?? null,
      phone: str(params.phone) ?? null,
      description: str(params.description) ?? null,
      metadata: mergeMetadata({}, params.metadata),
    });
    this.state.customers[customer.id] = customer;
    void this.emit('customer.created', customer);
    return customer;
  }

  updateCustomer(customer: Doc, params: FormObject): Doc {
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
        const pm = this.get('payment_methods', pmId, 'PaymentMethod', 'invoice_settings[default_payment_method]');
        if (pm.customer !== customer.id)
          throw invalid(`The customer does not have a payment method with the ID ${pmId}.`, 'invoice_settings[default_payment_method]');
      }
      set('invoice_settings', { ...customer.invoice_settings, default_payment_method: pmId });
    }
    if (Object.keys(previous).length) void this.emit('customer.updated', customer, previous);
    return customer;
  }

  private searchCustomers(query: string, expand: string[]) {
    // Supports `field:'value'` and `metadata['key']:'value'` clauses joined by AND.
    const clauses = query.split(/\s+AND\s+/i).map((clause) => {
      const meta = /^metadata\[['"]([^'"]+)['"]\]\s*:\s*['"]([^'"]*)['"]$/.exec(clause.trim());
      if (meta) return (c: Doc) => c.metadata?.[meta[1]!] === meta[2];
      const field = /^(email|name|phone)\s*:\s*['"]([^'"]*)['"]$/.exec(clause.trim());
      if (field) return (c: Doc) => String(c[field[1]!] ?? '').toLowerCase() === field[2]!.toLowerCase();
      throw invalid(`The local simulator cannot parse the search query clause: ${clause}`, 'query');
    });
    const data = Object.values(this.state.customers).filter((c) => clauses.every((test) => test(c)));
    return {
      object: 'search_result',
      data: data.map((c) => this.view(c, expand)),
      has_more: false,
      next_page: null,
      url: '/v1/customers/search',
    };
  }

  private customerPaymentMethods(customerId: string): Doc[] {
    return Object.values(this.state.payment_methods)
      .filter((p) => p.customer === customerId)
      .reverse();
  }

  // ── checkout & portal ───────────────────────────────────────────────────────────────
  createCheckoutSession(params: FormObject): Doc {
    const mode = str(params.mode);
    if (mode !== 'subscription') throw invalid('The local simulator supports only `mode=subscription` Checkout Sessions.', 'mode');
    const successUrl = str(params.success_url);
    if (!successUrl) throw invalid('Missing required param: success_url.', 'success_url');
    const customerId = str(params.customer);
    if (customerId) this.get('customers', customerId, 'customer', 'customer');
    const items = list(params.line_items).map((raw, index) => {
      const item = obj(raw) ?? {};
      const priceId = str(item.price);
      if (!priceId) throw invalid('Missing required param: line_items[0][price].', `line_items[${index}][price]`);
      const price = this.get('prices', priceId, 'price', `line_items[${index}][price]`);
      const quantity = int(item.quantity) ?? 1;
      return {
        id: stripeId('li'),
        object: 'item',
        amount_discount: 0,
        amount_subtotal: price.unit_amount * quantity,
        amount_tax: 0,
        amount_total: price.unit_amount * quantity,
        currency: price.currency,
        description: price.nickname,
        price,
        quantity,
      };
    });
    if (!items.length) throw invalid('Missing required param: line_items.', 'line_items');
    const id = stripeId('cs_test', 58);
    const total = items.reduce((sum, item) => sum + item.amount_total, 0);
    const subscriptionData = obj(params.subscription_data) ?? {};
    const session: Doc = {
      id,
      object: 'checkout.session',
      after_expiration: null,
      allow_promotion_codes: bool(params.allow_promotion_codes) ?? null,
      amount_subtotal: total,
      amount_total: total,
      automatic_tax: { enabled: false, liability: null, status: null },
      billing_address_collection: str(params.billing_address_collection) ?? null,
      cancel_url: str(params.cancel_url) ?? null,
      client_reference_id: str(params.client_reference_id) ?? null,
      client_secret: null,
      consent: null,
      created: now(),
      currency: items[0]!.currency,
      customer: customerId ?? null,
      customer_creation: customerId ? null : 'always',
      customer_details: null,
      customer_email: str(params.customer_email) ?? null,
      expires_at: now() + 24 * 3600,
      invoice: null,
      livemode: false,
      locale: str(params.locale) ?? null,
      metadata: mergeMetadata({}, params.metadata),
      mode,
      payment_intent: null,
      payment_method_types: ['card'],
      payment_status: 'unpaid',
      status: 'open',
      submit_type: null,
      subscription: null,
      success_url: successUrl,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
      ui_mode: 'hosted',
      url: `${this.options.publicUrl}/checkout/${id}`,
      _line_items: items,
      _subscription_metadata: mergeMetadata({}, subscriptionData.metadata),
    };
    this.state.checkout_sessions[id] = session;
    return session;
  }

  createPortalSession(params: FormObject): Doc {
    const customerId = str(params.customer);
    if (!customerId) throw invalid('Missing required param: customer.', 'customer');
    this.get('customers', customerId, 'customer', 'customer');
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
      url: `${this.options.publicUrl}/portal/${id}`,
    };
    this.state.portal_sessions[id] = session;
    return session;
  }

  /** The Checkout page's Pay button (outcome "paid") or Decline button (outcome "declined"). */
  async completeCheckout(sessionId: string, outcome: 'paid' | 'declined'): Promise<{ redirect?: string; error?: string }> {
    const session = this.get('checkout_sessions', sessionId, 'checkout.session');
    if (session.status !== 'open') return { error: `This Checkout Session is ${session.status}.` };
    let customer = session.customer ? this.get('customers', session.customer, 'customer') : undefined;
    if (!customer) {
      customer = this.createCustomer({ email: session.customer_email ?? '' });
      session.customer = customer.id;
    }
    if (outcome === 'declined') {
      // Like hosted Checkout: the card is declined on the page, nothing is created, the buyer can retry.
      this.save();
      return { error: 'Your card was declined. (Simulated with the test card 4000 0000 0000 0002; nothing was charged.)' };
    }
    const pm = paymentMethodObject(customer, TEST_CARDS.success);
    this.state.payment_methods[pm.id] = pm;
    const line = session._line_items[0];
    const sub = subscriptionObject({
      customer: customer.id,
      price: clone(this.get('prices', line.price.id, 'price')),
      metadata: session._subscription_metadata ?? {},
      defaultPaymentMethod: pm.id,
      status: 'active',
    });
    this.state.subscriptions[sub.id] = sub;
    const invoice = this.createInvoice(sub, 'subscription_create', true, pm.id);
    Object.assign(session, {
      status: 'complete',
      payment_status: 'paid',
      subscription: sub.id,
      invoice: invoice.id,
      customer_details: {
        address: pm.billing_details.address,
        email: customer.email,
        name: customer.name,
        phone: null,
        tax_exempt: 'none',
        tax_ids: [],
      },
    });
    this.save();
    void this.emit('payment_method.attached', pm);
    void this.emit('customer.subscription.created', sub);
    void this.emit('invoice.paid', invoice);
    void this.emit('checkout.session.completed', session);
    await this.flush();
    return { redirect: String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) };
  }

  // ── subscriptions ───────────────────────────────────────────────────────────────────
  private subscriptionSnapshot(sub: Doc): Doc {
    return clone({
      status: sub.status,
      items: sub.items,
      cancel_at_period_end: sub.cancel_at_period_end,
      cancel_at: sub.cancel_at,
      default_payment_method: sub.default_payment_method,
      metadata: sub.metadata,
    });
  }

  private changed(before: Doc, sub: Doc): Doc {
    const after = this.subscriptionSnapshot(sub);
    const previous: Doc = {};
    for (const key of Object.keys(before)) if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) previous[key] = before[key];
    return previous;
  }

  updateSubscription(sub: Doc, params: FormObject): Doc {
    if (sub.status === 'canceled')
      throw invalid('A canceled subscription can only update its cancellation_details and metadata.', undefined);
    const before = this.subscriptionSnapshot(sub);
    const cancelAtPeriodEnd = bool(params.cancel_at_period_end);
    if (cancelAtPeriodEnd !== undefined) this.setCancelAtPeriodEnd(sub, cancelAtPeriodEnd, false);
    if (params.metadata !== undefined) sub.metadata = mergeMetadata(sub.metadata, params.metadata);
    const pmId = str(params.default_payment_method);
    if (pmId !== undefined) {
      if (pmId) this.get('payment_methods', pmId, 'PaymentMethod', 'default_payment_method');
      sub.default_payment_method = pmId || null;
    }
    const item = obj(list(params.items)[0] as FormValue | undefined);
    const priceId = item ? str(item.price) : undefined;
    if (priceId && priceId !== sub.items.data[0].price.id) {
      this.switchPrice(sub, priceId, false);
      return sub;
    }
    const previous = this.changed(before, sub);
    if (Object.keys(previous).length) void this.emit('customer.subscription.updated', sub, previous);
    return sub;
  }

  setCancelAtPeriodEnd(sub: Doc, value: boolean, emit = true): Doc {
    const before = this.subscriptionSnapshot(sub);
    sub.cancel_at_period_end = value;
    sub.cancel_at = value ? sub.items.data[0].current_period_end : null;
    sub.canceled_at = value ? now() : null;
    sub.cancellation_details = { comment: null, feedback: null, reason: value ? 'cancellation_requested' : null };
    if (emit) {
      this.save();
      void this.emit('customer.subscription.updated', sub, this.changed(before, sub));
    }
    return sub;
  }

  /** Plan change (monthly ⇄ yearly): a new billing period starts now and is invoiced at once. */
  switchPrice(sub: Doc, priceId: string, emitSave = true): Doc {
    const price = clone(this.get('prices', priceId, 'price', 'items[0][price]'));
    const before = this.subscriptionSnapshot(sub);
    const start = now();
    const item = sub.items.data[0];
    Object.assign(item, {
      price,
      plan: planFromPrice(price),
      current_period_start: start,
      current_period_end: addInterval(start, price.recurring.interval),
    });
    sub.billing_cycle_anchor = start;
    const invoice = this.createInvoice(sub, 'subscription_update', true, sub.default_payment_method);
    if (emitSave) this.save();
    void this.emit('customer.subscription.updated', sub, this.changed(before, sub));
    void this.emit('invoice.paid', invoice);
    return sub;
  }

  cancelNow(sub: Doc): Doc {
    if (sub.status === 'canceled') return sub;
    Object.assign(sub, {
      status: 'canceled',
      canceled_at: sub.canceled_at ?? now(),
      ended_at: now(),
      cancel_at_period_end: false,
      cancellation_details: { comment: null, feedback: null, reason: 'cancellation_requested' },
    });
    this.save();
    void this.emit('customer.subscription.deleted', sub);
    return sub;
  }

  /** Simulates the next billing cycle: a renewal invoice that is paid or declined. */
  renew(sub: Doc, outcome: 'paid' | 'failed'): Doc {
    if (sub.status === 'canceled') throw invalid('This subscription is canceled.');
    if (sub.cancel_at_period_end) return this.cancelNow(sub);
    const before = this.subscriptionSnapshot(sub);
    const item = sub.items.data[0];
    const start = item.current_period_end;
    Object.assign(item, { current_period_start: start, current_period_end: addInterval(start, item.price.recurring.interval) });
    const invoice = this.createInvoice(sub, 'subscription_cycle', outcome === 'paid', sub.default_payment_method);
    sub.status = outcome === 'paid' ? 'active' : 'past_due';
    this.save();
    void this.emit(outcome === 'paid' ? 'invoice.paid' : 'invoice.payment_failed', invoice);
    const previous = this.changed(before, sub);
    void this.emit('customer.subscription.updated', sub, previous);
    return invoice;
  }

  /** Retries the customer's open invoices with the default card (after the card was updated). */
  private retryOpenInvoices(customerId: string, pmId: string) {
    for (const invoice of Object.values(this.state.invoices)) {
      if (invoice.customer !== customerId || invoice.status !== 'open') continue;
      const pi = this.state.payment_intents[invoice._payments?.data?.[0]?.payment?.payment_intent];
      if (pi)
        Object.assign(pi, {
          status: 'succeeded',
          amount_received: pi.amount,
          last_payment_error: null,
          payment_method: pmId,
          latest_charge: stripeId('ch'),
        });
      this.markInvoicePaid(invoice);
      void this.emit('invoice.paid', invoice);
      const sub = this.state.subscriptions[invoice.parent?.subscription_details?.subscription];
      if (sub && sub.status === 'past_due') {
        const before = this.subscriptionSnapshot(sub);
        sub.status = 'active';
        void this.emit('customer.subscription.updated', sub, this.changed(before, sub));
      }
    }
  }

  private markInvoicePaid(invoice: Doc) {
    const at = now();
    Object.assign(invoice, {
      status: 'paid',
      amount_paid: invoice.amount_due,
      amount_remaining: 0,
      attempted: true,
      attempt_count: invoice.attempt_count + 1,
      next_payment_attempt: null,
    });
    invoice.status_transitions.paid_at = at;
    const payment = invoice._payments.data[0];
    Object.assign(payment, { status: 'paid', amount_paid: invoice.amount_due });
    payment.status_transitions.paid_at = at;
  }

  createInvoice(sub: Doc, reason: string, paid: boolean, pmId: string | null): Doc {
    const customer = this.get('customers', sub.customer, 'customer');
    const item = sub.items.data[0];
    const price = item.price;
    const amount = price.unit_amount * (item.quantity ?? 1);
    const created = now();
    const id = stripeId('in');
    this.state.invoiceCounter++;
    const number = `${customer.invoice_prefix}-${String(customer.next_invoice_sequence++).padStart(4, '0')}`;
    const pi = paymentIntentObject({
      amount,
      currency: price.currency,
      customer: customer.id,
      paymentMethod: pmId,
      succeeded: paid,
      description: reason === 'subscription_create' ? 'Subscription creation' : 'Subscription update',
    });
    this.state.payment_intents[pi.id] = pi;
    const interval = price.recurring.interval;
    const invoice: Doc = {
      id,
      object: 'invoice',
      account_country: 'US',
      account_name: 'InterviewAI (local simulator)',
      account_tax_ids: null,
      amount_due: amount,
      amount_overpaid: 0,
      amount_paid: paid ? amount : 0,
      amount_remaining: paid ? 0 : amount,
      amount_shipping: 0,
      application: null,
      attempt_count: 1,
      attempted: true,
      auto_advance: !paid,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
      automatically_finalizes_at: null,
      billing_reason: reason,
      collection_method: 'charge_automatically',
      created,
      currency: price.currency,
      custom_fields: null,
      customer: customer.id,
      customer_account: null,
      customer_address: customer.address,
      customer_email: customer.email,
      customer_name: customer.name,
      customer_phone: customer.phone,
      customer_shipping: null,
      customer_tax_exempt: 'none',
      customer_tax_ids: [],
      default_payment_method: null,
      default_source: null,
      default_tax_rates: [],
      description: null,
      discounts: [],
      due_date: null,
      effective_at: created,
      ending_balance: 0,
      footer: null,
      from_invoice: null,
      hosted_invoice_url: `${this.options.publicUrl}/invoices/${id}`,
      invoice_pdf: `${this.options.publicUrl}/invoices/${id}/pdf`,
      issuer: { type: 'self' },
      last_finalization_error: null,
      latest_revision: null,
      lines: {
        object: 'list',
        has_more: false,
        total_count: 1,
        url: `/v1/invoices/${id}/lines`,
        data: [
          {
            id: stripeId('il'),
            object: 'line_item',
            amount,
            currency: price.currency,
            description: `1 × ${price.nickname} (at $${(price.unit_amount / 100).toFixed(2)} / ${interval})`,
            discount_amounts: [],
            discountable: true,
            discounts: [],
            invoice: id,
            livemode: false,
            metadata: {},
            parent: {
              type: 'subscription_item_details',
              invoice_item_details: null,
              subscription_item_details: {
                invoice_item: null,
                proration: false,
                proration_details: { credited_items: null },
                subscription: sub.id,
                subscription_item: item.id,
              },
            },
            period: { start: item.current_period_start, end: item.current_period_end },
            pretax_credit_amounts: [],
            pricing: {
              price_details: { price: price.id, product: price.product },
              type: 'price_details',
              unit_amount_decimal: String(price.unit_amount),
            },
            quantity: item.quantity ?? 1,
            taxes: [],
          },
        ],
      },
      livemode: false,
      metadata: {},
      next_payment_attempt: paid ? null : created + 3 * 24 * 3600,
      number,
      on_behalf_of: null,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { metadata: clone(sub.metadata), subscription: sub.id },
      },
      payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
      period_end: created,
      period_start: created,
      post_payment_credit_notes_amount: 0,
      pre_payment_credit_notes_amount: 0,
      receipt_number: null,
      rendering: null,
      shipping_cost: null,
      shipping_details: null,
      starting_balance: 0,
      statement_descriptor: null,
      status: paid ? 'paid' : 'open',
      status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
      subtotal: amount,
      subtotal_excluding_tax: amount,
      test_clock: null,
      total: amount,
      total_discount_amounts: [],
      total_excluding_tax: amount,
      total_pretax_credit_amounts: [],
      total_taxes: [],
      webhooks_delivered_at: created,
      _payments: {
        object: 'list',
        has_more: false,
        url: `/v1/invoice_payments?invoice=${id}`,
        data: [
          {
            id: stripeId('inpay'),
            object: 'invoice_payment',
            amount_paid: paid ? amount : null,
            amount_requested: amount,
            created,
            currency: price.currency,
            invoice: id,
            is_default: true,
            livemode: false,
            payment: { payment_intent: pi.id, type: 'payment_intent' },
            status: paid ? 'paid' : 'open',
            status_transitions: { canceled_at: null, paid_at: paid ? created : null },
          },
        ],
      },
    };
    this.state.invoices[id] = invoice;
    sub.latest_invoice = id;
    return invoice;
  }

  // ── payment methods ─────────────────────────────────────────────────────────────────
  /** The portal's "update card": attach a new card, make it the default, retry open invoices. */
  updateCard(customerId: string, card: keyof typeof TEST_CARDS = 'mastercard'): Doc {
    const customer = this.get('customers', customerId, 'customer');
    const pm = paymentMethodObject(customer, TEST_CARDS[card]);
    this.state.payment_methods[pm.id] = pm;
    void this.emit('payment_method.attached', pm);
    this.updateCustomer(customer, { invoice_settings: { default_payment_method: pm.id } });
    for (const sub of Object.values(this.state.subscriptions)) {
      if (sub.customer !== customerId || sub.status === 'canceled') continue;
      const before = this.subscriptionSnapshot(sub);
      sub.default_payment_method = pm.id;
      void this.emit('customer.subscription.updated', sub, this.changed(before, sub));
    }
    this.retryOpenInvoices(customerId, pm.id);
    this.save();
    return pm;
  }

  updatePaymentMethod(pm: Doc, params: FormObject): Doc {
    const card = obj(params.card);
    const previous: Doc = {};
    if (card) {
      previous.card = clone(pm.card);
      const month = int(card.exp_month);
      const year = int(card.exp_year);
      if (month !== undefined) pm.card.exp_month = month;
      if (year !== undefined) pm.card.exp_year = year;
    }
    if (params.metadata !== undefined) pm.metadata = mergeMetadata(pm.metadata, params.metadata);
    void this.emit('payment_method.updated', pm, previous);
    return pm;
  }

  detachPaymentMethod(pm: Doc): Doc {
    const customerId = pm.customer;
    if (!customerId)
      throw invalid(`The payment method you provided is not attached to a customer so detachment is impossible.`, 'payment_method');
    pm.customer = null;
    const customer = this.state.customers[customerId];
    if (customer && customer.invoice_settings?.default_payment_method === pm.id) {
      this.updateCustomer(customer, { invoice_settings: { default_payment_method: '' } });
    }
    void this.emit('payment_method.detached', pm, { customer: customerId });
    return pm;
  }
}
