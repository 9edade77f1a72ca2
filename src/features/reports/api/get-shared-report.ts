import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { parseReportData, type ReportData } from './get-report';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

export const SHARE_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export type SharedReport = { data: ReportData; includeAnswers: boolean; expiresAt: string | null };

const envelopeSchema = z.object({
  include_answers: z.boolean(),
  expires_at: z.string().nullable(),
  session: z.unknown(),
  report: z.unknown(),
  questions: z.unknown(),
  responses: z.unknown(),
  skill_gaps: z.unknown(),
});

/** The report behind a link, for anyone (signed in or not); null when the link is unknown, expired or off. */
export async function getSharedReport(token: string): Promise<SharedReport | null> {
  if (!SHARE_TOKEN.test(token)) return null;
  const result = throwIfError(await supabase.rpc('get_shared_report', { p_token: token }), i18next.t('reports:apiErrors.loadReport'));
  if (result.data === null) return null;
  const envelope = envelopeSchema.parse(result.data);
  return {
    data: parseReportData({
      session: envelope.session,
      report: envelope.report,
      questions: envelope.questions,
      responses: envelope.responses,
      skillGaps: envelope.skill_gaps,
    }),
    includeAnswers: envelope.include_answers,
    expiresAt: envelope.expires_at,
  };
}

export const sharedReportQueryOptions = (token: string) =>
  // Every fetch counts as a view: don't refetch on focus or reconnect.
  queryOptions({
    queryKey: reportKeys.shared(token),
    queryFn: () => getSharedReport(token),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: 1,
  });

export function useSharedReport(token: string) {
  return useQuery(sharedReportQueryOptions(token));
}
