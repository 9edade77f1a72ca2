// POST /functions/v1/billing-portal (user JWT) → { url } of the Stripe Customer Portal.
import { handler } from '../_shared/handler.ts';
import { createPortalSession, PortalBody } from '../_shared/billing/portal.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', body: PortalBody }, (ctx) => createPortalSession(ctx)));
