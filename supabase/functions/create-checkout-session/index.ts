// POST /functions/v1/create-checkout-session (user JWT) → { url } of a Stripe Checkout page.
import { handler } from '../_shared/handler.ts';
import { CheckoutBody, createCheckoutSession } from '../_shared/billing/checkout.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', body: CheckoutBody }, (ctx) => createCheckoutSession(ctx)));
