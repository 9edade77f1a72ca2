import { useState } from 'react';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import { notificationPreferencesOf, useSetNotificationPreferences, type NotificationPreferences } from '../api/notification-preferences';
import { useT } from '../i18n';

const KINDS = ['report_ready', 'weekly_progress'] as const;

/** E-mail notifications on/off; each switch saves at once. */
export function NotificationSettings({ userId, preferences }: { userId: string; preferences: Record<string, unknown> }) {
  const { t } = useT();
  const [values, setValues] = useState<NotificationPreferences>(() => notificationPreferencesOf(preferences));
  const save = useSetNotificationPreferences(userId);

  const toggle = (kind: (typeof KINDS)[number], on: boolean) => {
    const previous = values;
    const next = { ...values, [kind]: on };
    setValues(next);
    save.mutate(next, { onError: () => setValues(previous), onSuccess: (saved) => setValues(saved) });
  };

  return (
    <section className="card stack" id="notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notifications.title')}</h2>
      <p className="muted">{t('notifications.intro')}</p>
      <FormError message={save.error ? toUserMessage(save.error) : null} />
      <fieldset className="stack" disabled={save.isPending}>
        <legend className="visually-hidden">{t('notifications.title')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="notification-toggle">
            <input type="checkbox" checked={values[kind]} onChange={(event) => toggle(kind, event.target.checked)} />
            <span>
              <strong>{t(`notifications.${kind}.label`)}</strong>
              <span className="small muted"> — {t(`notifications.${kind}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <span role="status" aria-live="polite" className="muted small">
        {save.isSuccess ? t('notifications.saved') : ''}
      </span>
    </section>
  );
}
