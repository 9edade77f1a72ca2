import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const fullQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  type: z.string(),
  category: z.string(),
  difficulty: z.string(),
  roles: z.array(z.string()).nullable(),
  tech_stack: z.array(z.string()).nullable(),
  skills: z.array(z.string()).nullable(),
  tags: z.array(z.string()).nullable(),
  time_limit_seconds: z.number().nullable(),
  variants: z.unknown(),
  expected_answer: z.string().nullable(),
  key_points: z.array(z.string()).nullable(),
  sample_code: z.string().nullable(),
  starter_code: z.string().nullable(),
  function_name: z.string().nullable(),
  test_cases: z.unknown(),
  evaluation_criteria: z.unknown(),
  is_active: z.boolean(),
  times_used: z.number(),
  times_answered: z.number(),
  average_score: numOrNull,
  average_time_seconds: numOrNull,
  success_rate: numOrNull,
});
export type FullQuestion = z.output<typeof fullQuestionSchema>;

/** The whole row, answer material included (admin_get_question checks the role in SQL). */
export async function getAdminQuestion(id: string): Promise<FullQuestion> {
  const result = throwIfError(await supabase.rpc('admin_get_question', { p_question_id: id }), i18next.t('admin:errors.loadQuestion'));
  const rows = z.array(fullQuestionSchema).parse(result.data ?? []);
  if (!rows[0]) throw new Error('Question not found');
  return rows[0];
}

export const adminQuestionQueryOptions = (id: string) =>
  queryOptions({ queryKey: adminKeys.question(id), queryFn: () => getAdminQuestion(id), enabled: id !== '' });

export function useAdminQuestion(id: string) {
  return useQuery(adminQuestionQueryOptions(id));
}
