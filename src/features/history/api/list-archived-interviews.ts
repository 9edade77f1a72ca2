import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useMyUserId } from '@/features/auth';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

const archivedSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  job_role: z.string(),
  company: z.string().nullable(),
  interview_type: z.string(),
  difficulty: z.string(),
  status: z.string(),
  score: z.number().nullable(),
  total_questions: z.number(),
  questions_answered: z.number(),
  created_at: z.string(),
  completed_at: z.string().nullable(),
  archived_at: z.string(),
});
export type ArchivedInterview = z.infer<typeof archivedSchema>;

/** The caller's archived interviews (moved out of the live tables after two years), newest first; read-only. */
export async function listArchivedInterviews(): Promise<ArchivedInterview[]> {
  const { data, error, status } = await supabase.rpc('get_my_archived_interviews');
  if (error) throw fromPostgrestError(error, i18next.t('history:apiErrors.loadArchived'), status);
  const parsed = z.array(archivedSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export function archivedInterviewsQueryOptions(userId: string) {
  return queryOptions({
    queryKey: interviewKeys.archived(userId),
    queryFn: listArchivedInterviews,
    enabled: userId !== '',
  });
}

export function useArchivedInterviews() {
  return useQuery(archivedInterviewsQueryOptions(useMyUserId()));
}
