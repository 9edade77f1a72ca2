import i18next from 'i18next';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { interviewKeys } from '@/lib/query-keys/interviews';
import '../i18n';

const num = z.union([z.number(), z.string()]).transform(Number);
const rowSchema = z.object({
  skill_name: z.string(),
  proficiency_level: z.string(),
  gap_score: num,
  skill_score: num.nullable(),
  interview_id: z.string().nullable(),
  identified_at: z.string(),
});
export type SkillGapSummary = z.infer<typeof rowSchema>;

/** The user's latest gap per skill, biggest first. */
export async function getSkillGapSummary(userId: string): Promise<SkillGapSummary[]> {
  const { data, error, status } = await supabase
    .from('skill_gaps')
    .select('skill_name,proficiency_level,gap_score,skill_score,interview_id,identified_at')
    .eq('user_id', userId)
    .order('identified_at', { ascending: false })
    .limit(100);
  if (error) throw fromPostgrestError(error, i18next.t('dashboard:apiErrors.loadGaps'), status);
  const summary = latestGapPerSkill(data);
  if (!summary.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: summary.error });
  return summary.data;
}

/** Skill-gap rows, newest first → the latest gap of each skill that is not strong, biggest first. */
export function latestGapPerSkill(rows: unknown): { success: true; data: SkillGapSummary[] } | { success: false; error: z.ZodError } {
  const parsed = z.array(rowSchema).safeParse(rows);
  if (!parsed.success) return parsed;
  const latest = new Map<string, SkillGapSummary>();
  for (const row of parsed.data) if (!latest.has(row.skill_name.toLowerCase())) latest.set(row.skill_name.toLowerCase(), row);
  return {
    success: true,
    data: [...latest.values()].filter((row) => row.proficiency_level !== 'strong').sort((a, b) => b.gap_score - a.gap_score),
  };
}

export const skillGapSummaryQueryOptions = (userId: string) =>
  queryOptions({ queryKey: interviewKeys.skillGaps(userId), queryFn: () => getSkillGapSummary(userId), enabled: userId !== '' });
