import { useState } from 'react';
import { Trans } from 'react-i18next';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { changeEmailSchema, useChangeEmail } from '../api/change-email';
import { changePasswordSchema, useChangePassword } from '../api/change-password';
import { useT } from '../i18n';

const EMAIL_INITIAL = { email: '' };
const PASSWORD_INITIAL = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useT();
  const form = useZodForm(changeEmailSchema, EMAIL_INITIAL);
  const mutation = useChangeEmail();
  const onSubmit = form.handleSubmit(({ email }) => mutation.mutate({ email, currentEmail }, { onSuccess: () => form.reset() }));
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="email-title">
      <h3 id="email-title">{t('email.title')}</h3>
      <p className="muted small">
        <Trans t={t} i18nKey="email.current" values={{ email: currentEmail }} components={{ strong: <strong /> }} />
      </p>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      {mutation.isSuccess ? (
        <p className="form-success" role="status">
          {mutation.data === 'pending' ? t('email.pending') : t('email.changed')}
        </p>
      ) : null}
      <TextField label={t('email.newEmail')} type="email" autoComplete="email" required {...form.register('email')} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
          {t('email.submit')}
        </Button>
      </div>
    </form>
  );
}

export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useT();
  const form = useZodForm(changePasswordSchema, PASSWORD_INITIAL);
  const mutation = useChangePassword();
  const [done, setDone] = useState(false);
  const onSubmit = form.handleSubmit((values) => {
    setDone(false);
    mutation.mutate({ ...values, email }, { onSuccess: () => (form.reset(), setDone(true)) });
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <h3 id="password-title">{t('password.title')}</h3>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      {done ? (
        <p className="form-success" role="status">
          {t('password.changed')}
        </p>
      ) : null}
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
        {...form.register('currentPassword')}
      />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('password.hint')}
        {...form.register('newPassword')}
      />
      <TextField label={t('password.confirm')} type="password" autoComplete="new-password" required {...form.register('confirmPassword')} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
          {t('password.submit')}
        </Button>
      </div>
    </form>
  );
}
