import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { currentLanguage } from '@/lib/i18n';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

export const planSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  price_cents: z.number(),
  currency: z.string(),
  billing_interval: z.enum(['month', 'year']).nullable(),
  interviews_per_month: z.number().nullable(),
  features: z.record(z.unknown()).catch({}),
  sort_order: z.number(),
});
export type Plan = z.output<typeof planSchema>;

/** Active plans, readable without signing in. */
export async function listPlans(): Promise<Plan[]> {
  const result = throwIfError(
    await supabase
      .from('plans')
      .select('id,name,description,price_cents,currency,billing_interval,interviews_per_month,features,sort_order')
      .eq('is_active', true)
      .order('sort_order'),
    i18next.t('billing:apiErrors.loadPlans'),
  );
  return z.array(planSchema).parse(result.data ?? []);
}

export const plansQueryOptions = () => queryOptions({ queryKey: billingKeys.plans(), queryFn: listPlans, staleTime: 10 * 60_000 });

export function usePlans() {
  return useQuery(plansQueryOptions());
}

export function formatPrice(cents: number, currency: string): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
