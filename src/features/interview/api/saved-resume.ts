import { queryOptions, useQuery } from '@tanstack/react-query';
import { throwIfError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { BUCKETS } from '@/lib/user-files';
import { profileKeys } from '@/lib/query-keys/profile';

export type SavedResume = { filename: string; path: string };

/** The resume kept on the profile (uploaded in settings): its name and object path in the private resumes bucket. */
export async function getSavedResume(userId: string): Promise<SavedResume | null> {
  const { data } = throwIfError(
    await supabase.from('user_profiles').select('resume_filename,resume_url').eq('id', userId).maybeSingle(),
    "We couldn't load your saved resume. Please try again.",
  );
  return data?.resume_url && data.resume_filename ? { filename: data.resume_filename, path: data.resume_url } : null;
}

export const savedResumeQueryOptions = (userId: string) =>
  queryOptions({ queryKey: profileKeys.savedResume(userId), queryFn: () => getSavedResume(userId), enabled: userId !== '' });

export function useSavedResume(userId: string) {
  return useQuery(savedResumeQueryOptions(userId));
}

/** Downloads the saved resume as its owner, to be read in the browser like a chosen file. */
export async function downloadSavedResume(resume: SavedResume): Promise<File> {
  const { data, error } = await supabase.storage.from(BUCKETS.resumes).download(resume.path);
  if (error || !data) throw new UserFacingError('resume_unavailable', { code: 'resume_unavailable', cause: error });
  return new File([data], resume.filename, { type: data.type });
}
