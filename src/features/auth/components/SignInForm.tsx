import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { useZodForm } from '@/lib/use-zod-form';
import { signInSchema, useSignIn } from '../api/sign-in';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

const INITIAL = { email: '', password: '' };

type SignInFormProps = { onSignedIn?: () => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useT();
  const mutation = useSignIn();
  const form = useZodForm(signInSchema, INITIAL);
  const serverError = mutation.error;

  const onSubmit = form.handleSubmit((data) => {
    mutation.mutate(data, { onSuccess: () => onSignedIn?.() });
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormError
        message={serverError ? toUserMessage(serverError) : null}
        details={serverError instanceof UserFacingError ? serverError.details : undefined}
      />
      <TextField label={t('fields.email')} type="email" autoComplete="email" inputMode="email" required {...form.register('email')} />
      <TextField label={t('fields.password')} type="password" autoComplete="current-password" required {...form.register('password')} />
      <div className="form__row form__row--end">
        <Link to={routes.forgotPassword}>{t('signIn.forgot')}</Link>
      </div>
      <Button type="submit" block size="lg" isLoading={mutation.isPending}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
