import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { mySettingsQueryKey, mySettingsSchema, SETTINGS_COLUMNS, type MySettings } from './get-my-settings';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v));

const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, `${label} must be at most 500 characters.`)
    .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), `${label} must be a full URL starting with http:// or https://.`)
    .transform((v) => (v === '' ? null : v));

export const THEMES = ['system', 'light', 'dark'] as const;
export const EXPERIENCE_LEVELS = ['junior', 'mid', 'senior'] as const;

/** Form values are strings; this schema validates them and turns them into the row update. */
export const profileFormSchema = z.object({
  fullName: optionalText(200, 'Name'),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Username must be at least 3 characters.')
    .max(40, 'Username must be at most 40 characters.')
    .regex(/^[a-z0-9_.-]+$/, 'Use only lowercase letters, numbers, dots, dashes and underscores.'),
  bio: optionalText(2000, 'Bio'),
  skills: z
    .string()
    .transform((v) => [
      ...new Set(
        v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.length <= 30, 'List at most 30 skills.')
    .refine((list) => list.every((s) => s.length <= 50), 'Each skill must be at most 50 characters.'),
  experienceLevel: z
    .enum(['', ...EXPERIENCE_LEVELS], { errorMap: () => ({ message: 'Choose junior, mid or senior.' }) })
    .transform((v) => (v === '' ? null : v)),
  avatarUrl: optionalUrl('Avatar URL'),
  location: optionalText(100, 'Location'),
  website: optionalUrl('Website'),
  theme: z.enum(THEMES, { errorMap: () => ({ message: 'Choose light, dark or system.' }) }),
  language: z.string().trim().min(2, 'Choose a language.').max(16, 'Choose a language.'),
  timezone: z.string().trim().min(1, 'Choose a time zone.').max(64, 'Choose a time zone.'),
});
export type ProfileFormValues = z.input<typeof profileFormSchema>;
export type ProfileUpdate = z.output<typeof profileFormSchema>;

export async function updateProfile(input: {
  userId: string;
  values: ProfileUpdate;
  previousPreferences: Record<string, unknown>;
}): Promise<MySettings> {
  const v = input.values;
  const result = throwIfError(
    await supabase
      .from('user_profiles')
      .update({
        full_name: v.fullName,
        username: v.username,
        bio: v.bio,
        skills: v.skills,
        experience_level: v.experienceLevel,
        avatar_url: v.avatarUrl,
        location: v.location,
        website: v.website,
        // Keep keys this form doesn't edit (e.g. notifications).
        preferences: { ...input.previousPreferences, theme: v.theme, language: v.language, timezone: v.timezone },
      })
      .eq('id', input.userId)
      .select(SETTINGS_COLUMNS)
      .single(),
    "We couldn't save your settings. Please try again.",
  );
  return mySettingsSchema.parse(result.data);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'update-profile'],
    mutationFn: updateProfile,
    onSuccess: (row) => {
      queryClient.setQueryData(mySettingsQueryKey(row.id), row);
      void queryClient.invalidateQueries({ queryKey: ['profile'] });
    },
  });
}
