import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { recordPracticeAttempt, type PracticeAnswerInput } from './record-practice-attempt';
import { practiceKeys } from './keys';
import '../i18n';

const starPart = z.object({ found: z.boolean(), evidence: z.string().optional() });

/** The evaluation contract of score-answer (supabase/functions/_shared/scoring/types.ts). */
export const evaluationSchema = z.object({
  score: z.number(),
  criteria: z.array(z.object({ name: z.string(), weight: z.number(), score: z.number(), rationale: z.string() })).default([]),
  strengths: z.array(z.string()).default([]),
  weaknesses: z.array(z.string()).default([]),
  key_points: z.array(z.object({ point: z.string(), covered: z.boolean(), evidence: z.string().optional() })).default([]),
  missed_key_points: z.array(z.string()).default([]),
  star: z.object({ situation: starPart, task: starPart, action: starPart, result: starPart }).optional(),
  delivery: z
    .object({
      words: z.number(),
      wpm: z.number().nullable(),
      filler_count: z.number(),
      pace: z.string(),
      time_usage: z.string().optional(),
    })
    .passthrough()
    .optional(),
  suggested_outline: z.array(z.string()).default([]),
  dimensions: z.object({ communication: z.number(), technical: z.number(), behavioral: z.number() }).partial().default({}),
  validity: z.object({ valid: z.boolean(), reason: z.string().optional() }).default({ valid: true }),
  feedback: z.string().default(''),
  improved_answer: z.string().optional(),
  engine: z.string().optional(),
});
export type Evaluation = z.output<typeof evaluationSchema>;

const responseSchema = z.object({ evaluation: evaluationSchema, provider: z.string().optional(), fallback_used: z.boolean().optional() });
export type PracticeScore = z.output<typeof responseSchema> & { attemptId: string };

/**
 * score-answer for a stored practice attempt: the server scores the text it stored (not what the browser sends)
 * and keeps the score on the attempt, so progress across attempts is visible.
 */
export async function scorePracticeAttempt(attemptId: string): Promise<z.output<typeof responseSchema>> {
  const { data: body, error } = await supabase.functions.invoke('score-answer', {
    body: { attempt_id: z.string().uuid().parse(attemptId) },
  });
  if (error) throw await fromFunctionError(error, i18next.t('practice:errors.scoreAnswer'));
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) throw new UserFacingError(i18next.t('practice:errors.unexpectedReply'), { cause: parsed.error });
  return parsed.data;
}

/** Records the attempt (unlocks the model answer), then scores it. */
export function useSubmitPracticeAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['practice', 'submit'],
    mutationFn: async (input: PracticeAnswerInput): Promise<PracticeScore> => {
      const attempt = await recordPracticeAttempt(input);
      const score = await scorePracticeAttempt(attempt.id);
      return { ...score, attemptId: attempt.id };
    },
    onSettled: (_data, _error, input) => {
      void queryClient.invalidateQueries({ queryKey: practiceKeys.reveal(input.bankQuestionId) });
      void queryClient.invalidateQueries({ queryKey: practiceKeys.attemptsAll(input.bankQuestionId) });
    },
  });
}
