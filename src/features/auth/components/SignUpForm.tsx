import { useId } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { signUpSchema, useSignUp, type SignUpResult } from '../api/sign-up';
import { useT } from '../i18n';
import { PasswordRequirements } from './PasswordRequirements';

const INITIAL = { fullName: '', email: '', password: '', confirmPassword: '' };

type SignUpFormProps = { onSignedUp?: (result: SignUpResult) => void };

export function SignUpForm({ onSignedUp }: SignUpFormProps) {
  const { t } = useT();
  const rulesId = useId();
  const mutation = useSignUp();
  const form = useZodForm(signUpSchema, INITIAL);
  const serverError = mutation.error;

  const onSubmit = form.handleSubmit((data) => {
    mutation.mutate(data, { onSuccess: (result) => onSignedUp?.(result) });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormError
        message={serverError ? toUserMessage(serverError) : null}
        details={serverError instanceof UserFacingError ? serverError.details : undefined}
      />
      <TextField label={t('fields.fullName')} autoComplete="name" required {...form.register('fullName')} />
      <TextField label={t('fields.email')} type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      <TextField
        label={t('fields.password')}
        type="password"
        autoComplete="new-password"
        required
        describedBy={rulesId}
        {...form.register('password')}
      />
      <PasswordRequirements id={rulesId} value={form.values.password} />
      <TextField
        label={t('fields.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        {...form.register('confirmPassword')}
      />
      <Button type="submit" block size="lg" isLoading={mutation.isPending}>
        {t('signUp.submit')}
      </Button>
    </form>
  );
}
