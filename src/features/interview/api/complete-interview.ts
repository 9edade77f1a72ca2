import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

const completedSchema = z.object({ status: z.string(), score: z.union([z.number(), z.string()]).nullable() }).passthrough();

/** complete-interview: scores what's unscored, writes the report and skill gaps (idempotent). */
export async function completeInterview(interviewId: string): Promise<{ score: number | null }> {
  const { data, error } = await supabase.functions.invoke('complete-interview', { body: { session_id: interviewId } });
  if (error) throw await fromFunctionError(error, i18next.t('interview:errors.complete'));
  const parsed = completedSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return { score: parsed.data.score === null ? null : Number(parsed.data.score) };
}

export function useCompleteInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['interview', 'complete'],
    mutationFn: completeInterview,
    onSettled: (_data, _error, interviewId) => {
      void queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      void queryClient.invalidateQueries({ queryKey: reportKeys.interview(interviewId) });
    },
  });
}
