import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/api-errors';
import { supabase } from '@/lib/supabase';

export const practiceAttemptSchema = z.object({
  id: z.string(),
  score: z.union([z.number(), z.string()]).transform(Number).nullable(),
  time_taken_seconds: z.number().nullable(),
  created_at: z.string(),
  evaluated_at: z.string().nullable(),
});
export type PracticeAttempt = z.output<typeof practiceAttemptSchema>;

export const practiceAttemptsKey = (bankQuestionId: string) => ['practice', 'attempts', bankQuestionId] as const;

/** The caller's attempts at one bank question, oldest first (RLS: only their own). */
export async function listPracticeAttempts(bankQuestionId: string): Promise<PracticeAttempt[]> {
  const result = throwIfError(
    await supabase
      .from('practice_attempts')
      .select('id,score,time_taken_seconds,created_at,evaluated_at')
      .eq('bank_question_id', bankQuestionId)
      .order('created_at', { ascending: true })
      .limit(50),
    "We couldn't load your earlier attempts.",
  );
  return z.array(practiceAttemptSchema).parse(result.data ?? []);
}

export const practiceAttemptsQueryOptions = (bankQuestionId: string) =>
  queryOptions({ queryKey: practiceAttemptsKey(bankQuestionId), queryFn: () => listPracticeAttempts(bankQuestionId) });

export function usePracticeAttempts(bankQuestionId: string) {
  return useQuery(practiceAttemptsQueryOptions(bankQuestionId));
}
