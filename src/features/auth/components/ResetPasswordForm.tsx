import { useId } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { updatePasswordSchema, useUpdatePassword } from '../api/update-password';
import { useT } from '../i18n';
import { PasswordRequirements } from './PasswordRequirements';

const INITIAL = { password: '' };

type ResetPasswordFormProps = { onUpdated?: () => void };

export function ResetPasswordForm({ onUpdated }: ResetPasswordFormProps) {
  const { t } = useT();
  const rulesId = useId();
  const mutation = useUpdatePassword();
  const form = useZodForm(updatePasswordSchema, INITIAL);
  const serverError = mutation.error;

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit((data) => mutation.mutate(data, { onSuccess: () => onUpdated?.() }))}>
      <FormError
        message={serverError ? toUserMessage(serverError) : null}
        details={serverError instanceof UserFacingError ? serverError.details : undefined}
      />
      <TextField
        label={t('fields.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        describedBy={rulesId}
        {...form.register('password')}
      />
      <PasswordRequirements id={rulesId} value={form.values.password} />
      <Button type="submit" block size="lg" isLoading={mutation.isPending}>
        {t('reset.submit')}
      </Button>
    </form>
  );
}
