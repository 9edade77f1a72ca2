import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { requestPasswordResetSchema, useRequestPasswordReset } from '../api/request-password-reset';
import { useT } from '../i18n';
import { CheckInbox } from './CheckInbox';

const INITIAL = { email: '' };

export function ForgotPasswordForm() {
  const { t } = useT();
  const mutation = useRequestPasswordReset();
  const form = useZodForm(requestPasswordResetSchema, INITIAL);

  if (mutation.isSuccess) {
    return (
      <CheckInbox email={mutation.data.email}>
        <Button variant="secondary" onClick={() => mutation.reset()}>
          {t('forgot.differentEmail')}
        </Button>
      </CheckInbox>
    );
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit((data) => mutation.mutate(data))}>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      <TextField label={t('fields.email')} type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      <Button type="submit" block size="lg" isLoading={mutation.isPending}>
        {t('forgot.submit')}
      </Button>
    </form>
  );
}
