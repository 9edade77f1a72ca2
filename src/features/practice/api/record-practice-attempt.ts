import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

export const practiceAnswerSchema = z.object({
  bankQuestionId: z.string().uuid(),
  answer: z
    .string()
    .trim()
    .min(20, 'Write at least a couple of sentences (20+ characters) so there is something to score.')
    .max(20000, 'Answers must be at most 20,000 characters.'),
  timeTakenSeconds: z.number().int().min(0).max(86400).optional(),
});
export type PracticeAnswerInput = z.input<typeof practiceAnswerSchema>;

/**
 * Stores the user's answer in practice_attempts. The row is what unlocks the model answer
 * (get_bank_question_reveal); scores are never written by the browser.
 */
export async function recordPracticeAttempt(input: PracticeAnswerInput): Promise<{ id: string }> {
  const data = practiceAnswerSchema.parse(input);
  const result = throwIfError(
    await supabase
      .from('practice_attempts')
      .insert({ bank_question_id: data.bankQuestionId, answer_text: data.answer, time_taken_seconds: data.timeTakenSeconds ?? null })
      .select('id')
      .single(),
    "We couldn't save your answer. Please try again.",
  );
  return { id: z.string().parse(result.data?.id) };
}
