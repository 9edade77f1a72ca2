import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { practiceKeys } from './keys';
import '../i18n';

export const revealSchema = z.object({
  bank_question_id: z.string(),
  expected_answer: z.string().nullable(),
  key_points: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  sample_code: z.string().nullable(),
});
export type Reveal = z.output<typeof revealSchema>;

/** The model answer; the server only returns it once the caller has a practice attempt for the question. */
export async function getBankQuestionReveal(bankQuestionId: string): Promise<Reveal | null> {
  const result = throwIfError(
    await supabase.rpc('get_bank_question_reveal', { p_bank_question_id: bankQuestionId }),
    i18next.t('practice:errors.loadModelAnswer'),
  );
  const rows = z.array(revealSchema).parse(result.data ?? []);
  return rows[0] ?? null;
}

export function bankQuestionRevealQueryOptions(bankQuestionId: string, enabled: boolean) {
  return queryOptions({
    queryKey: practiceKeys.reveal(bankQuestionId),
    queryFn: () => getBankQuestionReveal(bankQuestionId),
    enabled,
    staleTime: Infinity,
  });
}

export function useBankQuestionReveal(bankQuestionId: string, enabled: boolean) {
  return useQuery(bankQuestionRevealQueryOptions(bankQuestionId, enabled));
}
