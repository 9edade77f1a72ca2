import { useId } from 'react';
import { FormError } from '@/components/FormError';
import { RESUME_TYPES, useMyResume, useUploadResume } from '../api/resume';
import { useT } from '../i18n';
import { uploadErrorMessage } from '../lib/upload-error';
import { FileUploadButton } from './FileUploadButton';

const KNOWN_ERRORS = new Set(['resume_type', 'resume_too_large', 'resume_upload_failed']);

/** One resume kept on the profile (private bucket), picked when setting up an interview. */
export function ResumeSettings({ userId }: { userId: string }) {
  const { t } = useT();
  const resume = useMyResume(userId);
  const upload = useUploadResume();
  const descriptionId = useId();

  const error = upload.error ?? resume.error;
  const message = uploadErrorMessage(error, KNOWN_ERRORS, (code) => t(`resume.errors.${code}`));
  const saved = resume.data;

  return (
    <section className="card stack" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('resume.title')}</h2>
      <p id={descriptionId} className="muted">
        {t('resume.description')}
      </p>
      <p>{saved ? t('resume.current', { name: saved.filename }) : t('resume.none')}</p>
      <div className="form__actions">
        <FileUploadButton
          accept={Object.keys(RESUME_TYPES).join(',')}
          label={saved ? t('resume.replace') : t('resume.choose')}
          busyLabel={t('resume.uploading')}
          busy={upload.isPending}
          describedBy={descriptionId}
          onFile={(file) => upload.mutate({ userId, file })}
        />
        <span role="status" aria-live="polite" className="muted small">
          {upload.isSuccess ? t('resume.saved') : ''}
        </span>
      </div>
      <FormError message={message} />
    </section>
  );
}
