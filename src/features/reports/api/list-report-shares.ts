import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { reportKeys } from '@/lib/query-keys/reports';
import '../i18n';

export const SHARE_COLUMNS = 'id,interview_id,token,include_answers,expires_at,revoked_at,view_count,last_viewed_at,created_at' as const;

export const reportShareSchema = z.object({
  id: z.string(),
  interview_id: z.string(),
  token: z.string(),
  include_answers: z.boolean(),
  expires_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  view_count: z.number(),
  last_viewed_at: z.string().nullable(),
  created_at: z.string(),
});
export type ReportShare = z.infer<typeof reportShareSchema>;

/** The public address of a link (the SPA's /shared/:token page). */
export const shareUrl = (token: string, origin = window.location.origin) => `${origin}/shared/${token}`;

export const isLive = (share: ReportShare, now = Date.now()) =>
  share.revoked_at === null && (share.expires_at === null || Date.parse(share.expires_at) > now);

/** The caller's links to one report, newest first (RLS: only their own). */
export async function listReportShares(interviewId: string): Promise<ReportShare[]> {
  const result = throwIfError(
    await supabase.from('report_shares').select(SHARE_COLUMNS).eq('interview_id', interviewId).order('created_at', { ascending: false }),
    i18next.t('reports:apiErrors.loadShares'),
  );
  return z.array(reportShareSchema).parse(result.data);
}

export const reportSharesQueryOptions = (interviewId: string) =>
  queryOptions({ queryKey: reportKeys.shares(interviewId), queryFn: () => listReportShares(interviewId) });

export function useReportShares(interviewId: string) {
  return useQuery(reportSharesQueryOptions(interviewId));
}
