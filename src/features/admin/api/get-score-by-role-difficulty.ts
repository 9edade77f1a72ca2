import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { num, numOrNull } from '../lib/num';
import { adminKeys } from './keys';
import '../i18n';

export const scoreByRoleDifficultyRowSchema = z.object({
  job_role: z.string().nullable(),
  difficulty: z.string().nullable(),
  completed_sessions: num,
  average_score: numOrNull,
});
export type ScoreByRoleDifficultyRow = z.output<typeof scoreByRoleDifficultyRowSchema>;

/** admin_analytics_average_score_by_role_difficulty (admin only, checked in SQL). */
export async function getScoreByRoleDifficulty(): Promise<ScoreByRoleDifficultyRow[]> {
  const result = throwIfError(
    await supabase.rpc('admin_analytics_average_score_by_role_difficulty', { p_days: 90 }),
    i18next.t('admin:errors.loadChart'),
  );
  return z.array(scoreByRoleDifficultyRowSchema).parse(result.data ?? []);
}

export const scoreByRoleDifficultyQueryOptions = () =>
  queryOptions({
    queryKey: adminKeys.analytics('admin_analytics_average_score_by_role_difficulty'),
    queryFn: getScoreByRoleDifficulty,
  });

export function useScoreByRoleDifficulty() {
  return useQuery(scoreByRoleDifficultyQueryOptions());
}
