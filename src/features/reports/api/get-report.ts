import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
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
} from '@/features/interview';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

const num = z.union([z.number(), z.string()]).transform(Number);

const reportSchema = z.object({
  summary: z.string().nullable(),
  strengths: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  weaknesses: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  recommendations: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  overall_score: num.nullable(),
  communication_score: num.nullable(),
  technical_score: num.nullable(),
  behavioral_score: num.nullable(),
  skill_scores: z.record(z.unknown()).nullable().catch({}),
  statistics: z.record(z.unknown()).nullable().catch({}),
  average_response_time_seconds: num.nullable(),
  consistency: num.nullable(),
  confidence: num.nullable(),
  generated_at: z.string(),
});
export type InterviewReport = z.infer<typeof reportSchema>;

const gapSchema = z.object({
  id: z.string(),
  skill_name: z.string(),
  proficiency_level: z.string(),
  gap_score: num,
  skill_score: num.nullable(),
  recommendation: z.string().nullable(),
  skill_gap_resources: z
    .array(
      z.object({
        priority: z.number(),
        learning_resources: z
          .object({ title: z.string(), url: z.string(), resource_type: z.string(), description: z.string().nullable() })
          .nullable(),
      }),
    )
    .nullable()
    .catch([])
    .transform((v) => v ?? []),
});
export type SkillGap = z.infer<typeof gapSchema>;

export type ReportData = {
  session: InterviewSession;
  report: InterviewReport | null;
  /** Main questions in order. */
  questions: InterviewQuestion[];
  /** The interviewer's follow-up questions (is_follow_up; parent_question_id = their main question), in order. */
  followUps: InterviewQuestion[];
  responses: InterviewResponse[];
  skillGaps: SkillGap[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Only a UUID can name an interview: anything else is not found without asking the server. */
export const isInterviewId = (value: string) => UUID.test(value);

/** Everything the report shows; null when the interview isn't the user's own (admins included). */
export async function getReport(userId: string, interviewId: string): Promise<ReportData | null> {
  if (!isInterviewId(interviewId)) return null;
  const [session, report, questions, responses, gaps] = await Promise.all([
    supabase.from('interview_sessions').select(SESSION_COLUMNS).eq('id', interviewId).eq('user_id', userId).maybeSingle(),
    supabase
      .from('interview_reports')
      .select(
        'summary,strengths,weaknesses,recommendations,overall_score,communication_score,technical_score,behavioral_score,skill_scores,statistics,average_response_time_seconds,consistency,confidence,generated_at',
      )
      .eq('interview_id', interviewId)
      .eq('report_type', 'detailed') // the summary report is read on its own (get-summary-report)
      .maybeSingle(),
    supabase.from('interview_questions').select(QUESTION_COLUMNS).eq('interview_id', interviewId).order('order_number'),
    supabase.from('interview_responses').select(RESPONSE_COLUMNS).eq('interview_id', interviewId),
    supabase
      .from('skill_gaps')
      .select(
        'id,skill_name,proficiency_level,gap_score,skill_score,recommendation,skill_gap_resources(priority,learning_resources(title,url,resource_type,description))',
      )
      .eq('interview_id', interviewId)
      .order('gap_score', { ascending: false }),
  ]);
  for (const result of [session, report, questions, responses, gaps]) {
    if (result.error) throw fromPostgrestError(result.error, i18next.t('reports:apiErrors.loadReport'), result.status);
  }
  if (!session.data) return null;
  return parseReportData({
    session: session.data,
    report: report.data,
    questions: questions.data,
    responses: responses.data,
    skillGaps: gaps.data,
  });
}

const reportDataSchema = z.object({
  session: sessionSchema,
  report: reportSchema.nullable(),
  questions: z.array(questionSchema),
  responses: z.array(responseSchema),
  skillGaps: z.array(gapSchema),
});

/** Validates what the server sent and splits main questions from follow-ups (also used for shared reports). */
export function parseReportData(raw: Record<keyof z.input<typeof reportDataSchema>, unknown>): ReportData {
  const parsed = reportDataSchema.safeParse(raw);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return {
    ...parsed.data,
    questions: parsed.data.questions.filter((q) => !q.is_follow_up),
    followUps: parsed.data.questions.filter((q) => q.is_follow_up && q.parent_question_id),
  };
}

export function reportQueryOptions(userId: string, interviewId: string) {
  return queryOptions({ queryKey: reportKeys.detail(interviewId), queryFn: () => getReport(userId, interviewId), enabled: userId !== '' });
}

export function useReport(interviewId: string) {
  return useQuery(reportQueryOptions(useMyUserId(), interviewId));
}
