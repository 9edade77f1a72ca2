import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { Trans } from 'react-i18next';
import { DELETE_CONFIRMATION, deleteAccountSchema, useDeleteMyAccount } from '../api/delete-my-account';
import { useT } from '../i18n';

/** Typed confirmation ("DELETE"), then delete_my_account and sign-out. */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useT();
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useDeleteMyAccount();
  const warningId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = deleteAccountSchema.safeParse({ confirmation });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message;
      setError(message ? t(message, { word: DELETE_CONFIRMATION }) : undefined);
      return;
    }
    setError(undefined);
    mutation.mutate(parsed.data, { onSuccess: onDeleted });
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('delete.title')}</h2>
      <p id={warningId}>
        <Trans t={t} i18nKey="delete.warning" components={{ strong: <strong /> }} />
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
        <TextField
          label={t('delete.confirmLabel', { word: DELETE_CONFIRMATION })}
          name="confirmation"
          autoComplete="off"
          spellCheck={false}
          value={confirmation}
          error={error}
          describedBy={warningId}
          onChange={(event) => {
            setConfirmation(event.target.value);
            if (error) setError(undefined);
          }}
        />
        <div className="form__actions">
          <Button type="submit" variant="danger" isLoading={mutation.isPending} disabled={confirmation !== DELETE_CONFIRMATION}>
            {t('delete.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
