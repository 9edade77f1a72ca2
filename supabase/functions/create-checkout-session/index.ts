// POST /functions/v1/create-checkout-session (user JWT) → { url } of a Stripe Checkout page.
import { handle } from '../_shared/http.ts';
import { createCheckoutSession } from '../_shared/billing/checkout.ts';

Deno.serve(handle(['POST'], (request) => createCheckoutSession(request)));
