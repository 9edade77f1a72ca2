// POST /functions/v1/stripe-webhook (no JWT; authenticated by the Stripe-Signature header).
//  - the signature is verified on the RAW body; failure → 400 {error:'invalid_signature'}, nothing written
//  - the event id is recorded first (private.stripe_events); a duplicate delivery → 200, nothing redone
//  - processing failures that a retry can fix → the record is removed and 500 returned (Stripe retries)
import { HttpError, json } from '../http.ts';
import { createStripeClient, Stripe, webCryptoProvider } from './stripe.ts';
import { type BillingStore, SupabaseBillingStore } from './store.ts';
import { processEvent, type SyncDeps } from './sync.ts';

export interface WebhookDeps {
  stripe: Stripe;
  store: BillingStore;
  secret: string;
  log?: SyncDeps['log'];
}

const defaultLog: NonNullable<SyncDeps['log']> = (message, detail) =>
  console.log(`stripe-webhook: ${message}`, detail ? JSON.stringify(detail) : '');

export function webhookDepsFromEnv(): WebhookDeps {
  const secret = Deno.env.get('STRIPE_WEBHOOK_SECRET')?.trim();
  if (!secret) throw new HttpError(503, 'billing_not_configured', 'STRIPE_WEBHOOK_SECRET is not set.');
  return { stripe: createStripeClient(), store: new SupabaseBillingStore(), secret, log: defaultLog };
}

export async function handleStripeWebhook(request: Request, deps: WebhookDeps): Promise<Response> {
  const log = deps.log ?? defaultLog;
  const signature = request.headers.get('Stripe-Signature');
  const body = await request.text(); // raw bytes as sent: JSON re-serialisation would break the signature
  if (!signature) return json({ error: 'invalid_signature', message: 'Missing Stripe-Signature header.' }, 400);

  let event: Stripe.Event;
  try {
    event = await deps.stripe.webhooks.constructEventAsync(body, signature, deps.secret, undefined, webCryptoProvider);
  } catch (error) {
    log('signature verification failed', { reason: (error as Error).message });
    return json({ error: 'invalid_signature', message: 'The Stripe signature could not be verified.' }, 400);
  }

  const fresh = await deps.store.recordEvent({
    id: event.id,
    type: event.type,
    created: event.created,
    livemode: event.livemode,
    payload: event,
  });
  if (!fresh) {
    log('duplicate delivery ignored', { event: event.id, type: event.type });
    return json({ received: true, duplicate: true });
  }

  try {
    const outcome = await processEvent(event, { stripe: deps.stripe, store: deps.store, log });
    await deps.store.markEventProcessed(event.id);
    if (outcome.status === 'ignored' && outcome.reason !== 'unhandled_event_type') {
      log(`${event.type} ${event.id} ignored: ${outcome.reason}`, outcome.detail);
    }
    return json({ received: true, event: event.id, type: event.type, ...outcome });
  } catch (error) {
    await deps.store.forgetEvent(event.id).catch((e: unknown) =>
      log('could not forget failed event', { event: event.id, reason: String(e) })
    );
    log(`${event.type} ${event.id} failed; Stripe will retry`, { reason: (error as Error).message });
    return json({ error: 'webhook_processing_failed', message: (error as Error).message }, 500);
  }
}
