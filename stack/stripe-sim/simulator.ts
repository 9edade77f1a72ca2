// The local Stripe simulator: the REST API subset the edge functions call, the hosted-page actions
// (Checkout pay/decline, portal changes) and signed webhook delivery. Transport-free so it can be
// unit-tested; index.ts puts it behind node:http. The work is done by one module per Stripe resource over
// a small core (core.ts); this class is their one entry point.
import type { FormObject } from './form.ts';
import type { Doc, TEST_CARDS } from './objects.ts';
import { authenticate, handleApi } from './api.ts';
import { completeCheckout, createCheckoutSession } from './checkout.ts';
import { type ApiResponse, SimulatorCore } from './core.ts';
import { createCustomer, updateCustomer } from './customers.ts';
import { createInvoice } from './invoices.ts';
import { detachPaymentMethod, updateCard, updatePaymentMethod } from './payment-methods.ts';
import { createPortalSession } from './portal.ts';
import { cancelNow, renew, setCancelAtPeriodEnd, switchPrice, updateSubscription } from './subscriptions.ts';

export { StripeApiError } from './errors.ts';
export type { ApiResponse, SimulatorOptions } from './core.ts';
export type { DeliveryRecord } from './webhooks.ts';

export class StripeSimulator extends SimulatorCore {
  // ── REST API ──
  authenticate(authorization: string | undefined): void {
    authenticate(this, authorization);
  }

  /** Handles one API request; `params` are the parsed form body (POST) or query (GET/DELETE). */
  handleApi(
    method: string,
    pathname: string,
    params: FormObject,
    headers: { authorization?: string; idempotencyKey?: string; rawParams: string },
  ): ApiResponse {
    return handleApi(this, method, pathname, params, headers);
  }

  // ── customers ──
  createCustomer(params: FormObject): Doc {
    return createCustomer(this, params);
  }

  updateCustomer(customer: Doc, params: FormObject): Doc {
    return updateCustomer(this, customer, params);
  }

  // ── checkout & portal ──
  createCheckoutSession(params: FormObject): Doc {
    return createCheckoutSession(this, params);
  }

  createPortalSession(params: FormObject): Doc {
    return createPortalSession(this, params);
  }

  /** The Checkout page's Pay button (outcome "paid") or Decline button (outcome "declined"). */
  completeCheckout(sessionId: string, outcome: 'paid' | 'declined'): Promise<{ redirect?: string; error?: string }> {
    return completeCheckout(this, sessionId, outcome);
  }

  // ── subscriptions & invoices ──
  updateSubscription(sub: Doc, params: FormObject): Doc {
    return updateSubscription(this, sub, params);
  }

  setCancelAtPeriodEnd(sub: Doc, value: boolean, emit = true): Doc {
    return setCancelAtPeriodEnd(this, sub, value, emit);
  }

  /** Plan change (monthly ⇄ yearly): a new billing period starts now and is invoiced at once. */
  switchPrice(sub: Doc, priceId: string, emitSave = true): Doc {
    return switchPrice(this, sub, priceId, emitSave);
  }

  cancelNow(sub: Doc): Doc {
    return cancelNow(this, sub);
  }

  /** Simulates the next billing cycle: a renewal invoice that is paid or declined. */
  renew(sub: Doc, outcome: 'paid' | 'failed'): Doc {
    return renew(this, sub, outcome);
  }

  createInvoice(sub: Doc, reason: string, paid: boolean, pmId: string | null): Doc {
    return createInvoice(this, sub, reason, paid, pmId);
  }

  // ── payment methods ──
  /** The portal's "update card": attach a new card, make it the default, retry open invoices. */
  updateCard(customerId: string, card: keyof typeof TEST_CARDS = 'mastercard'): Doc {
    return updateCard(this, customerId, card);
  }

  updatePaymentMethod(pm: Doc, params: FormObject): Doc {
    return updatePaymentMethod(this, pm, params);
  }

  detachPaymentMethod(pm: Doc): Doc {
    return detachPaymentMethod(this, pm);
  }
}
