// POST /functions/v1/stripe-webhook (verify_jwt = false; the Stripe signature authenticates it).
import { handle } from '../_shared/http.ts';
import { handleStripeWebhook, webhookDepsFromEnv } from '../_shared/billing/webhook.ts';

Deno.serve(handle(['POST'], (request) => handleStripeWebhook(request, webhookDepsFromEnv())));
