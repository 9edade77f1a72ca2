import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { toUserMessage } from '@/lib/errors';
import type { PaidPlanId } from '@/lib/plans';
import { useCreateCheckoutSession } from '../api/create-checkout-session';
import { useT } from '../i18n';

/** "Upgrade" → create-checkout-session → redirect to Stripe Checkout. */
export function UpgradeButton({ plan, label }: { plan: PaidPlanId; label: string }) {
  const { t } = useT();
  const checkout = useCreateCheckoutSession();
  return (
    <div className="stack-sm">
      <Button block isLoading={checkout.isPending || checkout.isSuccess} onClick={() => checkout.mutate({ plan })}>
        {checkout.isSuccess ? t('upgrade.redirecting') : label}
      </Button>
      <FormError message={checkout.error ? toUserMessage(checkout.error) : null} />
    </div>
  );
}
