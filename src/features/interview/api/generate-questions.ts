import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { lazySchema, questionSchema } from '../lib/schemas';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

const generatedSchema = lazySchema(() =>
  z.object({
    interview_id: z.string().optional(),
    questions: z.array(questionSchema.schema.partial().extend({ id: z.string() })),
    generated: z.boolean().optional(),
  }),
);

/** generate-questions: idempotent — a session that already has questions gets them back. */
export async function generateQuestions(interviewId: string): Promise<{ count: number }> {
  const { data, error } = await supabase.functions.invoke('generate-questions', { body: { session_id: interviewId } });
  if (error) throw await fromFunctionError(error, i18next.t('interview:errors.generate'));
  const parsed = generatedSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  if (parsed.data.questions.length === 0) {
    throw new UserFacingError(i18next.t('interview:errors.noQuestions'), { code: 'no_questions' });
  }
  return { count: parsed.data.questions.length };
}

export function useGenerateQuestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['interview', 'generate-questions'],
    mutationFn: generateQuestions,
    onSuccess: (_data, interviewId) => {
      void queryClient.invalidateQueries({ queryKey: interviewKeys.detail(interviewId) });
    },
  });
}
