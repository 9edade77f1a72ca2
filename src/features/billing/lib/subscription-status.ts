import i18next from 'i18next';
import type { Subscription } from '../api/get-subscription';
import '../i18n';

export type DateFormatter = (iso: string) => string;

const ENDED = new Set(['canceled', 'incomplete_expired']);

/** Whether the subscription is over (nothing renews or cancels any more). */
export const hasEnded = (sub: Pick<Subscription, 'status'>) => ENDED.has(sub.status);

/**
 * The one line under the status pill, in the UI language. An ended subscription says when it ended: its
 * cancel_at (the end of the period it was once set to cancel at) is history, not a date to come.
 */
export function subscriptionDateLine(sub: Subscription, formatDate: DateFormatter): string | null {
  if (hasEnded(sub)) {
    const ended = sub.ended_at ?? sub.canceled_at;
    return ended ? i18next.t('billing:subscription.endedOn', { date: formatDate(ended) }) : i18next.t('billing:subscription.ended');
  }
  const cancelDate = sub.cancel_at ?? (sub.cancel_at_period_end ? sub.current_period_end : null);
  if (cancelDate) return i18next.t('billing:subscription.cancelsOn', { date: formatDate(cancelDate) });
  if (sub.current_period_end) return i18next.t('billing:subscription.renewsOn', { date: formatDate(sub.current_period_end) });
  return null;
}
