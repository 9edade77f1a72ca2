import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { GENERIC_ERROR_MESSAGE, UserFacingError } from '@/lib/errors'
import { fromPostgrestError } from '@/lib/server-errors'
import { supabase } from '@/lib/supabase'
import {
  QUESTION_COLUMNS,
  questionSchema,
  RESPONSE_COLUMNS,
  responseSchema,
  SESSION_COLUMNS,
  sessionSchema,
  type InterviewQuestion,
  type InterviewResponse,
  type InterviewSession,
} from '../lib/schemas'

export type InterviewData = {
  session: InterviewSession
  /** Main questions in order (follow-ups excluded). */
  questions: InterviewQuestion[]
  responses: InterviewResponse[]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const LOAD_ERROR = "We couldn't load this interview. Please try again."

/** The session with its questions and the caller's responses; null when it doesn't exist for this user (RLS). */
export async function getInterview(interviewId: string): Promise<InterviewData | null> {
  if (!UUID.test(interviewId)) return null
  const [session, questions, responses] = await Promise.all([
    supabase.from('interview_sessions').select(SESSION_COLUMNS).eq('id', interviewId).maybeSingle(),
    supabase.from('interview_questions').select(QUESTION_COLUMNS).eq('interview_id', interviewId).order('order_number'),
    supabase.from('interview_responses').select(RESPONSE_COLUMNS).eq('interview_id', interviewId),
  ])
  for (const result of [session, questions, responses]) {
    if (result.error) throw fromPostgrestError(result.error, LOAD_ERROR, result.status)
  }
  if (!session.data) return null
  const parsed = z
    .object({ session: sessionSchema, questions: z.array(questionSchema), responses: z.array(responseSchema) })
    .safeParse({ session: session.data, questions: questions.data, responses: responses.data })
  if (!parsed.success) throw new UserFacingError(GENERIC_ERROR_MESSAGE, { code: 'invalid_response', cause: parsed.error })
  return { ...parsed.data, questions: parsed.data.questions.filter((question) => !question.is_follow_up) }
}

export const interviewQueryKey = (interviewId: string) => ['interview', interviewId] as const

export function interviewQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: interviewQueryKey(interviewId),
    queryFn: () => getInterview(interviewId),
    // The room owns the state while answering; don't refetch under the user's feet.
    staleTime: Infinity,
  })
}

export function useInterview(interviewId: string) {
  return useQuery(interviewQueryOptions(interviewId))
}

/** Keeps the cached interview in step with what the room just stored (so leaving and coming back resumes). */
export function updateCachedInterview(
  queryClient: import('@tanstack/react-query').QueryClient,
  interviewId: string,
  update: (data: InterviewData) => InterviewData,
) {
  queryClient.setQueryData<InterviewData | null>(interviewQueryKey(interviewId), (old) => (old ? update(old) : old))
}

export function withResponse(data: InterviewData, response: InterviewResponse): InterviewData {
  return { ...data, responses: [...data.responses.filter((r) => r.question_id !== response.question_id), response] }
}
