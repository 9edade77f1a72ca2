import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { referralKeys } from './keys';
import '../i18n';

export const referralSummarySchema = z.object({
  referral_code: z.string(),
  signups: z.number(),
  conversions: z.number(),
  rewards: z.number(),
  bonus_interviews_earned: z.number(),
  bonus_interviews_available: z.number(),
});
export type ReferralSummary = z.output<typeof referralSummarySchema>;

export async function getReferralSummary(): Promise<ReferralSummary> {
  const result = throwIfError(await supabase.rpc('get_referral_summary'), i18next.t('referrals:apiErrors.loadSummary'));
  return referralSummarySchema.parse(result.data);
}

export const referralSummaryQueryOptions = () => queryOptions({ queryKey: referralKeys.summary(), queryFn: getReferralSummary });

export function useReferralSummary() {
  return useQuery(referralSummaryQueryOptions());
}
