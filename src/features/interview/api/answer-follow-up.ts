import { useMutation } from '@tanstack/react-query'
import { z } from 'zod'
import { GENERIC_ERROR_MESSAGE, UserFacingError } from '@/lib/errors'
import { fromPostgrestError } from '@/lib/server-errors'
import type { Database } from '@/lib/database.types'
import { supabase } from '@/lib/supabase'

export type AnswerFollowUpInput = { interviewId: string; questionId: string; text: string }

const insertedSchema = z.object({ id: z.string() })

/**
 * Stores the answer to the interviewer's follow-up as the candidate's message on the question's transcript
 * (interview_messages; the only place the schema offers: `follow-up` creates a message, not a question row).
 * user_id, role ('user') and message_index are filled in by the database.
 */
export async function answerFollowUp(input: AnswerFollowUpInput): Promise<{ id: string }> {
  const row = { interview_id: input.interviewId, question_id: input.questionId, content: input.text.trim().slice(0, 20000) }
  const { data, error, status } = await supabase
    .from('interview_messages')
    // Only these columns are insertable by users (column grants); message_index comes from a trigger.
    .insert(row as Database['public']['Tables']['interview_messages']['Insert'])
    .select('id')
    .single()
  if (error) throw fromPostgrestError(error, "We couldn't save your follow-up answer. It's still here — please try again.", status)
  const parsed = insertedSchema.safeParse(data)
  if (!parsed.success) throw new UserFacingError(GENERIC_ERROR_MESSAGE, { code: 'invalid_response', cause: parsed.error })
  return parsed.data
}

export function useAnswerFollowUp() {
  return useMutation({ mutationKey: ['interview', 'answer-follow-up'], mutationFn: answerFollowUp })
}
