import { useState } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { changeEmailSchema, useChangeEmail } from '../api/change-email';
import { changePasswordSchema, useChangePassword } from '../api/change-password';

const EMAIL_INITIAL = { email: '' };
const PASSWORD_INITIAL = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const form = useZodForm(changeEmailSchema, EMAIL_INITIAL);
  const mutation = useChangeEmail();
  const onSubmit = form.handleSubmit(({ email }) => mutation.mutate({ email, currentEmail }, { onSuccess: () => form.reset() }));
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="email-title">
      <h3 id="email-title">Email address</h3>
      <p className="muted small">
        Currently <strong>{currentEmail}</strong>.
      </p>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      {mutation.isSuccess ? (
        <p className="form-success" role="status">
          {mutation.data === 'pending'
            ? 'Check your new inbox: confirm the change from the link we sent.'
            : 'Your email address was changed.'}
        </p>
      ) : null}
      <TextField label="New email" type="email" autoComplete="email" required {...form.register('email')} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
          Change email
        </Button>
      </div>
    </form>
  );
}

export function ChangePasswordForm({ email }: { email: string }) {
  const form = useZodForm(changePasswordSchema, PASSWORD_INITIAL);
  const mutation = useChangePassword();
  const [done, setDone] = useState(false);
  const onSubmit = form.handleSubmit((values) => {
    setDone(false);
    mutation.mutate({ ...values, email }, { onSuccess: () => (form.reset(), setDone(true)) });
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="password-title">
      <h3 id="password-title">Password</h3>
      <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
      {done ? (
        <p className="form-success" role="status">
          Your password was changed.
        </p>
      ) : null}
      <TextField label="Current password" type="password" autoComplete="current-password" required {...form.register('currentPassword')} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters with an uppercase letter, a lowercase letter and a number."
        {...form.register('newPassword')}
      />
      <TextField label="Confirm new password" type="password" autoComplete="new-password" required {...form.register('confirmPassword')} />
      <div className="form__actions">
        <Button type="submit" variant="secondary" isLoading={mutation.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
