import i18next from 'i18next';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { BUCKETS } from '@/lib/user-files';
import '../i18n';
import { uploadCheckedFile } from './upload-file';
import { profileKeys } from '@/lib/query-keys/profile';

/** What the resumes bucket accepts (its allowed_mime_types and file_size_limit in the migration). */
export const RESUME_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/plain': 'txt',
};
export const RESUME_MAX_BYTES = 5 * 1024 * 1024;

export type SavedResume = { filename: string; path: string; uploadedAt: string | null };

export async function getMyResume(userId: string): Promise<SavedResume | null> {
  const { data } = throwIfError(
    await supabase.from('user_profiles').select('resume_filename,resume_url,resume_uploaded_at').eq('id', userId).maybeSingle(),
    i18next.t('settings:apiErrors.loadResume'),
  );
  if (!data?.resume_url || !data.resume_filename) return null;
  return { filename: data.resume_filename, path: data.resume_url, uploadedAt: data.resume_uploaded_at };
}

export function useMyResume(userId: string) {
  return useQuery(queryOptions({ queryKey: profileKeys.resume(userId), queryFn: () => getMyResume(userId), enabled: userId !== '' }));
}

const RESUME_RULES = { kind: 'resume', types: RESUME_TYPES, maxBytes: RESUME_MAX_BYTES } as const;

/**
 * Keeps one resume per user in the private resumes bucket (`<user id>/resume.<ext>`, replaced on
 * upload); the profile remembers its name and object path (resume_url holds the path, never a URL
 * that could leak: reading it needs the owner's session or a short-lived signed URL).
 */
export async function uploadResume({ userId, file }: { userId: string; file: File }): Promise<SavedResume> {
  const path = `${userId}/resume.${RESUME_TYPES[file.type]}`;
  await uploadCheckedFile(BUCKETS.resumes, path, file, RESUME_RULES, { upsert: true });
  const uploadedAt = new Date().toISOString();
  throwIfError(
    await supabase
      .from('user_profiles')
      .update({ resume_filename: file.name.slice(0, 255), resume_url: path, resume_uploaded_at: uploadedAt })
      .eq('id', userId),
    i18next.t('settings:apiErrors.saveResume'),
  );
  const bucket = supabase.storage.from(BUCKETS.resumes);
  const { data: existing } = await bucket.list(userId, { limit: 100 });
  const older = (existing ?? []).map((entry) => `${userId}/${entry.name}`).filter((name) => name !== path);
  if (older.length) await bucket.remove(older);
  return { filename: file.name, path, uploadedAt };
}

export function useUploadResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'resume'],
    mutationFn: uploadResume,
    onSuccess: (resume, { userId }) => {
      queryClient.setQueryData(profileKeys.resume(userId), resume);
      // The new-interview form offers the saved resume too.
      return queryClient.invalidateQueries({ queryKey: profileKeys.savedResume(userId) });
    },
  });
}
