import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { PAID_PLAN_IDS } from '@/lib/plans';
import '../i18n';

export const checkoutInputSchema = z.object({ plan: z.enum(PAID_PLAN_IDS) });
export type CheckoutInput = z.input<typeof checkoutInputSchema>;
const responseSchema = z.object({ url: z.string().url() });

async function invokeCheckout(body: Record<string, string>) {
  return supabase.functions.invoke('create-checkout-session', { body });
}

/**
 * Creates a Stripe Checkout session and returns its URL. We ask to come back to /app/billing on this
 * origin; if the server's allow-list doesn't include this origin, we fall back to its default return
 * URL (SITE_URL/billing, which redirects to /app/billing).
 */
export async function createCheckoutSession(input: CheckoutInput): Promise<string> {
  const { plan } = checkoutInputSchema.parse(input);
  const base = `${window.location.origin}/app/billing`;
  let { data, error } = await invokeCheckout({ plan, success_url: `${base}?checkout=success`, cancel_url: `${base}?checkout=cancelled` });
  if (error) {
    const mapped = await fromFunctionError(error, i18next.t('billing:apiErrors.startCheckout'));
    if (mapped.code !== 'invalid_return_url') throw mapped;
    ({ data, error } = await invokeCheckout({ plan }));
    if (error) throw await fromFunctionError(error, i18next.t('billing:apiErrors.startCheckout'));
  }
  const parsed = responseSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(i18next.t('billing:apiErrors.unexpectedReply'));
  return parsed.data.url;
}

export function useCreateCheckoutSession() {
  return useMutation({
    mutationKey: ['billing', 'checkout'],
    mutationFn: createCheckoutSession,
    onSuccess: (url) => window.location.assign(url),
  });
}
