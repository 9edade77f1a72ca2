import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

export const billingInformationSchema = z.object({
  card_brand: z.string().nullable(),
  card_last4: z.string().nullable(),
  card_exp_month: z.number().nullable(),
  card_exp_year: z.number().nullable(),
  email: z.string().nullable(),
});
export type BillingInformation = z.output<typeof billingInformationSchema>;

/** Payment method summary (brand/last4/expiry only — never card numbers), or null before the first checkout. */
export async function getBillingInformation(userId: string): Promise<BillingInformation | null> {
  const result = throwIfError(
    await supabase
      .from('billing_information')
      .select('card_brand,card_last4,card_exp_month,card_exp_year,email')
      .eq('user_id', userId)
      .maybeSingle(),
    i18next.t('billing:apiErrors.loadPaymentMethod'),
  );
  return result.data ? billingInformationSchema.parse(result.data) : null;
}

export const billingInformationQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: billingKeys.information(userId),
    queryFn: () => getBillingInformation(userId),
    enabled: userId !== '',
  });

export function useBillingInformation(userId: string) {
  return useQuery(billingInformationQueryOptions(userId));
}
