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
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBillingInformation } from '../api/get-billing-information';
import { planUsageQueryKey, usePlanUsage } from '@/lib/plan-usage';
import { useSubscription } from '../api/get-subscription';
import { usePaymentHistory } from '../api/list-payment-history';
import { useOpenBillingPortal } from '../api/open-billing-portal';
import { formatDate, PaymentHistoryTable } from '../components/PaymentHistoryTable';
import { UpgradeButton } from '../components/UpgradeButtons';
import { hasEnded, subscriptionDateLine } from '../lib/subscription-status';
import '../billing.css';

const STATUS_TEXT: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Payment failed',
  canceled: 'Cancelled',
  unpaid: 'Unpaid',
  incomplete: 'Incomplete',
  incomplete_expired: 'Expired',
  paused: 'Paused',
};

/** `/app/billing` — plan, usage, payment method, history, upgrade / manage. */
export function BillingPage() {
  useDocumentTitle('Billing');
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
  const awaitingUpgrade = checkoutState === 'success' && usage.data?.plan_id === 'free' && waitedForWebhook < 10;
  useEffect(() => {
    if (!awaitingUpgrade) return;
    const handle = window.setTimeout(() => {
      setWaitedForWebhook((n) => n + 1);
      void queryClient.invalidateQueries({ queryKey: ['billing'] });
      void queryClient.invalidateQueries({ queryKey: planUsageQueryKey });
    }, 2000);
    return () => window.clearTimeout(handle);
  }, [awaitingUpgrade, waitedForWebhook, queryClient]);

  const sub = subscription.data ?? null;
  const plan = usage.data;
  const isFree = plan?.plan_id === 'free';
  const pastDue = plan?.past_due === true || sub?.status === 'past_due';
  const hasBillingAccount = Boolean(card.data) || Boolean(sub);

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1 tabIndex={-1}>Billing</h1>
        <p className="muted">Your plan, usage and payments.</p>
      </header>

      {checkoutState === 'success' ? (
        <p className="form-success banner" role="status">
          {awaitingUpgrade
            ? 'Payment received — activating your plan…'
            : isFree
              ? 'Thanks! Your payment is being processed; your plan will update shortly.'
              : `You're on ${plan?.plan_name ?? 'Pro'}. Thank you!`}{' '}
          <button type="button" className="tag" onClick={() => setParams({}, { replace: true })}>
            Dismiss
          </button>
        </p>
      ) : checkoutState === 'cancelled' ? (
        <p className="banner" role="status">
          Checkout was cancelled — you have not been charged.{' '}
          <button type="button" className="tag" onClick={() => setParams({}, { replace: true })}>
            Dismiss
          </button>
        </p>
      ) : null}

      {pastDue ? (
        <div className="banner banner--danger" role="alert">
          <strong>Your last payment failed.</strong>{' '}
          {plan?.grace_until
            ? `Update your payment method before ${formatDate(plan.grace_until)} to keep your plan.`
            : 'Update your payment method to keep your plan.'}{' '}
          <Button size="sm" variant="secondary" isLoading={portal.isPending} onClick={() => portal.mutate()}>
            Update payment method
          </Button>
        </div>
      ) : null}

      {usage.isPending ? (
        <LoadingState label="Loading your plan…" />
      ) : usage.isError ? (
        <ErrorState message={toUserMessage(usage.error)} onRetry={() => void usage.refetch()} isRetrying={usage.isFetching} />
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="plan-title">
            <div className="billing-summary">
              <div>
                <p className="muted small">Current plan</p>
                <h2 id="plan-title">{plan!.plan_name}</h2>
                {sub ? (
                  <p className="small">
                    <span
                      className={`status-pill ${sub.status === 'active' || sub.status === 'trialing' ? 'status-pill--good' : pastDue ? 'status-pill--bad' : ''}`}
                    >
                      {STATUS_TEXT[sub.status] ?? sub.status}
                    </span>{' '}
                    {subscriptionDateLine(sub, formatDate)}
                  </p>
                ) : (
                  <p className="small muted">No subscription — you are on the free plan.</p>
                )}
              </div>
              <div className="form__actions">
                {hasBillingAccount ? (
                  <Button variant="secondary" isLoading={portal.isPending} onClick={() => portal.mutate()}>
                    Manage billing
                  </Button>
                ) : null}
                <ButtonLink to="/pricing" variant="ghost">
                  Compare plans
                </ButtonLink>
              </div>
            </div>
            <FormError message={portal.error ? toUserMessage(portal.error) : null} />

            <div className="usage">
              <div className="usage__label">
                <span>Interviews this month</span>
                <span>
                  {plan!.interviews_limit === null
                    ? `${plan!.interviews_used} used · unlimited`
                    : `${plan!.interviews_used} of ${plan!.interviews_limit}`}
                </span>
              </div>
              {plan!.interviews_limit !== null ? (
                <div
                  className="meter"
                  role="meter"
                  aria-label="Interviews used this month"
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
                Resets on {formatDate(plan!.period_end)}.
                {plan!.bonus_interviews
                  ? ` Plus ${plan!.bonus_interviews} bonus interview${plan!.bonus_interviews === 1 ? '' : 's'} from referrals.`
                  : ''}
              </p>
            </div>
          </section>

          {isFree && (!sub || hasEnded(sub)) ? (
            <section className="card" aria-labelledby="upgrade-title">
              <h2 id="upgrade-title">Upgrade to Pro</h2>
              <p className="muted">Unlimited interviews, voice mode and the AI coach.</p>
              <div className="grid-2">
                <UpgradeButton plan="pro_monthly" label="Upgrade — monthly" />
                <UpgradeButton plan="pro_yearly" label="Upgrade — yearly (2 months free)" />
              </div>
            </section>
          ) : null}

          <section className="card" aria-labelledby="method-title">
            <h2 id="method-title">Payment method</h2>
            {card.isPending ? (
              <LoadingState label="Loading payment method…" />
            ) : card.isError ? (
              <ErrorState message={toUserMessage(card.error)} onRetry={() => void card.refetch()} />
            ) : card.data?.card_last4 ? (
              <p>
                <strong className="capitalize">{card.data.card_brand ?? 'Card'}</strong> ending in {card.data.card_last4}
                {card.data.card_exp_month && card.data.card_exp_year ? (
                  <span className="muted">
                    {' '}
                    · expires {String(card.data.card_exp_month).padStart(2, '0')}/{card.data.card_exp_year}
                  </span>
                ) : null}
              </p>
            ) : (
              <p className="muted">No payment method on file.</p>
            )}
          </section>

          <section aria-labelledby="history-title">
            <h2 id="history-title">Payment history</h2>
            {payments.isPending ? (
              <LoadingState label="Loading payments…" />
            ) : payments.isError ? (
              <ErrorState message={toUserMessage(payments.error)} onRetry={() => void payments.refetch()} />
            ) : payments.data.length === 0 ? (
              <EmptyState title="No payments yet" description="Invoices and receipts will appear here after your first payment." />
            ) : (
              <PaymentHistoryTable payments={payments.data} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}
