import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { testCasesSchema } from '@/features/interview';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { bankQuestionSummarySchema } from './list-bank-questions';
import { practiceKeys } from './keys';
import '../i18n';

export const bankQuestionSchema = bankQuestionSummarySchema.extend({
  starter_code: z.string().nullable(),
  function_name: z.string().nullable(),
  /** The tests a coding question's solution runs against (in the browser, and again on the server when scored). */
  test_cases: testCasesSchema,
  variants: z.unknown(),
});
export type BankQuestion = z.output<typeof bankQuestionSchema>;

const COLUMNS =
  'id,question,type,category,difficulty,tags,skills,time_limit_seconds,times_answered,average_score,starter_code,function_name,test_cases,variants';

/** One active bank question, or null when it doesn't exist (or was deactivated). */
export async function getBankQuestion(id: string): Promise<BankQuestion | null> {
  if (!z.string().uuid().safeParse(id).success) return null;
  const result = throwIfError(
    await supabase.from('question_bank').select(COLUMNS).eq('id', id).eq('is_active', true).maybeSingle(),
    i18next.t('practice:errors.loadQuestion'),
  );
  return result.data ? bankQuestionSchema.parse(result.data) : null;
}

export function bankQuestionQueryOptions(id: string) {
  return queryOptions({ queryKey: practiceKeys.question(id), queryFn: () => getBankQuestion(id) });
}

export function useBankQuestion(id: string) {
  return useQuery(bankQuestionQueryOptions(id));
}
