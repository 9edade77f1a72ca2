import type { ReactNode } from 'react';
import { getLocalMailboxUrl } from '@/lib/env';

type CheckInboxProps = { email: string; lead?: ReactNode; children?: ReactNode };

/** "Check your inbox" panel, with a pointer to the local dev mailbox when VITE_LOCAL_MAILBOX_URL is set. */
export function CheckInbox({ email, lead, children }: CheckInboxProps) {
  const mailboxUrl = getLocalMailboxUrl();
  return (
    <div className="check-inbox" role="status">
      <div className="check-inbox__icon" aria-hidden="true">
        ✉
      </div>
      <h2 className="check-inbox__title">Check your inbox</h2>
      <p>
        {lead ?? (
          <>
            If an account exists for <strong>{email}</strong>, we&apos;ve sent it a link to reset the password.
          </>
        )}
      </p>
      <p className="muted">Didn&apos;t get it? Check your spam folder, or try again in a minute.</p>
      {mailboxUrl ? (
        <p className="note">
          Running locally? No real email is sent — open the local mailbox at{' '}
          <a href={mailboxUrl} target="_blank" rel="noreferrer">
            {mailboxUrl}
          </a>
          .
        </p>
      ) : null}
      {children}
    </div>
  );
}
