import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useMyUserId } from '@/features/auth';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

export const transcriptMessageSchema = z.object({
  id: z.string(),
  message_index: z.number(),
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
  is_question: z.boolean(),
  is_follow_up: z.boolean(),
  speaking_duration_seconds: z.union([z.number(), z.string()]).transform(Number).nullable(),
});
export type TranscriptMessage = z.infer<typeof transcriptMessageSchema>;

/** The interview's conversation in order: every question put, every answer, follow-ups and their answers. */
export async function getTranscript(userId: string, interviewId: string): Promise<TranscriptMessage[]> {
  const { data, error, status } = await supabase
    .from('interview_messages')
    .select('id,message_index,role,content,is_question,is_follow_up,speaking_duration_seconds')
    .eq('interview_id', interviewId)
    .eq('user_id', userId) // admins may read every transcript: this page is about mine
    .order('message_index');
  if (error) throw fromPostgrestError(error, i18next.t('reports:apiErrors.loadTranscript'), status);
  const parsed = z.array(transcriptMessageSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export function transcriptQueryOptions(userId: string, interviewId: string) {
  return queryOptions({
    queryKey: reportKeys.transcript(userId, interviewId),
    queryFn: () => getTranscript(userId, interviewId),
    enabled: userId !== '' && interviewId !== '',
  });
}

export function useTranscript(interviewId: string) {
  return useQuery(transcriptQueryOptions(useMyUserId(), interviewId));
}
