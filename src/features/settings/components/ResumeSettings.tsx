import { useId, useRef, type ChangeEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { UserFacingError, toUserMessage } from '@/lib/errors';
import { RESUME_TYPES, useMyResume, useUploadResume } from '../api/resume';
import { useT } from '../i18n';

const KNOWN_ERRORS = new Set(['resume_type', 'resume_too_large', 'resume_upload_failed']);

/** One resume kept on the profile (private bucket), picked when setting up an interview. */
export function ResumeSettings({ userId }: { userId: string }) {
  const { t } = useT();
  const resume = useMyResume(userId);
  const upload = useUploadResume();
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = useId();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate({ userId, file });
  };
  const error = upload.error ?? resume.error;
  const message =
    error instanceof UserFacingError && error.code && KNOWN_ERRORS.has(error.code)
      ? t(`resume.errors.${error.code}`)
      : error
        ? toUserMessage(error)
        : null;
  const saved = resume.data;

  return (
    <section className="card stack" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('resume.title')}</h2>
      <p id={descriptionId} className="muted">
        {t('resume.description')}
      </p>
      <p>{saved ? t('resume.current', { name: saved.filename }) : t('resume.none')}</p>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={Object.keys(RESUME_TYPES).join(',')}
        aria-label={saved ? t('resume.replace') : t('resume.choose')}
        aria-describedby={descriptionId}
        onChange={choose}
      />
      <div className="form__actions">
        <Button variant="secondary" onClick={() => input.current?.click()} isLoading={upload.isPending}>
          {upload.isPending ? t('resume.uploading') : saved ? t('resume.replace') : t('resume.choose')}
        </Button>
        <span role="status" aria-live="polite" className="muted small">
          {upload.isSuccess ? t('resume.saved') : ''}
        </span>
      </div>
      <FormError message={message} />
    </section>
  );
}
