import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';
import { lazySchema } from '../lib/schemas';

const revealSchema = lazySchema(() =>
  z.object({
    question_id: z.string(),
    expected_answer: z.string().nullable(),
    key_points: z
      .array(z.string())
      .nullable()
      .transform((value) => value ?? []),
    sample_code: z.string().nullable(),
  }),
);
export type QuestionReveal = z.infer<typeof revealSchema>;

/** The model answer; unlocks once the question is answered or the interview has ended. */
export async function getQuestionReveal(questionId: string): Promise<QuestionReveal | null> {
  const { data, error, status } = await supabase.rpc('get_question_reveal', { p_question_id: questionId });
  if (error) throw fromPostgrestError(error, i18next.t('interview:errors.reveal'), status);
  const rows = z.array(revealSchema).safeParse(data);
  if (!rows.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: rows.error });
  return rows.data[0] ?? null;
}

export function questionRevealQueryOptions(questionId: string) {
  return queryOptions({
    queryKey: interviewKeys.questionReveal(questionId),
    queryFn: () => getQuestionReveal(questionId),
    staleTime: Infinity,
  });
}

export function useQuestionReveal(questionId: string, enabled: boolean) {
  return useQuery({ ...questionRevealQueryOptions(questionId), enabled });
}
