import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromPostgrestError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import { billingKeys } from '@/lib/query-keys/billing';
import '../i18n';

/** cancel_interview: ends a session without a score (used when nothing was answered). */
export async function cancelInterview(interviewId: string): Promise<void> {
  const { error, status } = await supabase.rpc('cancel_interview', { p_session_id: interviewId });
  if (error) throw fromPostgrestError(error, i18next.t('interview:errors.cancel'), status);
}

export function useCancelInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['interview', 'cancel'],
    mutationFn: cancelInterview,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      void queryClient.invalidateQueries({ queryKey: billingKeys.planUsage() });
    },
  });
}
