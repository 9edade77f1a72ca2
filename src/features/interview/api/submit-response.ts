import { useMutation } from '@tanstack/react-query';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import type { Json } from '@/lib/database.types';
import { supabase } from '@/lib/supabase';
import { responseSchema, type InterviewResponse, type TestResults } from '../lib/schemas';
import i18next from 'i18next';
import '../i18n';

export type SubmitResponseInput = {
  questionId: string;
  answerText: string | null;
  codeAnswer: string | null;
  transcript: string | null;
  speakingDurationSeconds: number | null;
  timeTakenSeconds: number | null;
  clientTestResults: TestResults | null;
  /** Object path of the spoken answer's recording in the voice-answers bucket (uploaded first). */
  audioPath?: string | null;
};

/** submit_response is an idempotent upsert per question: submitting twice keeps one answer. */
export async function submitResponse(input: SubmitResponseInput): Promise<InterviewResponse> {
  const { data, error, status } = await supabase
    .rpc('submit_response', {
      p_question_id: input.questionId,
      ...(input.answerText ? { p_answer_text: input.answerText } : {}),
      ...(input.codeAnswer ? { p_code_answer: input.codeAnswer, p_code_language: 'javascript' } : {}),
      ...(input.transcript ? { p_transcript: input.transcript } : {}),
      ...(input.audioPath ? { p_audio_path: input.audioPath } : {}),
      ...(input.speakingDurationSeconds !== null ? { p_speaking_duration_seconds: Math.min(7200, input.speakingDurationSeconds) } : {}),
      ...(input.timeTakenSeconds !== null
        ? { p_time_taken_seconds: Math.min(86400, Math.max(0, Math.round(input.timeTakenSeconds))) }
        : {}),
      ...(input.clientTestResults ? { p_client_test_results: input.clientTestResults as unknown as Json } : {}),
    })
    .select()
    .single();
  if (error) throw fromPostgrestError(error, i18next.t('interview:errors.submit'), status);
  const parsed = responseSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export function useSubmitResponse() {
  return useMutation({ mutationKey: ['interview', 'submit-response'], mutationFn: submitResponse });
}
