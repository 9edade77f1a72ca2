import i18next from 'i18next';
import { z } from 'zod';

/** Shapes shared by the interview api files (rows as the SPA reads them). */

/**
 * A schema built the first time something parses with it (or reads `.schema`), not when its module is
 * evaluated. This module is in the chunk every signed-in page evaluates at start-up (app-common), and
 * building its ~100 zod objects was the largest part of that evaluation, one long task on a phone, on pages
 * that never parse an interview row (the dashboard, the new-interview form).
 */
export function lazySchema<T extends z.ZodTypeAny>(build: () => T): z.ZodLazy<T> {
  let schema: T | undefined;
  return z.lazy(() => (schema ??= build()));
}

const numeric = lazySchema(() => z.union([z.number(), z.string()]).transform((value) => Number(value)));
const nullableNumeric = lazySchema(() => numeric.nullable());

export const QUESTION_TYPES = ['technical', 'behavioral', 'coding', 'system_design'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const INTERVIEW_TYPES = ['mixed', 'technical', 'behavioral', 'coding', 'system_design'] as const;
export type InterviewType = (typeof INTERVIEW_TYPES)[number];
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const STATUSES = ['pending', 'in_progress', 'completed', 'cancelled', 'abandoned'] as const;
export type InterviewStatus = (typeof STATUSES)[number];

export const SESSION_COLUMNS =
  'id,session_id,title,job_role,custom_role,company,interview_type,difficulty,tech_stack,interaction_mode,status,total_questions,questions_answered,resume_filename,job_description_filename,duration_seconds,score,started_at,completed_at,created_at' as const;

export const sessionSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    session_id: z.string(),
    title: z.string(),
    job_role: z.string(),
    custom_role: z.string().nullable(),
    company: z.string().nullable(),
    interview_type: z.string(),
    difficulty: z.string(),
    tech_stack: z
      .array(z.string())
      .nullable()
      .transform((value) => value ?? []),
    interaction_mode: z.enum(['text', 'speech']).catch('text'),
    status: z.enum(STATUSES),
    total_questions: z.number(),
    questions_answered: z.number(),
    resume_filename: z.string().nullable(),
    job_description_filename: z.string().nullable(),
    duration_seconds: z.number().nullable(),
    score: nullableNumeric,
    started_at: z.string().nullable(),
    completed_at: z.string().nullable(),
    created_at: z.string(),
  }),
);
export type InterviewSession = z.infer<typeof sessionSchema>;

export const testCaseSchema = lazySchema(() =>
  z.object({
    input: z.unknown(),
    expectedOutput: z.unknown(),
    description: z.string().optional(),
  }),
);
export type TestCase = z.infer<typeof testCaseSchema>;
/** A question's test cases as stored: anything but a list of test cases reads as none. */
export const testCasesSchema = lazySchema(() =>
  z
    .array(testCaseSchema)
    .nullable()
    .catch([])
    .transform((value) => value ?? []),
);

export const QUESTION_COLUMNS =
  'id,order_number,question_text,question_type,difficulty,skill_category,skills,time_limit_seconds,is_follow_up,parent_question_id,starter_code,function_name,test_cases,bank_question_id' as const;

export const questionSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    order_number: z.number(),
    question_text: z.string(),
    question_type: z.enum(QUESTION_TYPES),
    difficulty: z.string(),
    skill_category: z.string().nullable(),
    skills: z
      .array(z.string())
      .nullable()
      .transform((value) => value ?? []),
    time_limit_seconds: z.number().nullable(),
    is_follow_up: z.boolean(),
    /** The main question a follow-up belongs to (null for main questions). */
    parent_question_id: z.string().nullable().default(null),
    starter_code: z.string().nullable(),
    function_name: z.string().nullable(),
    test_cases: testCasesSchema,
    bank_question_id: z.string().nullable(),
  }),
);
export type InterviewQuestion = z.infer<typeof questionSchema>;

const textList = lazySchema(() =>
  z
    .array(z.string())
    .nullable()
    .catch([])
    .transform((value) => value ?? []),
);

