import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { BUCKETS } from '@/lib/user-files';

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

/** Where a voice answer lives: the owner's folder, then the interview, then the question it answers. */
export function voiceAnswerPath(userId: string, sessionId: string, questionId: string, mimeType: string): string {
  return `${userId}/${sessionId}/${questionId}.${EXTENSIONS[audioContainer(mimeType)] ?? 'webm'}`;
}

export type VoiceAnswerUpload = { userId: string; sessionId: string; questionId: string; recording: Blob };

/**
 * Stores the recording of a spoken answer in the private voice-answers bucket (replacing an earlier take of the same
 * answer) and returns its object path, which submit_response keeps with the answer.
 */
export async function uploadVoiceAnswer({ userId, sessionId, questionId, recording }: VoiceAnswerUpload): Promise<string> {
  const contentType = audioContainer(recording.type || 'audio/webm');
  const path = voiceAnswerPath(userId, sessionId, questionId, contentType);
  const { error } = await supabase.storage.from(BUCKETS.voiceAnswers).upload(path, recording, { contentType, upsert: true });
  if (error) throw new UserFacingError('audio_upload_failed', { code: 'audio_upload_failed', cause: error });
  return path;
}

/** The answer's audio, when there is any and it could be stored; a failed upload gives `failed` and no path. */
export async function storeVoiceAnswer(
  recording: Promise<Blob | null> | null | undefined,
  ids: Omit<VoiceAnswerUpload, 'recording'>,
): Promise<{ audioPath: string | null; failed: boolean }> {
  const blob = await (recording ?? null)?.catch(() => null);
  if (!blob) return { audioPath: null, failed: false };
  try {
    return { audioPath: await uploadVoiceAnswer({ ...ids, recording: blob }), failed: false };
  } catch {
    return { audioPath: null, failed: true };
  }
}

const SIGNED_URL_SECONDS = 10 * 60;

/** A short-lived link to play a voice answer (only its owner may sign it: the bucket's policies decide). */
export async function signedVoiceAnswerUrl(path: string): Promise<string> {
  const { data, error } = await supabase.storage.from(BUCKETS.voiceAnswers).createSignedUrl(path, SIGNED_URL_SECONDS);
  if (error || !data?.signedUrl) throw new UserFacingError('audio_unavailable', { code: 'audio_unavailable', cause: error });
  return data.signedUrl;
}

export { SIGNED_URL_SECONDS as VOICE_ANSWER_LINK_SECONDS };
