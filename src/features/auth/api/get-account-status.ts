import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ACCOUNT_BLOCKED_CODE, ACCOUNT_BLOCKED_MESSAGE } from '@/lib/account-status';
import { fromPostgrestError, UserFacingError } from '@/lib/errors';
import { loadSupabaseClient } from '@/lib/supabase-loader';
import { authKeys } from './keys';
import '../i18n';

/**
 * The signed-in account's status. RLS hides every row from a blocked account, so pages that only read
 * tables would show "nothing yet"; this answers with the blocked code instead (the layout then signs out).
 * Loaded on demand: the layout must not pull supabase-js into the first load of public pages.
 */
export async function checkAccountStatus(): Promise<'active'> {
  const supabase = await loadSupabaseClient();
  const { data, error, status } = await supabase.rpc('get_my_account_status');
  if (error) throw fromPostgrestError(error, i18next.t('auth:apiErrors.checkAccount'), status);
  if (data === 'blocked' || data === 'pending') throw new UserFacingError(ACCOUNT_BLOCKED_MESSAGE, { code: ACCOUNT_BLOCKED_CODE });
  return 'active';
}

export const accountStatusQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: authKeys.accountStatus(userId),
    queryFn: checkAccountStatus,
    enabled: userId !== '',
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });

export function useAccountStatusCheck(userId: string) {
  return useQuery(accountStatusQueryOptions(userId));
}
