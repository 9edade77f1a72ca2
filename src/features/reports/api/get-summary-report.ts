import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useMyUserId } from '@/features/auth';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

const num = z.union([z.number(), z.string()]).transform(Number);
const texts = z
  .array(z.string())
  .nullable()
  .transform((v) => v ?? []);
const count = z.number().int().nonnegative().optional().catch(undefined);

export const summaryReportSchema = z.object({
  summary: z.string().nullable(),
  strengths: texts,
  weaknesses: texts,
  recommendations: texts,
  overall_score: num.nullable(),
  communication_score: num.nullable(),
  technical_score: num.nullable(),
  behavioral_score: num.nullable(),
  statistics: z.object({ total_messages: count, user_messages: count, interviewer_messages: count }).passthrough().nullable().catch(null),
  generated_at: z.string(),
});
export type SummaryReport = z.infer<typeof summaryReportSchema>;

/** The short report written with the detailed one at completion; null before completion or for another user's interview. */
export async function getSummaryReport(userId: string, interviewId: string): Promise<SummaryReport | null> {
  const { data, error, status } = await supabase
    .from('interview_reports')
    .select(
      'summary,strengths,weaknesses,recommendations,overall_score,communication_score,technical_score,behavioral_score,statistics,generated_at',
    )
    .eq('interview_id', interviewId)
    .eq('user_id', userId) // admins may read every report: this page is about mine
    .eq('report_type', 'summary')
    .maybeSingle();
  if (error) throw fromPostgrestError(error, i18next.t('reports:apiErrors.loadSummary'), status);
  if (!data) return null;
  const parsed = summaryReportSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export function summaryReportQueryOptions(userId: string, interviewId: string) {
  return queryOptions({
    queryKey: reportKeys.summary(userId, interviewId),
    queryFn: () => getSummaryReport(userId, interviewId),
    enabled: userId !== '' && interviewId !== '',
  });
}

export function useSummaryReport(interviewId: string) {
  return useQuery(summaryReportQueryOptions(useMyUserId(), interviewId));
}
