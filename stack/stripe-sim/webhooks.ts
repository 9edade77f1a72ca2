// Events and their signed webhook delivery: one queue, in order, with retries on 5xx and network errors
// (as Stripe retries), and the events API (`GET /v1/events`, `GET /v1/events/:id`).
import { int, str } from './form.ts';
import { API_VERSION, now, stripeId, type Doc } from './objects.ts';
import { stripeSignatureHeader } from './signature.ts';
import { clone, listOf, publicView } from './wire.ts';
import type { Router } from './core.ts';

export interface DeliveryRecord {
  eventId: string;
  type: string;
  status: number | null;
  error?: string;
  attempts: number;
  at: number;
}

export interface EventOptions {
  created?: number;
  id?: string;
  retry?: boolean;
}

/** An event object carrying a snapshot of `object` (internal fields stripped). */
export function eventObject(type: string, object: Doc, previousAttributes?: Doc, options: EventOptions = {}): Doc {
  return {
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
}

export class WebhookSender {
  readonly deliveries: DeliveryRecord[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly target: { webhookUrl: string; webhookSecret: string },
    private readonly log: (line: string) => void,
  ) {}

  /** Queues the signed delivery of `event`; resolves with the endpoint's answer once delivered. */
  send(event: Doc, retry: boolean): Promise<Response | undefined> {
    let result!: Promise<Response | undefined>;
    this.queue = this.queue.then(() => {
      result = this.deliver(event, retry);
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
        const response = await fetch(this.target.webhookUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': stripeSignatureHeader(payload, this.target.webhookSecret),
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
}

export const eventRoutes: Router = (sim, { method, pathname, params, ok }) => {
  let match: RegExpExecArray | null;
  if (method === 'GET' && (match = /^\/v1\/events\/(evt_\w+)$/.exec(pathname))) return ok(sim.get('events', match[1]!, 'event'));
  if (method === 'GET' && pathname === '/v1/events') {
    const type = str(params.type);
    const data = Object.values(sim.state.events)
      .filter((e) => !type || e.type === type)
      .reverse()
      .slice(0, int(params.limit) ?? 10);
    return { status: 200, body: listOf(data, '/v1/events') };
  }
  return undefined;
};
