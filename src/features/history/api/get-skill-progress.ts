import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMyUserId } from '@/features/auth';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

export type SkillPoint = { interviewId: string; date: string; score: number };
export type SkillSeries = { skill: string; points: SkillPoint[]; latest: number; change: number | null };

const rowSchema = z.object({ interview_id: z.string(), generated_at: z.string(), skill_scores: z.record(z.unknown()).nullable() });

/** skill_scores values are numbers or { score, question_count } (complete-interview writes the latter). */
const scoreOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && typeof (value as { score?: unknown }).score === 'number')
    return (value as { score: number }).score;
  return null;
};

/** Per-skill score over time, from the skill_scores of every one of the user's reports (oldest first). */
export async function getSkillProgress(userId: string): Promise<SkillSeries[]> {
  const { data, error, status } = await supabase
    .from('interview_reports')
    .select('interview_id,generated_at,skill_scores')
    .eq('user_id', userId)
    .order('generated_at', { ascending: true })
    .limit(500);
  if (error) throw fromPostgrestError(error, i18next.t('history:apiErrors.loadSkills'), status);
  const parsed = z.array(rowSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  const series = new Map<string, SkillPoint[]>();
  for (const row of parsed.data) {
    for (const [skill, value] of Object.entries(row.skill_scores ?? {})) {
      const score = scoreOf(value);
      if (score === null) continue;
      const points = series.get(skill) ?? [];
      points.push({ interviewId: row.interview_id, date: row.generated_at, score });
      series.set(skill, points);
    }
  }
  return [...series.entries()]
    .map(([skill, points]) => ({
      skill,
      points,
      latest: points[points.length - 1]!.score,
      change: points.length > 1 ? points[points.length - 1]!.score - points[0]!.score : null,
    }))
    .sort((a, b) => b.points.length - a.points.length || a.skill.localeCompare(b.skill));
}

export const skillProgressQueryOptions = (userId: string) =>
  queryOptions({ queryKey: interviewKeys.skillProgress(userId), queryFn: () => getSkillProgress(userId), enabled: userId !== '' });

export function useSkillProgress() {
  return useQuery(skillProgressQueryOptions(useMyUserId()));
}
