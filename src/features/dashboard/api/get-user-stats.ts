import i18next from 'i18next';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

const num = z.union([z.number(), z.string()]).transform(Number);

export const userStatsSchema = z.object({
  total_interviews: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  completed_interviews: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  in_progress_interviews: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  average_score: num.nullable(),
  best_score: num.nullable(),
  total_time_minutes: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  questions_answered: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  practice_attempts: z
    .number()
    .nullish()
    .transform((v) => v ?? 0),
  total_chat_messages: z
    .number()
    .nullish()
    .transform((v) => v ?? 0),
  current_streak_days: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  longest_streak_days: z
    .number()
    .nullable()
    .transform((v) => v ?? 0),
  score_trend: z
    .array(z.object({ interview_id: z.string(), date: z.string().nullable(), score: num, job_role: z.string().nullable() }))
    .nullable()
    .transform((v) => v ?? []),
});
export type UserStats = z.infer<typeof userStatsSchema>;

/**
 * Nothing practised yet (no interview, practice attempt or coach message). Signing in is recorded as daily
 * activity, so a brand-new account has a 1-day "streak" that means nothing to show.
 */
export const hasNotPractisedYet = (stats: UserStats) =>
  stats.total_interviews === 0 && stats.practice_attempts === 0 && stats.total_chat_messages === 0;

/** get_user_stats: totals, streak and the last 10 completed scores. */
export async function getUserStats(): Promise<UserStats> {
  const { data, error, status } = await supabase.rpc('get_user_stats');
  if (error) throw fromPostgrestError(error, i18next.t('dashboard:apiErrors.loadStats'), status);
  const parsed = userStatsSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data;
}

export const userStatsQueryOptions = () => queryOptions({ queryKey: interviewKeys.stats(), queryFn: getUserStats });
