import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { SecondFactorError, useVerifySecondFactor } from '../api/second-factor';
import { useSignOut } from '../api/sign-out';
import { useT } from '../i18n';

/** The code step of a sign-in for accounts with two-factor authentication. */
export function SecondFactorForm() {
  const { t } = useT();
  const verify = useVerifySecondFactor();
  const signOut = useSignOut();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    if (!/^\d{6}$/.test(trimmed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    verify.mutate(trimmed);
  };
  const errorCode = verify.error instanceof SecondFactorError ? verify.error.code : verify.error ? 'failed' : null;

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="second-factor-title">
      <h2 id="second-factor-title" className="h3">
        {t('mfa.signIn.title')}
      </h2>
      <p className="muted">{t('mfa.signIn.intro')}</p>
      <FormError message={errorCode ? t(`mfa.errors.${errorCode}`) : null} />
      <TextField
        label={t('mfa.signIn.codeLabel')}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        value={code}
        error={invalid ? t('mfa.errors.codeFormat') : undefined}
        onChange={(event) => setCode(event.target.value)}
      />
      <Button type="submit" block size="lg" isLoading={verify.isPending}>
        {t('mfa.signIn.submit')}
      </Button>
      <div className="form__row form__row--end">
        <Button type="button" variant="ghost" size="sm" onClick={() => signOut.mutate()} isLoading={signOut.isPending}>
          {t('mfa.signIn.useOtherAccount')}
        </Button>
      </div>
    </form>
  );
}
