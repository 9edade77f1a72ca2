import { useId, useRef, type ChangeEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { UserFacingError, toUserMessage } from '@/lib/errors';
import { AVATAR_TYPES, useUploadAvatar } from '../api/avatar';
import { useT } from '../i18n';

const KNOWN_ERRORS = new Set(['avatar_type', 'avatar_too_large', 'avatar_upload_failed']);

/** The profile picture: stored in the public avatars bucket, shown in the header. */
export function AvatarSettings({ userId, avatarUrl }: { userId: string; avatarUrl: string | null }) {
  const { t } = useT();
  const upload = useUploadAvatar();
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = useId();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ userId, file });
  };
  const error = upload.error;
  const message =
    error instanceof UserFacingError && error.code && KNOWN_ERRORS.has(error.code)
      ? t(`avatar.errors.${error.code}`)
      : error
        ? toUserMessage(error)
        : null;
  const shown = upload.data ?? avatarUrl;

  return (
    <section className="card stack" aria-labelledby="avatar-title">
      <h2 id="avatar-title">{t('avatar.title')}</h2>
      <p id={descriptionId} className="muted">
        {t('avatar.description')}
      </p>
      <div className="avatar-settings">
        {shown ? (
          <img className="avatar avatar--large" src={shown} alt={t('avatar.alt')} width={72} height={72} />
        ) : (
          <span className="avatar avatar--large avatar--empty">{t('avatar.none')}</span>
        )}
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={Object.keys(AVATAR_TYPES).join(',')}
          aria-label={t('avatar.choose')}
          aria-describedby={descriptionId}
          onChange={choose}
        />
        <Button variant="secondary" onClick={() => input.current?.click()} isLoading={upload.isPending}>
          {upload.isPending ? t('avatar.uploading') : t('avatar.choose')}
        </Button>
      </div>
      <FormError message={message} />
      <span role="status" aria-live="polite" className="muted small">
        {upload.isSuccess ? t('avatar.saved') : ''}
      </span>
    </section>
  );
}
