import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { evaluationSchema, type Evaluation, type QuestionType, type TestResults } from '../lib/schemas';
import i18next from 'i18next';
import '../i18n';

const scoredSchema = z.object({ evaluation: evaluationSchema });

/** score-answer for a stored response (idempotent: never scored twice). */
export async function scoreAnswer(responseId: string): Promise<Evaluation> {
  const { data, error } = await supabase.functions.invoke('score-answer', { body: { response_id: responseId } });
  if (error) throw await fromFunctionError(error, i18next.t('interview:errors.score'));
  const parsed = scoredSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data.evaluation;
}

export function useScoreAnswer() {
  return useMutation({ mutationKey: ['interview', 'score-answer'], mutationFn: scoreAnswer });
}

export type PracticeScoreInput = {
  bankQuestionId: string | null;
  text: string;
  type: QuestionType;
  difficulty: string;
  answer: string;
  code: string | null;
  testResults: TestResults | null;
};

/** score-answer in practice mode: scores a retry of a question without storing it (the real answer stands). */
export async function scorePracticeRetry(input: PracticeScoreInput): Promise<Evaluation> {
  const difficulty = ['easy', 'medium', 'hard'].includes(input.difficulty) ? input.difficulty : 'medium';
  const body = {
    question: input.bankQuestionId
      ? { bank_question_id: input.bankQuestionId }
      : { text: input.text.slice(0, 4000), type: input.type, difficulty },
    answer: {
      text: input.answer,
      ...(input.code ? { code: input.code } : {}),
      ...(input.testResults ? { test_results: { passed: input.testResults.passed, total: input.testResults.total } } : {}),
    },
  };
  const { data, error } = await supabase.functions.invoke('score-answer', { body });
  if (error) throw await fromFunctionError(error, i18next.t('interview:errors.scorePractice'));
  const parsed = scoredSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data.evaluation;
}

export function useScorePracticeRetry() {
  return useMutation({ mutationKey: ['interview', 'score-practice-retry'], mutationFn: scorePracticeRetry });
}
