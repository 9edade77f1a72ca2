import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { practiceKeys } from './keys';
import '../i18n';

export const practiceAttemptSchema = z.object({
  id: z.string(),
  score: z.union([z.number(), z.string()]).transform(Number).nullable(),
  time_taken_seconds: z.number().nullable(),
  created_at: z.string(),
  evaluated_at: z.string().nullable(),
});
export type PracticeAttempt = z.output<typeof practiceAttemptSchema>;

/** The user's own attempts at one bank question, oldest first. */
export async function listPracticeAttempts(userId: string, bankQuestionId: string): Promise<PracticeAttempt[]> {
  const result = throwIfError(
    await supabase
      .from('practice_attempts')
      .select('id,score,time_taken_seconds,created_at,evaluated_at')
      .eq('user_id', userId)
      .eq('bank_question_id', bankQuestionId)
      .order('created_at', { ascending: true })
      .limit(50),
    i18next.t('practice:errors.loadAttempts'),
  );
  return z.array(practiceAttemptSchema).parse(result.data ?? []);
}

export const practiceAttemptsQueryOptions = (userId: string, bankQuestionId: string) =>
  queryOptions({
    queryKey: practiceKeys.attempts(bankQuestionId, userId),
    queryFn: () => listPracticeAttempts(userId, bankQuestionId),
    enabled: userId !== '',
  });

export function usePracticeAttempts(bankQuestionId: string) {
  return useQuery(practiceAttemptsQueryOptions(useMyUserId(), bankQuestionId));
}
