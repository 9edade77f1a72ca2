import { useId } from 'react';
import { FormError } from '@/components/FormError';
import { AVATAR_TYPES, useUploadAvatar } from '../api/avatar';
import { useT } from '../i18n';
import { uploadErrorMessage } from '../lib/upload-error';
import { FileUploadButton } from './FileUploadButton';

const KNOWN_ERRORS = new Set(['avatar_type', 'avatar_too_large', 'avatar_upload_failed']);

/** The profile picture: stored in the public avatars bucket, shown in the header. */
export function AvatarSettings({ userId, avatarUrl }: { userId: string; avatarUrl: string | null }) {
  const { t } = useT();
  const upload = useUploadAvatar();
  const descriptionId = useId();

  const error = upload.error;
  const message = uploadErrorMessage(error, KNOWN_ERRORS, (code) => t(`avatar.errors.${code}`));
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
        <FileUploadButton
          accept={Object.keys(AVATAR_TYPES).join(',')}
          label={t('avatar.choose')}
          busyLabel={t('avatar.uploading')}
          busy={upload.isPending}
          describedBy={descriptionId}
          onFile={(file) => upload.mutate({ userId, file })}
        />
      </div>
      <FormError message={message} />
      <span role="status" aria-live="polite" className="muted small">
        {upload.isSuccess ? t('avatar.saved') : ''}
      </span>
    </section>
  );
}
