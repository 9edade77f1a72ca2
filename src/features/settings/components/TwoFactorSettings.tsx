import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TotpCodeField, useTotpCodeEntry } from '@/components/TotpCodeField';
import {
  TwoFactorError,
  useConfirmEnrolment,
  useDisableTwoFactor,
  useStartEnrolment,
  useTotpFactor,
  type PendingEnrolment,
} from '../api/two-factor';
import { useT } from '../i18n';

function errorKey(error: unknown): string | null {
  if (!error) return null;
  return `mfa.errors.${error instanceof TwoFactorError && error.code ? error.code : 'failed'}`;
}

function CodeForm({
  id,
  submitLabel,
  variant,
  isPending,
  error,
  onCode,
}: {
  id: string;
  submitLabel: string;
  variant: 'primary' | 'danger';
  isPending: boolean;
  error: unknown;
  onCode: (code: string) => void;
}) {
  const { t } = useT();
  const entry = useTotpCodeEntry();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = entry.take();
    if (code) onCode(code);
  };
  const key = errorKey(error);
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormError message={key ? t(key) : null} />
      <TotpCodeField entry={entry} label={t('mfa.codeLabel')} name={id} formatError={t('mfa.errors.codeFormat')} />
      <div className="form__actions">
        <Button type="submit" variant={variant} isLoading={isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function Enrolment({ pending, onDone }: { pending: PendingEnrolment; onDone: () => void }) {
  const { t } = useT();
  const confirm = useConfirmEnrolment();
  return (
    <div className="stack">
      <p>{t('mfa.enrol.scan')}</p>
      <img src={pending.qrCode} alt={t('mfa.enrol.qrAlt')} width={200} height={200} className="two-factor__qr" />
      <p className="small">
        {t('mfa.enrol.manual')} <code data-testid="totp-secret">{pending.secret}</code>
      </p>
      <CodeForm
        id="two-factor-enrol-code"
        submitLabel={t('mfa.enrol.confirm')}
        variant="primary"
        isPending={confirm.isPending}
        error={confirm.error}
        onCode={(code) => confirm.mutate({ factorId: pending.factorId, code }, { onSuccess: onDone })}
      />
    </div>
  );
}

/** Settings → two-factor authentication with an authenticator app (TOTP): enrol with a QR code, turn off with a code. */
export function TwoFactorSettings() {
  const { t } = useT();
  const factor = useTotpFactor();
  const start = useStartEnrolment();
  const disable = useDisableTwoFactor();
  const [pending, setPending] = useState<PendingEnrolment | null>(null);
  const [justEnabled, setJustEnabled] = useState(false);

  return (
    <section className="card stack" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t('mfa.title')}</h2>
      {factor.isPending ? (
        <p className="muted">{t('mfa.loading')}</p>
      ) : factor.isError ? (
        <FormError message={t('mfa.errors.failed')} />
      ) : factor.data ? (
        <>
          <p role="status">{justEnabled ? t('mfa.enabledNow') : t('mfa.enabled')}</p>
          <p className="muted small">{t('mfa.disable.intro')}</p>
          <CodeForm
            id="two-factor-disable-code"
            submitLabel={t('mfa.disable.submit')}
            variant="danger"
            isPending={disable.isPending}
            error={disable.error}
            onCode={(code) => disable.mutate({ factorId: factor.data!.id, code }, { onSuccess: () => setJustEnabled(false) })}
          />
        </>
      ) : pending ? (
        <Enrolment
          pending={pending}
          onDone={() => {
            setPending(null);
            setJustEnabled(true);
          }}
        />
      ) : (
        <>
          <p className="muted">{t('mfa.intro')}</p>
          <FormError message={start.error ? t(errorKey(start.error)!) : null} />
          <div className="form__actions">
            <Button variant="secondary" isLoading={start.isPending} onClick={() => start.mutate(undefined, { onSuccess: setPending })}>
              {t('mfa.enrol.start')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
