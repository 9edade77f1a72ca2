import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

export const subscriptionSchema = z.object({
  id: z.string(),
  plan_id: z.string(),
  status: z.string(),
  cancel_at_period_end: z.boolean(),
  cancel_at: z.string().nullable(),
  canceled_at: z.string().nullable(),
  ended_at: z.string().nullable(),
  current_period_start: z.string().nullable(),
  current_period_end: z.string().nullable(),
  trial_end: z.string().nullable(),
  past_due_since: z.string().nullable(),
});
export type Subscription = z.output<typeof subscriptionSchema>;

/** The user's most relevant subscription (a live one first, else the newest), or null. */
export async function getSubscription(userId: string): Promise<Subscription | null> {
  const result = throwIfError(
    await supabase
      .from('subscriptions')
      .select(
        'id,plan_id,status,cancel_at_period_end,cancel_at,canceled_at,ended_at,current_period_start,current_period_end,trial_end,past_due_since',
      )
      .eq('user_id', userId)
      .order('created_at', { ascending: false })
      .limit(10),
    i18next.t('billing:apiErrors.loadSubscription'),
  );
  const rows = z.array(subscriptionSchema).parse(result.data ?? []);
  return rows.find((row) => ['active', 'trialing', 'past_due', 'unpaid', 'paused'].includes(row.status)) ?? rows[0] ?? null;
}

export const subscriptionQueryOptions = (userId: string) =>
  queryOptions({ queryKey: billingKeys.subscription(userId), queryFn: () => getSubscription(userId), enabled: userId !== '' });

export function useSubscription(userId: string) {
  return useQuery(subscriptionQueryOptions(userId));
}
