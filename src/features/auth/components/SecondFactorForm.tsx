import type { FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TotpCodeField, useTotpCodeEntry } from '@/components/TotpCodeField';
import { SecondFactorError, useVerifySecondFactor } from '../api/second-factor';
import { useSignOut } from '../api/sign-out';
import { useT } from '../i18n';

/** The code step of a sign-in for accounts with two-factor authentication. */
export function SecondFactorForm() {
  const { t } = useT();
  const verify = useVerifySecondFactor();
  const signOut = useSignOut();
  const entry = useTotpCodeEntry();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = entry.take();
    if (code) verify.mutate(code);
  };
  const errorCode = verify.error instanceof SecondFactorError ? verify.error.code : verify.error ? 'failed' : null;

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="second-factor-title">
      <h2 id="second-factor-title" className="h3">
        {t('mfa.signIn.title')}
      </h2>
      <p className="muted">{t('mfa.signIn.intro')}</p>
      <FormError message={errorCode ? t(`mfa.errors.${errorCode}`) : null} />
      <TotpCodeField entry={entry} label={t('mfa.signIn.codeLabel')} name="code" formatError={t('mfa.errors.codeFormat')} />
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
