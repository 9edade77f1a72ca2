import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage } from '@/lib/errors';
import { DELETE_CONFIRMATION, deleteAccountSchema, useDeleteMyAccount } from '../api/delete-my-account';

/** Typed confirmation ("DELETE"), then delete_my_account and sign-out. */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = useDeleteMyAccount();
  const warningId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = deleteAccountSchema.safeParse({ confirmation });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    mutation.mutate(parsed.data, { onSuccess: onDeleted });
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p id={warningId}>
        This permanently deletes your account, interviews, answers, reports, chats and settings. Billing records required for accounting are
        kept anonymised. <strong>This cannot be undone.</strong> Consider exporting your data first.
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <FormError message={mutation.error ? toUserMessage(mutation.error) : null} />
        <TextField
          label={`Type ${DELETE_CONFIRMATION} to confirm`}
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
            Delete my account permanently
          </Button>
        </div>
      </form>
    </section>
  );
}
