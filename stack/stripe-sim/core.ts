// The simulator's core: the in-memory (file-persisted) Stripe objects, lookups, their wire
// representation (`expand`), and events with signed webhook delivery. The Stripe resources live in their
// own modules (customers, payment-methods, checkout, portal, subscriptions, invoices, catalog), each a set
// of functions over this core plus a router for its part of the REST API (api.ts).
import type { FormObject } from './form.ts';
import type { Doc } from './objects.ts';
import { missing } from './errors.ts';
import { StateFile, type Collection, type SimState } from './state.ts';
import { eventObject, WebhookSender, type DeliveryRecord, type EventOptions } from './webhooks.ts';
import { clone, listOf, publicView } from './wire.ts';

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

/** One API call as a resource's router sees it; `ok` answers 200 with the object, expanded as asked. */
export interface ApiRequest {
  method: string;
  pathname: string;
  params: FormObject;
  expand: string[];
  ok: (doc: Doc) => ApiResponse;
}

/** A resource's part of the REST API: its answer, or undefined when the request is not for it. */
export type Router = (sim: SimulatorCore, request: ApiRequest) => ApiResponse | undefined;

export class SimulatorCore {
  state: SimState;
  readonly log: (line: string) => void;
  private readonly file: StateFile;
  private readonly webhooks: WebhookSender;

  constructor(readonly options: SimulatorOptions) {
    this.file = new StateFile(options.dataDir);
    this.state = this.file.load();
    this.log = options.log ?? (() => {});
    this.webhooks = new WebhookSender(options, this.log);
  }

  get deliveries(): DeliveryRecord[] {
    return this.webhooks.deliveries;
  }

  save() {
    this.file.save(this.state);
  }

  find(id: string): Doc | undefined {
    for (const [prefix, collection] of PREFIXES) if (id.startsWith(prefix)) return this.state[collection][id];
    return undefined;
  }

  /** The object or Stripe's 404 `resource_missing` naming `param`. */
  get<C extends Collection>(collection: C, id: string, kind: string, param = 'id'): Doc {
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
  emit(type: string, object: Doc, previousAttributes?: Doc, options: EventOptions = {}): Promise<Response | undefined> {
    const event = eventObject(type, object, previousAttributes, options);
    this.state.events[event.id] = event;
    return this.webhooks.send(event, options.retry ?? true);
  }

  /** Waits until every queued webhook delivery has finished. */
  flush(): Promise<void> {
    return this.webhooks.flush();
  }
}
