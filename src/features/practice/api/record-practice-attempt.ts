import i18next from 'i18next';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import '../i18n';

// Validation messages are translation keys, turned into words when they are shown (issueText).
const ANSWER_TOO_SHORT = 'practice:answer.tooShort';

export const practiceAnswerSchema = z
  .object({
    bankQuestionId: z.string().uuid(),
    answer: z.string().trim().max(20000, 'practice:answer.tooLong'),
    /** A coding answer's code (the explanation in `answer` is then optional). */
    code: z.string().max(50000).optional(),
    timeTakenSeconds: z.number().int().min(0).max(86400).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.code?.trim() && value.answer.length < 20) ctx.addIssue({ code: 'custom', path: ['answer'], message: ANSWER_TOO_SHORT });
  });
export type PracticeAnswerInput = z.input<typeof practiceAnswerSchema>;

/**
 * Stores the user's answer (and a coding answer's code, which the server re-runs against the tests when it scores the
 * attempt) in practice_attempts. The row is what unlocks the model answer
 * (get_bank_question_reveal); scores are never written by the browser.
 */
export async function recordPracticeAttempt(input: PracticeAnswerInput): Promise<{ id: string }> {
  const data = practiceAnswerSchema.parse(input);
  const result = throwIfError(
    await supabase
      .from('practice_attempts')
      .insert({
        bank_question_id: data.bankQuestionId,
        answer_text: data.answer || null,
        code_answer: data.code?.trim() ? data.code : null,
        time_taken_seconds: data.timeTakenSeconds ?? null,
      })
      .select('id')
      .single(),
    i18next.t('practice:errors.saveAnswer'),
  );
  return { id: z.string().parse(result.data?.id) };
}
