import i18next from 'i18next';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { historyRowSchema, type RecentInterview } from '@/features/dashboard';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

export const PAGE_SIZE = 20;
export type HistoryFilters = { status: string; role: string; page: number };

/** All of the user's own interviews, filtered by status and role, newest first, paginated. */
export async function listInterviews(userId: string, filters: HistoryFilters): Promise<{ rows: RecentInterview[]; total: number }> {
  let query = supabase
    .from('interview_sessions')
    .select('id,title,job_role,company,interview_type,difficulty,status,total_questions,questions_answered,score,created_at,completed_at', {
      count: 'exact',
    })
    .eq('user_id', userId)
    .order('created_at', { ascending: false })
    .range(filters.page * PAGE_SIZE, filters.page * PAGE_SIZE + PAGE_SIZE - 1);
  if (filters.status) query = query.eq('status', filters.status);
  if (filters.role) query = query.eq('job_role', filters.role);
  const { data, error, status, count } = await query;
  if (error) throw fromPostgrestError(error, i18next.t('history:apiErrors.loadInterviews'), status);
  const parsed = z.array(historyRowSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return { rows: parsed.data, total: count ?? parsed.data.length };
}

export function interviewListQueryOptions(userId: string, filters: HistoryFilters) {
  return queryOptions({
    queryKey: interviewKeys.list(userId, filters),
    queryFn: () => listInterviews(userId, filters),
    placeholderData: keepPreviousData,
    enabled: userId !== '',
  });
}

export function useInterviewList(filters: HistoryFilters) {
  return useQuery(interviewListQueryOptions(useMyUserId(), filters));
}

/** Distinct roles the user has interviewed for (for the role filter). */
export async function listRoles(userId: string): Promise<string[]> {
  const { data, error, status } = await supabase
    .from('interview_sessions')
    .select('job_role')
    .eq('user_id', userId)
    .order('job_role')
    .limit(1000);
  if (error) throw fromPostgrestError(error, i18next.t('history:apiErrors.loadRoles'), status);
  return [...new Set((data ?? []).map((row) => row.job_role))];
}

export function useRoles() {
  const userId = useMyUserId();
  return useQuery({ queryKey: interviewKeys.roles(userId), queryFn: () => listRoles(userId), enabled: userId !== '' });
}
