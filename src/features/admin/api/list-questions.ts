import i18next from 'i18next';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const adminQuestionRowSchema = z.object({
  id: z.string(),
  question: z.string(),
  type: z.string(),
  category: z.string(),
  difficulty: z.string(),
  tags: z.array(z.string()).nullable(),
  is_active: z.boolean(),
  times_used: z.number(),
  times_answered: z.number(),
  average_score: numOrNull,
  average_time_seconds: numOrNull,
  success_rate: numOrNull,
  updated_at: z.string(),
});
export type AdminQuestionRow = z.output<typeof adminQuestionRowSchema>;

export const questionsFilterSchema = z.object({
  search: z.string().trim().max(200).default(''),
  type: z.string().default(''),
  active: z.enum(['', 'active', 'inactive']).default(''),
  page: z.number().int().min(0).default(0),
});
export type QuestionsFilter = z.input<typeof questionsFilterSchema>;
export const QUESTIONS_PAGE_SIZE = 25;

/** All bank questions with usage statistics (admins can read inactive ones too). */
export async function listAdminQuestions(input: QuestionsFilter) {
  const f = questionsFilterSchema.parse(input);
  let query = supabase
    .from('question_bank')
    .select(
      'id,question,type,category,difficulty,tags,is_active,times_used,times_answered,average_score,average_time_seconds,success_rate,updated_at',
      { count: 'exact' },
    );
  if (f.search) {
    const term = f.search.replace(/[%_,()\\*]/g, ' ').trim();
    if (term) query = query.ilike('question', `%${term}%`);
  }
  if (f.type) query = query.eq('type', f.type);
  if (f.active) query = query.eq('is_active', f.active === 'active');
  const from = f.page * QUESTIONS_PAGE_SIZE;
  const result = throwIfError(
    await query.order('updated_at', { ascending: false }).range(from, from + QUESTIONS_PAGE_SIZE - 1),
    i18next.t('admin:errors.loadQuestions'),
  );
  return { questions: z.array(adminQuestionRowSchema).parse(result.data ?? []), total: result.count ?? 0 };
}

export function adminQuestionsQueryOptions(filter: QuestionsFilter) {
  return queryOptions({
    queryKey: adminKeys.questions(filter),
    queryFn: () => listAdminQuestions(filter),
    placeholderData: keepPreviousData,
  });
}

export function useAdminQuestions(filter: QuestionsFilter) {
  return useQuery(adminQuestionsQueryOptions(filter));
}
