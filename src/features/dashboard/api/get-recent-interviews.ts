import i18next from 'i18next';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

export const historyRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  job_role: z.string(),
  company: z.string().nullable(),
  interview_type: z.string(),
  difficulty: z.string(),
  status: z.string(),
  total_questions: z.number(),
  questions_answered: z.number(),
  score: z
    .union([z.number(), z.string()])
    .nullable()
    .transform((v) => (v === null ? null : Number(v))),
  created_at: z.string(),
  completed_at: z.string().nullable(),
});
export type RecentInterview = z.infer<typeof historyRowSchema>;

/** get_user_interview_history: the caller's latest interviews. */
export async function getRecentInterviews(limit = 5): Promise<RecentInterview[]> {
  const { data, error, status } = await supabase.rpc('get_user_interview_history', { p_limit: limit });
  if (error) throw fromPostgrestError(error, i18next.t('dashboard:apiErrors.loadRecent'), status);
  const parsed = z.array(historyRowSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export const recentInterviewsQueryOptions = () => queryOptions({ queryKey: interviewKeys.recent(), queryFn: () => getRecentInterviews(5) });
