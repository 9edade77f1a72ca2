import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { useMyUserId } from '@/features/auth';
import { fromPostgrestError, genericErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { achievementKeys } from './keys';
import '../i18n';

const rowSchema = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  icon: z.string().nullable(),
  sort_order: z.number(),
  user_achievements: z.array(z.object({ unlocked_at: z.string() })),
});

export type Achievement = {
  key: string;
  /** The catalogue's English text: the UI translates by key and falls back to it. */
  title: string;
  description: string;
  icon: string | null;
  /** When the signed-in user earned it; null while not earned yet. */
  unlockedAt: string | null;
};

/**
 * The achievement catalogue with the signed-in user's unlock dates, in catalogue order. One request: the user's own
 * rows are embedded and filtered to their id (admins may read everyone's achievements).
 */
export async function getAchievements(userId: string): Promise<Achievement[]> {
  const { data, error, status } = await supabase
    .from('achievements')
    .select('key,title,description,icon,sort_order,user_achievements(unlocked_at)')
    .eq('user_achievements.user_id', userId)
    .order('sort_order');
  if (error) throw fromPostgrestError(error, i18next.t('profile:apiErrors.loadAchievements'), status);
  const parsed = z.array(rowSchema).safeParse(data);
  if (!parsed.success) throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  return parsed.data.map((row) => ({
    key: row.key,
    title: row.title,
    description: row.description,
    icon: row.icon,
    unlockedAt: row.user_achievements[0]?.unlocked_at ?? null,
  }));
}

/** Earned achievements, most recent first. */
export function latestEarned(achievements: Achievement[]): Achievement[] {
  return achievements.filter((a) => a.unlockedAt !== null).sort((a, b) => Date.parse(b.unlockedAt!) - Date.parse(a.unlockedAt!));
}

export function achievementsQueryOptions(userId: string) {
  return queryOptions({
    queryKey: achievementKeys.mine(userId),
    queryFn: () => getAchievements(userId),
    enabled: userId !== '',
  });
}

export function useAchievements() {
  return useQuery(achievementsQueryOptions(useMyUserId()));
}
