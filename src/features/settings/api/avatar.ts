import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { BUCKETS } from '@/lib/user-files';
import { uploadCheckedFile } from './upload-file';
import { profileKeys } from '@/lib/query-keys/profile';
import '../i18n';

/** What the avatars bucket accepts (its allowed_mime_types and file_size_limit in the migration). */
export const AVATAR_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' };
export const AVATAR_MAX_BYTES = 1024 * 1024;

const AVATAR_RULES = { kind: 'avatar', types: AVATAR_TYPES, maxBytes: AVATAR_MAX_BYTES } as const;

/**
 * Uploads a new avatar under a new name (so no cache keeps showing the old picture), points
 * user_profiles.avatar_url at its public URL, then removes the user's older avatar files.
 */
export async function uploadAvatar({ userId, file }: { userId: string; file: File }): Promise<string> {
  const path = `${userId}/avatar-${Date.now()}.${AVATAR_TYPES[file.type]}`;
  await uploadCheckedFile(BUCKETS.avatars, path, file, AVATAR_RULES, { cacheControl: '31536000' });
  const bucket = supabase.storage.from(BUCKETS.avatars);
  const url = bucket.getPublicUrl(path).data.publicUrl;
  throwIfError(
    await supabase.from('user_profiles').update({ avatar_url: url }).eq('id', userId),
    i18next.t('settings:apiErrors.saveAvatar'),
  );
  const { data: existing } = await bucket.list(userId, { limit: 100 });
  const older = (existing ?? []).map((entry) => `${userId}/${entry.name}`).filter((name) => name !== path);
  if (older.length) await bucket.remove(older);
  return url;
}

export function useUploadAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'avatar'],
    mutationFn: uploadAvatar,
    // The avatar shows in the header (display preferences) and in settings: refresh every read of the profile.
    onSuccess: (_url, { userId }) => queryClient.invalidateQueries({ queryKey: profileKeys.mine(userId) }),
  });
}
