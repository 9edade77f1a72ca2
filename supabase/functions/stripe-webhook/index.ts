// POST /functions/v1/stripe-webhook (verify_jwt = false; the Stripe signature authenticates it, over the raw
// body, which is why no body schema is given here).
import { handler } from '../_shared/handler.ts';
import { handleStripeWebhook, webhookDepsFromEnv } from '../_shared/billing/webhook.ts';

Deno.serve(handler({ method: 'POST', auth: 'none' }, ({ request }) => handleStripeWebhook(request, webhookDepsFromEnv())));
