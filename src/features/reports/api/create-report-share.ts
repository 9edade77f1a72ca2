import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { reportShareSchema, SHARE_COLUMNS, type ReportShare } from './list-report-shares';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

export const createShareSchema = z.object({
  interviewId: z.string().uuid(),
  includeAnswers: z.boolean(),
  /** Days until the link stops working; null = until turned off. */
  expiresInDays: z.number().int().min(1).max(365).nullable(),
});
export type CreateShareInput = z.infer<typeof createShareSchema>;

/** A new link; the database makes the token (the browser cannot choose it). */
export async function createReportShare(input: CreateShareInput): Promise<ReportShare> {
  const { interviewId, includeAnswers, expiresInDays } = createShareSchema.parse(input);
  const expiresAt = expiresInDays === null ? null : new Date(Date.now() + expiresInDays * 86_400_000).toISOString();
  const result = throwIfError(
    await supabase
      .from('report_shares')
      .insert({ interview_id: interviewId, include_answers: includeAnswers, expires_at: expiresAt })
      .select(SHARE_COLUMNS)
      .single(),
    i18next.t('reports:apiErrors.createShare'),
  );
  return reportShareSchema.parse(result.data);
}

export function useCreateReportShare() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['report', 'share', 'create'],
    mutationFn: createReportShare,
    onSettled: (_data, _error, input) => void queryClient.invalidateQueries({ queryKey: reportKeys.shares(input.interviewId) }),
  });
}
