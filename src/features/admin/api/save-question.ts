import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import type { Json } from '@/lib/database.types';
import { supabase } from '@/lib/supabase';
import { adminKeys } from './keys';
import '../i18n';

const list = (max: number) =>
  z
    .string()
    .transform((v) => [
      ...new Set(
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((items) => items.length <= max, { message: 'admin:validation.tooManyEntries', params: { max } });

// Validation messages are translation keys, turned into words when they are shown (issueText).
const jsonValue = (message: string) =>
  z.string().transform((value, ctx) => {
    try {
      return JSON.parse(value) as Json;
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }
  });

export const criterionSchema = z.object({
  criterion: z.string().trim().min(1, 'admin:validation.criterionRequired').max(100, 'admin:validation.tooLong'),
  weight: z
    .string()
    .trim()
    .min(1, 'admin:validation.weightRequired')
    .transform(Number)
    .refine((w) => Number.isFinite(w) && w >= 0 && w <= 100, 'admin:validation.weightRange'),
  description: z
    .string()
    .trim()
    .max(500)
    .transform((v) => v || undefined),
});

/** The editor's form state (strings, like the inputs) → an admin_save_question payload. */
export const questionFormSchema = z
  .object({
    question: z.string().trim().min(10, 'admin:validation.questionTooShort').max(4000, 'admin:validation.tooLong'),
    type: z.enum(['technical', 'behavioral', 'coding', 'system_design'], { errorMap: () => ({ message: 'admin:validation.chooseType' }) }),
    category: z.enum(['frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general'], {
      errorMap: () => ({ message: 'admin:validation.chooseCategory' }),
    }),
    difficulty: z.enum(['easy', 'medium', 'hard'], { errorMap: () => ({ message: 'admin:validation.chooseDifficulty' }) }),
    timeLimitSeconds: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : Number(v)))
      .refine((v) => v === null || (Number.isInteger(v) && v >= 15 && v <= 7200), 'admin:validation.timeLimit'),
    roles: list(30),
    techStack: list(30),
    skills: list(30),
    tags: list(30),
    expectedAnswer: z
      .string()
      .trim()
      .max(20000)
      .transform((v) => v || null),
    keyPoints: z
      .string()
      .transform((v) =>
        v
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .refine((items) => items.length <= 20, { message: 'admin:validation.tooManyKeyPoints', params: { max: 20 } }),
    sampleCode: z.string().transform((v) => (v.trim() ? v : null)),
    starterCode: z.string().transform((v) => (v.trim() ? v : null)),
    functionName: z
      .string()
      .trim()
      .refine((v) => v === '' || /^[A-Za-z_$][\w$]*$/.test(v), 'admin:validation.functionName')
      .transform((v) => v || null),
    variants: z.array(
      z.object({
        question: z.string().trim().min(10, 'admin:validation.variantTooShort'),
        difficulty: z.enum(['', 'easy', 'medium', 'hard']),
      }),
    ),
    testCases: z.array(
      z.object({
        input: jsonValue('admin:validation.inputJson'),
        expectedOutput: jsonValue('admin:validation.expectedOutputJson'),
        description: z.string().trim().max(300),
      }),
    ),
    criteria: z.array(criterionSchema),
    isActive: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.criteria.length > 0) {
      const total = v.criteria.reduce((sum, c) => sum + (Number.isFinite(c.weight) ? c.weight : 0), 0);
      if (Math.abs(total - 100) > 1e-9) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['criteria'],
          message: 'admin:validation.weightsSum',
          params: { total: Math.round(total * 100) / 100 },
        });
      }
    }
    if (v.type === 'coding' && v.testCases.length > 0 && !v.functionName) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['functionName'],
        message: 'admin:validation.functionNameRequired',
      });
    }
  });
export type QuestionFormInput = z.input<typeof questionFormSchema>;
export type QuestionFormOutput = z.output<typeof questionFormSchema>;

export function toPayload(v: QuestionFormOutput): Record<string, Json> {
  return {
    question: v.question,
    type: v.type,
    category: v.category,
    difficulty: v.difficulty,
    time_limit_seconds: v.timeLimitSeconds,
    roles: v.roles,
    tech_stack: v.techStack,
    skills: v.skills,
    tags: v.tags,
    expected_answer: v.expectedAnswer,
    key_points: v.keyPoints,
    sample_code: v.sampleCode,
    starter_code: v.starterCode,
    function_name: v.functionName,
    variants: v.variants.map((x) => (x.difficulty ? { question: x.question, difficulty: x.difficulty } : { question: x.question })),
    test_cases: v.testCases.map((t) => ({
      input: t.input,
      expectedOutput: t.expectedOutput,
      ...(t.description ? { description: t.description } : {}),
    })),
    evaluation_criteria: v.criteria.map((c) => ({
      criterion: c.criterion,
      weight: c.weight,
      ...(c.description ? { description: c.description } : {}),
    })),
    is_active: v.isActive,
  };
}

/** Creates (no id) or updates a bank question; returns its id. */
export async function saveQuestion(input: { id?: string | undefined; values: QuestionFormOutput }): Promise<string> {
  const result = throwIfError(
    await supabase.rpc('admin_save_question', { p_question: toPayload(input.values), ...(input.id ? { p_question_id: input.id } : {}) }),
    i18next.t('admin:errors.saveQuestion'),
  );
  const id = (result.data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : (input.id ?? '');
}

export function useSaveQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['admin', 'save-question'],
    mutationFn: saveQuestion,
    // The lists and the edited question share the bank's prefix.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: adminKeys.questionsAll() }),
  });
}
