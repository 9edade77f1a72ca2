import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { genericErrorMessage, isNetworkError, networkErrorMessage, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { profileKeys } from '@/lib/query-keys/profile';
import '../i18n';

export const PROFILE_COLUMNS = 'id,email,username,full_name,avatar_url,role,status,created_at' as const;

export const myProfileSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  username: z.string().nullable(),
  full_name: z.string().nullable(),
  avatar_url: z.string().nullable(),
  role: z.string(),
  status: z.string(),
  created_at: z.string(),
});

export type MyProfile = z.infer<typeof myProfileSchema>;

/** PostgREST: `.single()` matched no row. */
const NO_ROWS = 'PGRST116';

/** The signed-in user's profile row, or null when it doesn't exist (yet). */
export async function getMyProfile(userId: string): Promise<MyProfile | null> {
  const { data, error, status } = await supabase.from('user_profiles').select(PROFILE_COLUMNS).eq('id', userId).single();

  if (error) {
    if (error.code === NO_ROWS) return null;
    if (isNetworkError(error) || status === 0) {
      throw new UserFacingError(networkErrorMessage(), { code: 'network', cause: error });
    }
    if (status === 401 || error.code === 'PGRST301' || error.code === 'PGRST303') {
      throw new UserFacingError(i18next.t('profile:apiErrors.sessionExpired'), { code: error.code, cause: error });
    }
    throw new UserFacingError(i18next.t('profile:apiErrors.loadProfile'), { code: error.code, cause: error });
  }

  const parsed = myProfileSchema.safeParse(data);
  if (!parsed.success) {
    throw new UserFacingError(genericErrorMessage(), { code: 'invalid_response', cause: parsed.error });
  }
  return parsed.data;
}

export function myProfileQueryOptions(userId: string) {
  return queryOptions({
    queryKey: profileKeys.summary(userId),
    queryFn: () => getMyProfile(userId),
    enabled: userId !== '',
  });
}

export function useMyProfile(userId: string) {
  return useQuery(myProfileQueryOptions(userId));
}
