import { createHmac } from 'node:crypto';

/** The `Stripe-Signature` header Stripe sends: `t=<unix seconds>,v1=HMAC-SHA256(secret, "<t>.<payload>")`. */
export function stripeSignatureHeader(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
