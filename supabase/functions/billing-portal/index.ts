// POST /functions/v1/billing-portal (user JWT) → { url } of the Stripe Customer Portal.
import { handle } from '../_shared/http.ts';
import { createPortalSession } from '../_shared/billing/portal.ts';

Deno.serve(handle(['POST'], (request) => createPortalSession(request)));
