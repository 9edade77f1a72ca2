import type { SupabaseClient } from '@supabase/supabase-js';

/**
 * The app's storage buckets (created by the migrations). Every object lives under a first folder
 * named after its owner's user id; the policies on storage.objects allow nothing else.
 */
export const BUCKETS = { voiceAnswers: 'voice-answers', resumes: 'resumes', avatars: 'avatars' } as const;
export type BucketId = (typeof BUCKETS)[keyof typeof BUCKETS];
const ALL_BUCKETS: BucketId[] = Object.values(BUCKETS);

/** The containers the voice-answers bucket accepts (its allowed_mime_types) and their file extensions. */
const EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
};

/** `audio/webm;codecs=opus` → `audio/webm`: the bucket's allow-list names containers, not codecs. */
export function audioContainer(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

/**
 * Where a voice answer's recording lives: the owner's folder, the interview's sub-folder, the question it answers
 * (interview_responses.audio_path must have this shape: checked by the table and by submit_response).
 */
export function voiceAnswerPath(userId: string, interviewId: string, questionId: string, mimeType: string): string {
  return `${userId}/${interviewId}/${questionId}.${EXTENSIONS[audioContainer(mimeType)] ?? 'webm'}`;
}

type StorageClient = Pick<SupabaseClient, 'storage'>;

export interface StoredFile {
  bucket: BucketId;
  path: string;
  size: number | null;
  created_at: string | null;
}

const PAGE = 1000;

/** Every file under a folder, descending into sub-folders (Storage lists one level at a time). */
async function listFolder(client: StorageClient, bucket: BucketId, folder: string): Promise<StoredFile[]> {
  const files: StoredFile[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data, error } = await client.storage.from(bucket).list(folder, { limit: PAGE, offset });
    if (error) throw error;
    for (const entry of data ?? []) {
      const path = `${folder}/${entry.name}`;
      if (entry.id === null) files.push(...(await listFolder(client, bucket, path)));
      else files.push({ bucket, path, size: (entry.metadata?.size as number | undefined) ?? null, created_at: entry.created_at ?? null });
    }
    if (!data || data.length < PAGE) return files;
  }
}

/** All of a user's files in every bucket (as the user: RLS shows only their own folder). */
export async function listOwnFiles(client: StorageClient, userId: string): Promise<StoredFile[]> {
  const perBucket = await Promise.all(ALL_BUCKETS.map((bucket) => listFolder(client, bucket, userId)));
  return perBucket.flat();
}

/** Removes every file of the user's; returns how many were removed. */
export async function removeOwnFiles(client: StorageClient, userId: string): Promise<number> {
  const files = await listOwnFiles(client, userId);
  let removed = 0;
  for (const bucket of ALL_BUCKETS) {
    const paths = files.filter((file) => file.bucket === bucket).map((file) => file.path);
    for (let i = 0; i < paths.length; i += PAGE) {
      const { data, error } = await client.storage.from(bucket).remove(paths.slice(i, i + PAGE));
      if (error) throw error;
      removed += data?.length ?? 0;
    }
  }
  return removed;
}

export type FileLink = StoredFile & { url: string; expires_at: string | null };

/** Links to every file of the user's: signed URLs for private buckets, the public URL for avatars. */
export async function ownFileLinks(client: StorageClient, userId: string, expiresInSeconds: number): Promise<FileLink[]> {
  const files = await listOwnFiles(client, userId);
  const expiresAt = new Date(Date.now() + expiresInSeconds * 1000).toISOString();
  const links: FileLink[] = [];
  for (const bucket of ALL_BUCKETS) {
    const mine = files.filter((file) => file.bucket === bucket);
    if (!mine.length) continue;
    if (bucket === BUCKETS.avatars) {
      for (const file of mine) {
        links.push({ ...file, url: client.storage.from(bucket).getPublicUrl(file.path).data.publicUrl, expires_at: null });
      }
      continue;
    }
    const { data, error } = await client.storage.from(bucket).createSignedUrls(
      mine.map((file) => file.path),
      expiresInSeconds,
    );
    if (error) throw error;
    for (const [index, file] of mine.entries()) {
      const signed = data?.[index]?.signedUrl;
      if (signed) links.push({ ...file, url: signed, expires_at: expiresAt });
    }
  }
  return links;
}