/** The evaluation contract of score-answer (supabase/functions/_shared/scoring/types.ts), read leniently. */
export const evaluationSchema = lazySchema(() =>
  z
    .object({
      score: numeric,
      criteria: z
        .array(z.object({ name: z.string(), weight: z.number().optional(), score: z.number(), rationale: z.string().optional() }))
        .catch([])
        .default([]),
      strengths: textList.default([]),
      weaknesses: textList.default([]),
      key_points: z
        .array(z.object({ point: z.string(), covered: z.boolean(), evidence: z.string().optional() }))
        .catch([])
        .default([]),
      missed_key_points: textList.default([]),
      star: z
        .record(z.object({ found: z.boolean(), evidence: z.string().optional() }))
        .optional()
        .catch(undefined),
      delivery: z
        .object({
          words: z.number().optional(),
          wpm: z.number().nullable().optional(),
          filler_count: z.number().optional(),
          pace: z.string().optional(),
          time_usage: z.string().optional(),
        })
        .optional()
        .catch(undefined),
      suggested_outline: textList.default([]),
      dimensions: z.object({ communication: z.number(), technical: z.number(), behavioral: z.number() }).optional().catch(undefined),
      feedback: z.string().catch('').default(''),
      /** The answer rewritten stronger, with [bracketed gaps] for what it missed. */
      improved_answer: z.string().optional().catch(undefined),
    })
    .passthrough(),
);
export type Evaluation = z.infer<typeof evaluationSchema>;

export const testResultsSchema = lazySchema(() =>
  z.object({
    passed: z.number(),
    total: z.number(),
    details: z
      .array(
        z.object({
          name: z.string().optional(),
          description: z.string().optional(),
          passed: z.boolean(),
          input: z.unknown().optional(),
          expected: z.unknown().optional(),
          actual: z.unknown().optional(),
          error: z.string().optional(),
        }),
      )
      .optional(),
  }),
);
export type TestResults = z.infer<typeof testResultsSchema>;

export const RESPONSE_COLUMNS =
  'id,question_id,answer_text,code_answer,transcript,audio_path,speaking_duration_seconds,time_taken_seconds,client_test_results,submitted_at,score,ai_feedback,strengths,weaknesses,missed_key_points,improved_answer,rubric,evaluated_at' as const;

export const responseSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    question_id: z.string(),
    answer_text: z.string().nullable(),
    code_answer: z.string().nullable(),
    transcript: z.string().nullable(),
    /** The spoken answer's recording in the voice-answers bucket (absent from shared reports). */
    audio_path: z.string().nullable().optional(),
    speaking_duration_seconds: nullableNumeric,
    time_taken_seconds: z.number().nullable(),
    client_test_results: testResultsSchema.nullable().catch(null),
    submitted_at: z.string(),
    score: nullableNumeric,
    ai_feedback: z.string().nullable(),
    strengths: textList,
    weaknesses: textList,
    missed_key_points: textList,
    improved_answer: z.string().nullable(),
    rubric: evaluationSchema.nullable().catch(null),
    evaluated_at: z.string().nullable(),
  }),
);
export type InterviewResponse = z.infer<typeof responseSchema>;

/** The evaluation of a stored response: the rubric when present, else the flat columns. */
export function evaluationOf(response: InterviewResponse): Evaluation | null {
  if (response.rubric) return response.rubric;
  if (response.score === null) return null;
  return {
    score: response.score,
    criteria: [],
    strengths: response.strengths,
    weaknesses: response.weaknesses,
    key_points: [],
    missed_key_points: response.missed_key_points,
    suggested_outline: response.improved_answer ? response.improved_answer.split('\n').filter(Boolean) : [],
    feedback: response.ai_feedback ?? '',
  };
}

/** Values with a shared label (`common:labels.<value>`), e.g. interview types, difficulties, statuses. */
export const LABELLED_VALUES = [
  'technical',
  'behavioral',
  'coding',
  'system_design',
  'mixed',
  'easy',
  'medium',
  'hard',
  'pending',
  'in_progress',
  'completed',
  'cancelled',
  'abandoned',
  'text',
  'speech',
] as const;

/** The UI-language label of an enum value; unknown values are shown as they are. Call at render time. */
export const label = (value: string) =>
  (LABELLED_VALUES as readonly string[]).includes(value) ? i18next.t(`common:labels.${value}`) : value;
