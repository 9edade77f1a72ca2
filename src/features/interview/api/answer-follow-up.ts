import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import type { Database } from '@/lib/database.types';
import { supabase } from '@/lib/supabase';
import type { InterviewResponse } from '../lib/schemas';
import { submitResponse } from './submit-response';
import i18next from 'i18next';
import '../i18n';

export type AnswerFollowUpInput = {
  interviewId: string;
  /** The parent (main) question. */
  questionId: string;
  /** The follow-up's own question row (null for follow-ups stored only as a transcript message). */
  followUpQuestionId: string | null;
  text: string;
  /**
   * Seconds spent speaking when the answer was given by voice (a voice interview), else null/omitted. A spoken answer
   * is stored with its transcript (the text as submitted, after any edits) and this duration, so score-answer measures
   * its delivery; a typed one carries neither and is scored as text.
   */
  speakingDurationSeconds?: number | null;
  timeTakenSeconds?: number | null;
  /** Object path of the spoken answer's recording (voice-answers bucket), stored with the follow-up question's answer. */
  audioPath?: string | null;
};

export type AnswerFollowUpResult = {
  /** The candidate's transcript message when this call wrote it (null: the database wrote it with the answer). */
  id: string | null;
  /** The stored answer of the follow-up question, to be scored with score-answer (null without a question row). */
  response: InterviewResponse | null;
};

const insertedSchema = z.object({ id: z.string() });

/**
 * Stores the answer to the interviewer's follow-up as the answer of the follow-up question (submit_response: an
 * idempotent upsert; follow-ups never count towards questions_answered), with its transcript and speaking time when
 * it was spoken. The database records it in the interview's transcript in the same transaction (on the parent
 * question's thread). Only a follow-up without a question row (asked before they were stored) is appended to the
 * transcript here, as the candidate's message on the parent question (user_id, role and message_index are filled
 * in by the database).
 */
export async function answerFollowUp(input: AnswerFollowUpInput): Promise<AnswerFollowUpResult> {
  const text = input.text.trim().slice(0, 20000);
  const spoken = typeof input.speakingDurationSeconds === 'number' && input.speakingDurationSeconds > 0;
  let response: InterviewResponse | null = null;
  if (input.followUpQuestionId) {
    try {
      response = await submitResponse({
        questionId: input.followUpQuestionId,
        answerText: text,
        codeAnswer: null,
        transcript: spoken ? text : null,
        speakingDurationSeconds: spoken ? input.speakingDurationSeconds! : null,
        timeTakenSeconds: input.timeTakenSeconds ?? null,
        clientTestResults: null,
        audioPath: spoken ? (input.audioPath ?? null) : null,
      });
    } catch (error) {
      if (!(error instanceof UserFacingError && error.code === 'already_scored')) throw error;
      // Already answered and scored (an earlier attempt got that far): only the transcript message is missing.
    }
  }
  if (input.followUpQuestionId) return { id: null, response };
  const row = { interview_id: input.interviewId, question_id: input.questionId, content: text };
  const { data, error, status } = await supabase
    .from('interview_messages')
    // Only these columns are insertable by users (column grants); message_index comes from a trigger.
    .insert(row as Database['public']['Tables']['interview_messages']['Insert'])
    .select('id')
    .single();
  if (error) throw fromPostgrestError(error, i18next.t('interview:errors.saveFollowUp'), status);
  const parsed = insertedSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return { id: parsed.data.id, response };
}

export function useAnswerFollowUp() {
  return useMutation({ mutationKey: ['interview', 'answer-follow-up'], mutationFn: answerFollowUp });
}
