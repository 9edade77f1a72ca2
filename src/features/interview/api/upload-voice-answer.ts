import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { audioContainer, BUCKETS, voiceAnswerPath } from '@/lib/user-files';

export type VoiceAnswerUpload = { userId: string; interviewId: string; questionId: string; recording: Blob };

/**
 * Stores the recording of a spoken answer in the private voice-answers bucket (replacing an earlier take of the same
 * answer) and returns its object path, which submit_response keeps with the answer.
 */
export async function uploadVoiceAnswer({ userId, interviewId, questionId, recording }: VoiceAnswerUpload): Promise<string> {
  const contentType = audioContainer(recording.type || 'audio/webm');
  const path = voiceAnswerPath(userId, interviewId, questionId, contentType);
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
