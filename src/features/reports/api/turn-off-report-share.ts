import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { type ReportShare } from './list-report-shares';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

/** Turns a link off for good (the database stamps the time). */
export async function turnOffReportShare(share: Pick<ReportShare, 'id'>): Promise<void> {
  throwIfError(
    await supabase.from('report_shares').update({ revoked_at: new Date().toISOString() }).eq('id', share.id),
    i18next.t('reports:apiErrors.turnOffShare'),
  );
}

export function useTurnOffReportShare(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['report', 'share', 'turn-off'],
    mutationFn: turnOffReportShare,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: reportKeys.shares(interviewId) }),
  });
}
