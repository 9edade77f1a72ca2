import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { getLocalMailboxUrl } from '@/lib/env';
import { useT } from '../i18n';

type CheckInboxProps = { email: string; lead?: ReactNode; children?: ReactNode };

/** "Check your inbox" panel, with a pointer to the local dev mailbox when VITE_LOCAL_MAILBOX_URL is set. */
export function CheckInbox({ email, lead, children }: CheckInboxProps) {
  const { t } = useT();
  const mailboxUrl = getLocalMailboxUrl();
  return (
    <div className="check-inbox" role="status">
      <div className="state__icon check-inbox__icon" aria-hidden="true">
        ✉
      </div>
      <h2 className="check-inbox__title">{t('checkInbox.title')}</h2>
      <p>{lead ?? <Trans t={t} i18nKey="checkInbox.resetLead" values={{ email }} components={{ strong: <strong /> }} />}</p>
      <p className="muted">{t('checkInbox.notReceived')}</p>
      {mailboxUrl ? (
        <p className="note">
          <Trans
            t={t}
            i18nKey="checkInbox.localMailbox"
            values={{ url: mailboxUrl }}
            components={{ a: <a href={mailboxUrl} target="_blank" rel="noreferrer" /> }}
          />
        </p>
      ) : null}
      {children}
    </div>
  );
}
