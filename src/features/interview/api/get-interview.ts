import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
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
} from '../lib/schemas';
import type { AskedFollowUp } from '../lib/room-machine';
import i18next from 'i18next';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

export type InterviewData = {
  session: InterviewSession;
  /** Main questions in order (follow-ups excluded). */
  questions: InterviewQuestion[];
  responses: InterviewResponse[];
  /** Follow-ups the interviewer already asked (from the transcript), and whether they were answered. */
  followUps: AskedFollowUp[];
};

const messageSchema = z.object({
  id: z.string(),
  question_id: z.string().nullable(),
  role: z.string(),
  content: z.string(),
  is_follow_up: z.boolean(),
  message_index: z.number(),
  metadata: z.record(z.unknown()).nullable().catch(null),
});
type MessageRow = z.infer<typeof messageSchema>;

/** Follow-ups asked per question (the first one), answered when the candidate wrote on that question after it. */
export function followUpsFrom(messages: MessageRow[]): AskedFollowUp[] {
  const asked: AskedFollowUp[] = [];
  for (const message of messages) {
    if (!message.is_follow_up || message.role !== 'assistant' || !message.question_id) continue;
    if (asked.some((f) => f.questionId === message.question_id)) continue;
    const reason = typeof message.metadata?.reason === 'string' ? message.metadata.reason : 'unknown';
    const followUpQuestionId = typeof message.metadata?.follow_up_question_id === 'string' ? message.metadata.follow_up_question_id : null;
    const answered = messages.some(
      (m) => m.role === 'user' && m.question_id === message.question_id && m.message_index > message.message_index,
    );
    asked.push({ questionId: message.question_id, messageId: message.id, followUpQuestionId, text: message.content, reason, answered });
  }
  return asked;
}

/** The transcript only adds follow-ups: if it can't be read, the room works without them. */
async function loadFollowUps(interviewId: string): Promise<AskedFollowUp[]> {
  try {
    const { data, error } = await supabase
      .from('interview_messages')
      .select('id,question_id,role,content,is_follow_up,message_index,metadata')
      .eq('interview_id', interviewId)
      .not('question_id', 'is', null)
      .order('message_index');
    if (error) return [];
    const parsed = z.array(messageSchema).safeParse(data);
    return parsed.success ? followUpsFrom(parsed.data) : [];
  } catch {
    return [];
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The session with its questions and the user's responses; null when it isn't this user's interview (the
 * owner filter matters for admins, whom RLS lets read every interview).
 */
export async function getInterview(userId: string, interviewId: string): Promise<InterviewData | null> {
  if (!UUID.test(interviewId)) return null;
  const [session, questions, responses, followUps] = await Promise.all([
    supabase.from('interview_sessions').select(SESSION_COLUMNS).eq('id', interviewId).eq('user_id', userId).maybeSingle(),
    supabase.from('interview_questions').select(QUESTION_COLUMNS).eq('interview_id', interviewId).order('order_number'),
    supabase.from('interview_responses').select(RESPONSE_COLUMNS).eq('interview_id', interviewId),
    loadFollowUps(interviewId),
  ]);
  for (const result of [session, questions, responses]) {
    if (result.error) throw fromPostgrestError(result.error, i18next.t('interview:errors.load'), result.status);
  }
  if (!session.data) return null;
  const parsed = z
    .object({ session: sessionSchema, questions: z.array(questionSchema), responses: z.array(responseSchema) })
    .safeParse({ session: session.data, questions: questions.data, responses: responses.data });
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  // Follow-up questions are not steps of the room: they are shown (and answered) with their parent question.
  const followUpIds = new Set(parsed.data.questions.filter((question) => question.is_follow_up).map((question) => question.id));
  return {
    ...parsed.data,
    questions: parsed.data.questions.filter((question) => !question.is_follow_up),
    responses: parsed.data.responses.filter((response) => !followUpIds.has(response.question_id)),
    // answered: the transcript has the candidate's reply, or the follow-up question has a stored response
    followUps: followUps.map((f) => ({
      ...f,
      answered: f.answered || (f.followUpQuestionId !== null && parsed.data.responses.some((r) => r.question_id === f.followUpQuestionId)),
    })),
  };
}

export function interviewQueryOptions(userId: string, interviewId: string) {
  return queryOptions({
    queryKey: interviewKeys.detail(interviewId),
    queryFn: () => getInterview(userId, interviewId),
    enabled: userId !== '',
    // The room owns the state while answering; don't refetch under the user's feet.
    staleTime: Infinity,
  });
}

export function useInterview(interviewId: string) {
  return useQuery(interviewQueryOptions(useMyUserId(), interviewId));
}

/** Keeps the cached interview in step with what the room just stored (so leaving and coming back resumes). */
export function updateCachedInterview(queryClient: QueryClient, interviewId: string, update: (data: InterviewData) => InterviewData) {
  queryClient.setQueryData<InterviewData | null>(interviewKeys.detail(interviewId), (old) => (old ? update(old) : old));
}

/** Records a follow-up the room just received or answered in the cache (so leaving and coming back resumes). */
export function withFollowUp(data: InterviewData, followUp: AskedFollowUp): InterviewData {
  return { ...data, followUps: [...data.followUps.filter((f) => f.questionId !== followUp.questionId), followUp] };
}

export function withResponse(data: InterviewData, response: InterviewResponse): InterviewData {
  return { ...data, responses: [...data.responses.filter((r) => r.question_id !== response.question_id), response] };
}
