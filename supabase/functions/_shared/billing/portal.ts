// POST /functions/v1/billing-portal  { return_url? } → { url }
import { z } from 'npm:zod@3';
import { HttpError, json } from '../http.ts';
import { billingUser } from './auth.ts';
import { type CheckoutDeps, defaultDeps } from './checkout.ts';
import type { UserRequest } from '../handler.ts';
import { allowedReturnOrigins, checkReturnUrl, siteUrl } from './return-urls.ts';

export const PortalBody = z.object({ return_url: z.string().max(2000).optional() }).strict();

export async function createPortalSession(
  { caller, body }: UserRequest<z.infer<typeof PortalBody>>,
  deps: CheckoutDeps = defaultDeps(),
): Promise<Response> {
  const user = await billingUser(caller, deps.service);
  const returnUrl = checkReturnUrl(body.return_url ?? `${siteUrl()}/billing`, allowedReturnOrigins(), 'return_url');
  const info = await deps.store.getBillingInfo(user.id);
  if (!info) {
    throw new HttpError(404, 'no_billing_account', 'You have no billing account yet. Upgrade to a paid plan first.');
  }
  const session = await deps.stripe.billingPortal.sessions.create({ customer: info.stripe_customer_id, return_url: returnUrl });
  return json({ url: session.url });
}
