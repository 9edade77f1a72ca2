import { useQuery } from '@tanstack/react-query';
import { signedVoiceAnswerUrl, VOICE_ANSWER_LINK_SECONDS } from '@/features/interview';
import { useT } from '../i18n';
import { reportKeys } from '@/lib/query-keys/reports';

/**
 * Plays back a spoken answer's recording from a short-lived signed link (the bucket is private; only the owner can
 * sign it). The link is asked for when this is shown and renewed before it expires.
 */
export function AnswerRecording({ path }: { path: string }) {
  const { t } = useT();
  const link = useQuery({
    queryKey: reportKeys.recording(path),
    queryFn: () => signedVoiceAnswerUrl(path),
    staleTime: (VOICE_ANSWER_LINK_SECONDS - 60) * 1000,
    gcTime: (VOICE_ANSWER_LINK_SECONDS - 60) * 1000,
    retry: 1,
  });
  return (
    <div className="report__recording">
      <p className="report__recording-label">{t('audio.label')}</p>
      {link.isPending ? (
        <p className="muted small">{t('audio.loading')}</p>
      ) : link.isError ? (
        <p className="muted small">{t('audio.unavailable')}</p>
      ) : (
        <audio controls preload="metadata" src={link.data} aria-label={t('audio.label')} />
      )}
    </div>
  );
}
