import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { mySettingsSchema, SETTINGS_COLUMNS, type MySettings } from './get-my-settings';
import { profileKeys } from '@/lib/query-keys/profile';
import '../i18n';

// Messages are translation keys (settings namespace), turned into text when shown.
type Field = 'name' | 'bio' | 'location' | 'avatarUrl' | 'website';

const optionalText = (max: number, field: Field) =>
  z
    .string()
    .trim()
    .max(max, `settings:validation.${field}TooLong`)
    .transform((v) => (v === '' ? null : v));

const optionalUrl = (field: Field) =>
  z
    .string()
    .trim()
    .max(500, `settings:validation.${field}TooLong`)
    .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), `settings:validation.${field}NotUrl`)
    .transform((v) => (v === '' ? null : v));

export const THEMES = ['system', 'light', 'dark'] as const;
export const EXPERIENCE_LEVELS = ['junior', 'mid', 'senior'] as const;

/** Form values are strings; this schema validates them and turns them into the row update. */
export const profileFormSchema = z.object({
  fullName: optionalText(200, 'name'),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'settings:validation.usernameTooShort')
    .max(40, 'settings:validation.usernameTooLong')
    .regex(/^[a-z0-9_.-]+$/, 'settings:validation.usernameCharacters'),
  bio: optionalText(2000, 'bio'),
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
    .refine((list) => list.length <= 30, 'settings:validation.skillsTooMany')
    .refine((list) => list.every((s) => s.length <= 50), 'settings:validation.skillTooLong'),
  experienceLevel: z
    .enum(['', ...EXPERIENCE_LEVELS], { errorMap: () => ({ message: 'settings:validation.experience' }) })
    .transform((v) => (v === '' ? null : v)),
  avatarUrl: optionalUrl('avatarUrl'),
  location: optionalText(100, 'location'),
  website: optionalUrl('website'),
  theme: z.enum(THEMES, { errorMap: () => ({ message: 'settings:validation.theme' }) }),
  language: z.string().trim().min(2, 'settings:validation.language').max(16, 'settings:validation.language'),
  timezone: z.string().trim().min(1, 'settings:validation.timezone').max(64, 'settings:validation.timezone'),
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
    i18next.t('settings:apiErrors.saveSettings'),
  );
  return mySettingsSchema.parse(result.data);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'update-profile'],
    mutationFn: updateProfile,
    onSuccess: (row) => {
      queryClient.setQueryData(profileKeys.settings(row.id), row);
      // The header (avatar), the theme and language and the app's profile read the same row.
      void queryClient.invalidateQueries({ queryKey: profileKeys.mine(row.id) });
    },
  });
}
