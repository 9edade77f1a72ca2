import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

export const paymentSchema = z.object({
  id: z.string(),
  amount_cents: z.number(),
  amount_refunded_cents: z.number(),
  currency: z.string(),
  status: z.string(),
  description: z.string().nullable(),
  invoice_number: z.string().nullable(),
  invoice_url: z.string().nullable(),
  invoice_pdf_url: z.string().nullable(),
  receipt_url: z.string().nullable(),
  card_brand: z.string().nullable(),
  card_last4: z.string().nullable(),
  failure_message: z.string().nullable(),
  paid_at: z.string().nullable(),
  created_at: z.string(),
});
export type Payment = z.output<typeof paymentSchema>;

export async function listPaymentHistory(userId: string): Promise<Payment[]> {
  const result = throwIfError(
    await supabase
      .from('payment_history')
      .select(
        'id,amount_cents,amount_refunded_cents,currency,status,description,invoice_number,invoice_url,invoice_pdf_url,receipt_url,card_brand,card_last4,failure_message,paid_at,created_at',
      )
      .eq('user_id', userId)
      .order('created_at', { ascending: false })
      .limit(100),
    i18next.t('billing:apiErrors.loadPayments'),
  );
  return z.array(paymentSchema).parse(result.data ?? []);
}

export const paymentHistoryQueryOptions = (userId: string) =>
  queryOptions({ queryKey: billingKeys.payments(userId), queryFn: () => listPaymentHistory(userId), enabled: userId !== '' });

export function usePaymentHistory(userId: string) {
  return useQuery(paymentHistoryQueryOptions(userId));
}

/** Only ever follow https (or local http) links from the payment provider. */
export function safeExternalUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(url.hostname))
      ? url.toString()
      : null;
  } catch {
    return null;
  }
}
