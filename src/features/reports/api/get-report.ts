import i18next from 'i18next';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import {
  questionSchema,
  responseSchema,
  sessionSchema,
  type InterviewQuestion,
  type InterviewResponse,
  type InterviewSession,
} from '@/features/interview';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { reportPageRequest, takeEarlyRpc } from '@/lib/early-requests';
import { supabase } from '@/lib/supabase';
import { reportKeys } from '@/lib/query-keys/reports';
import { yieldToMain } from '@/lib/yield-to-main';
import '../i18n';
import { summaryReportQueryOptions, summaryReportSchema } from './get-summary-report';
import { transcriptMessageSchema, transcriptQueryOptions } from './get-transcript';
import { reportShareSchema, reportSharesQueryOptions } from './list-report-shares';

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

/** The report page's own answer, split into the report and the parts other queries show. */
export type ReportPage = {
  data: ReportData;
  /** Seeded into their own queries (transcript, share links, summary) when they are valid. */
  transcript: unknown;
  shares: unknown;
  summaryReport: unknown;
};

/**
 * Everything the report page shows in one request (get_interview_report_page); null when the interview
 * isn't the user's own (admins included).
 */
export async function getReportPage(interviewId: string): Promise<ReportPage | null> {
  if (!isInterviewId(interviewId)) return null;
  const data = await readReportPage(interviewId);
  if (data === null) return null;
  const envelope = reportPageSchema.safeParse(data);
  if (!envelope.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: envelope.error });
  const page = envelope.data;
  return {
    data: await parseReportDataInSlices({
      session: page.session,
      report: page.report,
      questions: page.questions,
      responses: page.responses,
      skillGaps: page.skill_gaps,
    }),
    transcript: page.transcript,
    shares: page.shares,
    summaryReport: page.summary_report,
  };
}

/** The answer index.html's inline script already asked for with this session's token, else a request now. */
async function readReportPage(interviewId: string): Promise<unknown> {
  const args = { [reportPageRequest.args[0]!]: interviewId };
  const early = await takeEarlyRpc(reportPageRequest.rpc, args, async () => {
    const { data: auth } = await supabase.auth.getSession();
    return auth.session?.access_token;
  });
  if (early) return early.data;
  const { data, error, status } = await supabase.rpc('get_interview_report_page', { p_interview_id: interviewId });
  if (error) throw fromPostgrestError(error, i18next.t('reports:apiErrors.loadReport'), status);
  return data;
}

const reportPageSchema = z.object({
  session: z.unknown(),
  report: z.unknown(),
  summary_report: z.unknown(),
  questions: z.unknown(),
  responses: z.unknown(),
  skill_gaps: z.unknown(),
  transcript: z.unknown(),
  shares: z.unknown(),
});

const reportDataSchema = z.object({
  session: sessionSchema,
  report: reportSchema.nullable(),
  questions: z.array(questionSchema),
  responses: z.array(responseSchema),
  skillGaps: z.array(gapSchema),
});

function splitFollowUps(data: z.output<typeof reportDataSchema>): ReportData {
  return {
    ...data,
    questions: data.questions.filter((q) => !q.is_follow_up),
    followUps: data.questions.filter((q) => q.is_follow_up && q.parent_question_id),
  };
}

/** Validates what the server sent and splits main questions from follow-ups (also used for shared reports). */
export function parseReportData(raw: Record<keyof z.input<typeof reportDataSchema>, unknown>): ReportData {
  const parsed = reportDataSchema.safeParse(raw);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return splitFollowUps(parsed.data);
}

/**
 * parseReportData one part per task: validating the whole answer at once is one long task on a phone
 * (zod's first runs over a schema are slow), while the page waits for all of it anyway.
 */
async function parseReportDataInSlices(raw: Record<keyof z.input<typeof reportDataSchema>, unknown>): Promise<ReportData> {
  const parts = reportDataSchema.shape;
  const parsed: Partial<z.output<typeof reportDataSchema>> = {};
  for (const key of Object.keys(parts) as (keyof typeof parts)[]) {
    if (key !== 'session') await yieldToMain();
    const part = parts[key].safeParse(raw[key]);
    if (!part.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: part.error });
    (parsed as Record<string, unknown>)[key] = part.data;
  }
  return splitFollowUps(parsed as z.output<typeof reportDataSchema>);
}

/**
 * Gives the transcript, share-link and summary queries their parts of the page's answer, when valid: each
 * validated in a task of its own (as in parseReportDataInSlices), then all given at once.
 */
async function seedReportParts(client: QueryClient, userId: string, interviewId: string, page: ReportPage) {
  await yieldToMain();
  const transcript = z.array(transcriptMessageSchema).safeParse(page.transcript);
  await yieldToMain();
  const shares = z.array(reportShareSchema).safeParse(page.shares);
  const summary = summaryReportSchema.nullable().safeParse(page.summaryReport);
  if (transcript.success) client.setQueryData(transcriptQueryOptions(userId, interviewId).queryKey, transcript.data);
  if (shares.success) client.setQueryData(reportSharesQueryOptions(interviewId).queryKey, shares.data);
  if (summary.success) client.setQueryData(summaryReportQueryOptions(userId, interviewId).queryKey, summary.data);
}

/**
 * The report, read together with the transcript, share links and summary report: their own queries get
 * those parts from the same answer instead of asking again (each still fetches on its own when its part
 * was missing or invalid, and whenever it is refreshed later).
 */
export function reportQueryOptions(userId: string, interviewId: string) {
  return queryOptions({
    queryKey: reportKeys.detail(interviewId),
    queryFn: async ({ client }): Promise<ReportData | null> => {
      const page = await getReportPage(interviewId);
      if (page) await seedReportParts(client, userId, interviewId, page);
      return page?.data ?? null;
    },
    enabled: userId !== '',
  });
}

export function useReport(interviewId: string) {
  return useQuery(reportQueryOptions(useMyUserId(), interviewId));
}
