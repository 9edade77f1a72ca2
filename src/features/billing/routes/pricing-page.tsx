import { ButtonLink } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { EmptyState } from '@/components/EmptyState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePlans } from '../api/list-plans';
import { PlanCard } from '../components/PlanCard';
import { UpgradeButton } from '../components/UpgradeButtons';
import '../billing.css';

/** `/pricing` — public, from the `plans` table. */
export function PricingPage() {
  useDocumentTitle('Pricing');
  const { status } = useAuth();
  const plans = usePlans();
  const signedIn = status === 'authenticated';

  return (
    <div className="page">
      <header className="page__header pricing__header">
        <h1 tabIndex={-1}>Simple pricing</h1>
        <p className="muted">Start free. Upgrade when you want unlimited interviews, voice mode and the AI coach. Cancel any time.</p>
      </header>
      {plans.isPending ? (
        <LoadingState label="Loading plans…" />
      ) : plans.isError ? (
        <ErrorState message={toUserMessage(plans.error)} onRetry={() => void plans.refetch()} isRetrying={plans.isFetching} />
      ) : plans.data.length === 0 ? (
        <EmptyState title="No plans available" description="Pricing is being updated. Please check back soon." />
      ) : (
        <ul className="plans">
          {plans.data.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              highlight={plan.id === 'pro_yearly'}
              action={
                plan.price_cents === 0 ? (
                  <ButtonLink to={signedIn ? '/app' : '/sign-up'} variant="secondary" block>
                    {signedIn ? 'Go to your dashboard' : 'Start free'}
                  </ButtonLink>
                ) : signedIn && (plan.id === 'pro_monthly' || plan.id === 'pro_yearly') ? (
                  <UpgradeButton plan={plan.id} label={`Upgrade to ${plan.name}`} />
                ) : (
                  <ButtonLink to={`/sign-up?next=${encodeURIComponent('/app/billing')}`} block>
                    Sign up to upgrade
                  </ButtonLink>
                )
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
