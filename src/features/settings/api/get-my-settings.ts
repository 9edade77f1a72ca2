import i18next from 'i18next';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { profileKeys } from '@/lib/query-keys/profile';
import '../i18n';

export const preferencesSchema = z
  .object({
    theme: z.enum(['light', 'dark', 'system']).catch('system'),
    language: z.string().catch('en'),
    timezone: z.string().catch('UTC'),
  })
  .passthrough()
  .catch({ theme: 'system', language: 'en', timezone: 'UTC' });

export const mySettingsSchema = z.object({
  id: z.string(),
  email: z.string(),
  username: z.string(),
  full_name: z.string().nullable(),
  avatar_url: z.string().nullable(),
  bio: z.string().nullable(),
  location: z.string().nullable(),
  website: z.string().nullable(),
  skills: z
    .array(z.string())
    .nullable()
    .transform((v) => v ?? []),
  experience_level: z.string().nullable(),
  preferences: preferencesSchema,
  created_at: z.string(),
});
export type MySettings = z.output<typeof mySettingsSchema>;

export const SETTINGS_COLUMNS =
  'id,email,username,full_name,avatar_url,bio,location,website,skills,experience_level,preferences,created_at';

export async function getMySettings(userId: string): Promise<MySettings | null> {
  const result = throwIfError(
    await supabase.from('user_profiles').select(SETTINGS_COLUMNS).eq('id', userId).maybeSingle(),
    i18next.t('settings:apiErrors.loadSettings'),
  );
  return result.data ? mySettingsSchema.parse(result.data) : null;
}

export function mySettingsQueryOptions(userId: string) {
  return queryOptions({ queryKey: profileKeys.settings(userId), queryFn: () => getMySettings(userId), enabled: userId !== '' });
}

export function useMySettings(userId: string) {
  return useQuery(mySettingsQueryOptions(userId));
}
