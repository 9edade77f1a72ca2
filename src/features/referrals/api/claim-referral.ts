import i18next from 'i18next';
import { fromPostgrestError } from '@/lib/errors';
import { loadSupabaseClient } from '@/lib/supabase-loader';

/** Referral codes are 10 characters of base32; accept a little more, never anything else. */
export const REFERRAL_CODE_PATTERN = /^[A-Z0-9]{4,20}$/;

export type ClaimOutcome = 'claimed' | 'rejected';

/**
 * Attaches the signed-in user to a referrer (claim_referral). The server refuses self-referral,
 * repeat claims and accounts older than 7 days / that already paid; those are final ("rejected").
 * Network and server errors throw so the caller can retry later.
 */
export async function claimReferral(code: string): Promise<ClaimOutcome> {
  const clean = code.trim().toUpperCase();
  if (!REFERRAL_CODE_PATTERN.test(clean)) return 'rejected';
  // Runs from the layout: load the client on demand so supabase-js stays out of the first load.
  const supabase = await loadSupabaseClient();
  const { error, status } = await supabase.rpc('claim_referral', { p_referral_code: clean });
  if (!error) return 'claimed';
  // Never shown (the layout retries quietly), so the shared words do; the feature's strings stay out of the first load.
  const mapped = fromPostgrestError(error, i18next.t('common:errors.generic'), status);
  if (mapped.code === 'network' || status >= 500) throw mapped;
  return 'rejected';
}
