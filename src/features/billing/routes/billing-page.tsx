import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonLink } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { FormError } from '@/components/FormError';
import { LoadingState } from '@/components/LoadingState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBillingInformation } from '../api/get-billing-information';
import { usePlanUsage } from '@/lib/plan-usage';
import { refreshBilling } from '../api/refresh-billing';
import { useSubscription } from '../api/get-subscription';
import { usePaymentHistory } from '../api/list-payment-history';
import { useOpenBillingPortal } from '../api/open-billing-portal';
import { formatDate, PaymentHistoryTable } from '../components/PaymentHistoryTable';
import { UpgradeButton } from '../components/UpgradeButtons';
import { usePlans } from '../api/list-plans';
import { hasEnded, subscriptionDateLine } from '../lib/subscription-status';
import { isFreePlan, monthsFreePerYear, PLAN_IDS } from '@/lib/plans';
import { useT } from '../i18n';
import '../billing.css';
import { routes } from '@/lib/routes';

const SUBSCRIPTION_STATUSES = new Set([
  'active',
  'trialing',
  'past_due',
  'canceled',
  'unpaid',
  'incomplete',
  'incomplete_expired',
  'paused',
]);

/** `/app/billing` — plan, usage, payment method, history, upgrade / manage. */
export function BillingPage() {
  const { t } = useT();
  useDocumentTitle(t('page.title'));
  const { user } = useAuth();
  const userId = user?.id ?? '';
  const [params, setParams] = useSearchParams();
  const checkoutState = params.get('checkout');
  const queryClient = useQueryClient();
  const usage = usePlanUsage();
  const subscription = useSubscription(userId);
  const card = useBillingInformation(userId);
  const payments = usePaymentHistory(userId);
  const portal = useOpenBillingPortal();
  const [waitedForWebhook, setWaitedForWebhook] = useState(0);

  // After Checkout, Stripe's webhook may land a moment after the redirect: poll briefly.
  const awaitingUpgrade = checkoutState === 'success' && isFreePlan(usage.data?.plan_id) && waitedForWebhook < 10;
  useEffect(() => {
    if (!awaitingUpgrade) return;
    const handle = window.setTimeout(() => {
      setWaitedForWebhook((n) => n + 1);
      void refreshBilling(queryClient);
    }, 2000);
    return () => window.clearTimeout(handle);
  }, [awaitingUpgrade, waitedForWebhook, queryClient]);

  const sub = subscription.data ?? null;
  const plan = usage.data;
  const isFree = isFreePlan(plan?.plan_id);
  const prices = usePlans().data;
  const monthly = prices?.find((p) => p.id === PLAN_IDS.proMonthly);
  const yearly = prices?.find((p) => p.id === PLAN_IDS.proYearly);
  const yearlySaving = monthly && yearly ? monthsFreePerYear(monthly.price_cents, yearly.price_cents) : 0;
  const pastDue = plan?.past_due === true || sub?.status === 'past_due';
  const hasBillingAccount = Boolean(card.data) || Boolean(sub);

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>{t('page.title')}</h1>
        <p className="muted">{t('page.lead')}</p>
      </header>

      {checkoutState === 'success' ? (
        <p className="form-success banner" role="status">
          {awaitingUpgrade
            ? t('checkout.activating')
            : isFree
              ? t('checkout.processing')
              : t('checkout.done', { plan: plan?.plan_name ?? 'Pro' })}{' '}
          <button type="button" className="tag" onClick={() => setParams({}, { replace: true })}>
            {t('checkout.dismiss')}
          </button>
        </p>
      ) : checkoutState === 'cancelled' ? (
        <p className="banner" role="status">
          {t('checkout.cancelled')}{' '}
          <button type="button" className="tag" onClick={() => setParams({}, { replace: true })}>
            {t('checkout.dismiss')}
          </button>
        </p>
      ) : null}

      {pastDue ? (
        <div className="banner banner--danger" role="alert">
          <strong>{t('pastDue.title')}</strong>{' '}
          {plan?.grace_until ? t('pastDue.updateBefore', { date: formatDate(plan.grace_until) }) : t('pastDue.update')}{' '}
          <Button size="sm" variant="secondary" isLoading={portal.isPending} onClick={() => portal.mutate()}>
            {t('pastDue.action')}
          </Button>
        </div>
      ) : null}

      {usage.isPending ? (
        <LoadingState label={t('page.loadingPlan')} />
      ) : usage.isError ? (
        <ErrorState message={toUserMessage(usage.error)} onRetry={() => void usage.refetch()} isRetrying={usage.isFetching} />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="plan-title">
            <div className="billing-summary">
              <div>
                <p className="muted small">{t('page.currentPlan')}</p>
                <h2 id="plan-title">{plan!.plan_name}</h2>
                {sub ? (
                  <p className="small">
                    <span
                      className={`status-pill ${sub.status === 'active' || sub.status === 'trialing' ? 'status-pill--good' : pastDue ? 'status-pill--bad' : ''}`}
                    >
                      {SUBSCRIPTION_STATUSES.has(sub.status) ? t(`subscriptionStatus.${sub.status}`) : sub.status}
                    </span>{' '}
                    {subscriptionDateLine(sub, formatDate)}
                  </p>
                ) : (
                  <p className="small muted">{t('page.noSubscription')}</p>
                )}
              </div>
              <div className="form__actions">
                {hasBillingAccount ? (
                  <Button variant="secondary" isLoading={portal.isPending} onClick={() => portal.mutate()}>
                    {t('page.manage')}
                  </Button>
                ) : null}
                <ButtonLink to={routes.pricing} variant="ghost">
                  {t('page.comparePlans')}
                </ButtonLink>
              </div>
            </div>
            <FormError message={portal.error ? toUserMessage(portal.error) : null} />

            <div className="usage">
              <div className="usage__label">
                <span>{t('usage.title')}</span>
                <span>
                  {plan!.interviews_limit === null
                    ? t('usage.usedUnlimited', { used: formatNumber(plan!.interviews_used) })
                    : t('usage.usedOf', { used: formatNumber(plan!.interviews_used), limit: formatNumber(plan!.interviews_limit) })}
                </span>
              </div>
              {plan!.interviews_limit !== null ? (
                <div
                  className="meter"
                  role="meter"
                  aria-label={t('usage.meter')}
                  aria-valuemin={0}
                  aria-valuemax={plan!.interviews_limit}
                  aria-valuenow={Math.min(plan!.interviews_used, plan!.interviews_limit)}
                >
                  <span
                    className="meter__fill"
                    style={{
                      width: `${plan!.interviews_limit ? Math.min(100, (plan!.interviews_used / plan!.interviews_limit) * 100) : 100}%`,
                    }}
                  />
                </div>
              ) : null}
              <p className="muted small">
                {t('usage.resetsOn', { date: formatDate(plan!.period_end) })}
                {plan!.bonus_interviews ? ` ${t('usage.bonus', { count: plan!.bonus_interviews })}` : ''}
              </p>
            </div>
          </section>

          {isFree && (!sub || hasEnded(sub)) ? (
            <section className="card" aria-labelledby="upgrade-title">
              <h2 id="upgrade-title">{t('upgradeCard.title')}</h2>
              <p className="muted">{t('upgradeCard.lead')}</p>
              <div className="grid-2">
                <UpgradeButton plan={PLAN_IDS.proMonthly} label={t('upgradeCard.monthly')} />
                <UpgradeButton
                  plan={PLAN_IDS.proYearly}
                  label={yearlySaving ? t('plans.yearlyMonthsFree', { count: yearlySaving }) : t('plans.yearly')}
                />
              </div>
            </section>
          ) : null}

          <section className="card" aria-labelledby="method-title">
            <h2 id="method-title">{t('method.title')}</h2>
            {card.isPending ? (
              <LoadingState label={t('method.loading')} />
            ) : card.isError ? (
              <ErrorState message={toUserMessage(card.error)} onRetry={() => void card.refetch()} />
            ) : card.data?.card_last4 ? (
              <p>
                <strong className="capitalize">{card.data.card_brand ?? t('card')}</strong>{' '}
                {t('method.endingIn', { last4: card.data.card_last4 })}
                {card.data.card_exp_month && card.data.card_exp_year ? (
                  <span className="muted">
                    {' '}
                    · {t('method.expires', { month: String(card.data.card_exp_month).padStart(2, '0'), year: card.data.card_exp_year })}
                  </span>
                ) : null}
              </p>
            ) : (
              <p className="muted">{t('method.none')}</p>
            )}
          </section>

          <section aria-labelledby="history-title">
            <h2 id="history-title">{t('history.title')}</h2>
            {payments.isPending ? (
              <LoadingState label={t('history.loading')} />
            ) : payments.isError ? (
              <ErrorState message={toUserMessage(payments.error)} onRetry={() => void payments.refetch()} />
            ) : payments.data.length === 0 ? (
              <EmptyState title={t('history.empty.title')} description={t('history.empty.body')} />
            ) : (
              <PaymentHistoryTable payments={payments.data} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
