import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import i18next from 'i18next';
import '../i18n';

/** The `follow-up` edge function's answer (supabase/functions/follow-up/handler.ts). */
export const followUpResultSchema = z.object({
  follow_up: z.string().trim().min(1).nullable(),
  // missing_situation | missing_task | missing_action | missing_result | vague_claim | missing_key_point |
  // too_short | complete | already_asked — read leniently so a new reason never breaks the room.
  reason: z.string().catch('complete'),
  message_id: z.string().nullable().catch(null),
  /** The follow-up's own question row: answer it with submit_response, score it with score-answer. */
  follow_up_question_id: z.string().nullable().catch(null).default(null),
  /** Asked before (the same follow-up is returned with its original reason). */
  already_asked: z.boolean().catch(false).default(false),
  provider: z.string().nullable().optional(),
});
export type FollowUpResult = z.infer<typeof followUpResultSchema>;

export type RequestFollowUpInput = { sessionId: string; questionId: string };

/** The room never waits longer than this for the interviewer's decision; it just carries on. */
export const FOLLOW_UP_TIMEOUT_MS = 12_000;

/**
 * Asks the interviewer whether the stored answer to `questionId` warrants a follow-up. At most one per
 * question: asking again returns the same follow-up (already_asked, with its original reason).
 */
export async function requestFollowUp(input: RequestFollowUpInput, timeoutMs = FOLLOW_UP_TIMEOUT_MS): Promise<FollowUpResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserFacingError(i18next.t('interview:errors.followUpTimeout'), { code: 'timeout' })), timeoutMs);
  });
  try {
    const { data, error } = await Promise.race([
      supabase.functions.invoke('follow-up', { body: { session_id: input.sessionId, question_id: input.questionId } }),
      timeout,
    ]);
    if (error) throw await fromFunctionError(error, i18next.t('interview:errors.followUpCheck'));
    const parsed = followUpResultSchema.safeParse(data);
    if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
    return parsed.data;
  } finally {
    clearTimeout(timer);
  }
}

export function useRequestFollowUp() {
  return useMutation({
    mutationKey: ['interview', 'request-follow-up'],
    mutationFn: (input: RequestFollowUpInput) => requestFollowUp(input),
  });
}
