import i18next from 'i18next';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { QUESTION_CATEGORIES } from '@/lib/practice-links';
import { supabase } from '@/lib/supabase';
import { practiceKeys } from './keys';
import '../i18n';

export const QUESTION_TYPES = ['technical', 'behavioral', 'coding', 'system_design'] as const;
export const CATEGORIES = QUESTION_CATEGORIES;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

export const bankFiltersSchema = z.object({
  type: z.enum(QUESTION_TYPES).optional(),
  category: z.enum(CATEGORIES).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  tag: z.string().trim().max(60).optional(),
  /** A skill as named in reports' skill gaps (exact, e.g. "Conflict Resolution"). */
  skill: z.string().trim().max(100).optional(),
  search: z.string().trim().max(200).optional(),
  page: z.number().int().min(0).default(0),
});
export type BankFilters = z.input<typeof bankFiltersSchema>;

export const bankQuestionSummarySchema = z.object({
  id: z.string().uuid(),
  question: z.string(),
  type: z.string(),
  category: z.string(),
  difficulty: z.string(),
  tags: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  skills: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  time_limit_seconds: z.number().nullable(),
  times_answered: z.number(),
  average_score: z.number().nullable(),
});
export type BankQuestionSummary = z.output<typeof bankQuestionSummarySchema>;

export const PAGE_SIZE = 20;
const COLUMNS = 'id,question,type,category,difficulty,tags,skills,time_limit_seconds,times_answered,average_score';

/** Active bank questions the signed-in user can practise (answer columns are never selectable). */
export async function listBankQuestions(input: BankFilters) {
  const filters = bankFiltersSchema.parse(input);
  let query = supabase.from('question_bank').select(COLUMNS, { count: 'exact' }).eq('is_active', true);
  if (filters.type) query = query.eq('type', filters.type);
  if (filters.category) query = query.eq('category', filters.category);
  if (filters.difficulty) query = query.eq('difficulty', filters.difficulty);
  if (filters.tag) query = query.contains('tags', [filters.tag]);
  if (filters.skill) query = query.contains('skills', [filters.skill]);
  if (filters.search) {
    // PostgREST ilike pattern: escape the filter syntax characters.
    const term = filters.search.replace(/[%_,()\\*]/g, ' ').trim();
    if (term) query = query.ilike('question', `%${term}%`);
  }
  const from = filters.page * PAGE_SIZE;
  const result = throwIfError(
    await query
      .order('type')
      .order('difficulty')
      .order('created_at', { ascending: false })
      .range(from, from + PAGE_SIZE - 1),
    i18next.t('practice:errors.loadLibrary'),
  );
  return {
    questions: z.array(bankQuestionSummarySchema).parse(result.data ?? []),
    total: result.count ?? 0,
  };
}

export function bankQuestionsQueryOptions(filters: BankFilters) {
  return queryOptions({
    queryKey: practiceKeys.questions(filters),
    queryFn: () => listBankQuestions(filters),
    placeholderData: keepPreviousData,
  });
}

export function useBankQuestions(filters: BankFilters) {
  return useQuery(bankQuestionsQueryOptions(filters));
}
