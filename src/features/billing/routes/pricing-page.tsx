import { ButtonLink } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { EmptyState } from '@/components/EmptyState';
import { useAuth } from '@/features/auth';
import { toUserMessage } from '@/lib/errors';
import { isPaidPlanId, PLAN_IDS } from '@/lib/plans';
import { useDocumentTitle } from '@/lib/use-document-title';
import { usePlans } from '../api/list-plans';
import { PlanCard } from '../components/PlanCard';
import { UpgradeButton } from '../components/UpgradeButtons';
import '../billing.css';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';

/** `/pricing` — public, from the `plans` table. */
export function PricingPage() {
  const { t } = useT();
  useDocumentTitle(t('pricing.title'));
  const { status } = useAuth();
  const plans = usePlans();
  const signedIn = status === 'authenticated';

  return (
    <div className="page">
      <header className="page__header pricing__header">
        <h1 tabIndex={-1}>{t('pricing.heading')}</h1>
        <p className="muted">{t('pricing.lead')}</p>
      </header>
      {plans.isPending ? (
        <LoadingState label={t('pricing.loading')} />
      ) : plans.isError ? (
        <ErrorState message={toUserMessage(plans.error)} onRetry={() => void plans.refetch()} isRetrying={plans.isFetching} />
      ) : plans.data.length === 0 ? (
        <EmptyState title={t('pricing.empty.title')} description={t('pricing.empty.body')} />
      ) : (
        <ul className="plans">
          {plans.data.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              highlight={plan.id === PLAN_IDS.proYearly}
              action={
                plan.price_cents === 0 ? (
                  <ButtonLink to={signedIn ? routes.app.dashboard : routes.signUp} variant="secondary" block>
                    {signedIn ? t('pricing.goToDashboard') : t('pricing.startFree')}
                  </ButtonLink>
                ) : signedIn && isPaidPlanId(plan.id) ? (
                  <UpgradeButton plan={plan.id} label={t('pricing.upgradeTo', { plan: plan.name })} />
                ) : (
                  <ButtonLink to={routes.signUpThen(routes.app.billing)} block>
                    {t('pricing.signUpToUpgrade')}
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
