import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { formatPrice, type Plan } from '../api/list-plans';
import { useT } from '../i18n';

export function planFeatures(plan: Plan, t: TFunction<'billing'>): string[] {
  const out = [
    plan.interviews_per_month === null ? t('plan.features.unlimited') : t('plan.features.perMonth', { count: plan.interviews_per_month }),
  ];
  out.push(t('plan.features.feedback'), t('plan.features.practice'));
  out.push(plan.features.voice === true ? t('plan.features.voice') : t('plan.features.text'));
  if (plan.features.coach_chat === true) out.push(t('plan.features.coach'));
  return out;
}

export function PlanCard({ plan, highlight, action, note }: { plan: Plan; highlight?: boolean; action: ReactNode; note?: ReactNode }) {
  const { t } = useT();
  const perMonth = plan.billing_interval === 'year' ? Math.round(plan.price_cents / 12) : null;
  return (
    <li className={`card plan ${highlight ? 'plan--highlight' : ''}`} aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`} className="plan__name">
        {plan.name}
      </h2>
      <p className="plan__price">
        <span className="plan__amount">{plan.price_cents === 0 ? t('plan.free') : formatPrice(plan.price_cents, plan.currency)}</span>
        {plan.billing_interval ? (
          <span className="muted">
            {' / '}
            {plan.billing_interval === 'year'
              ? t('plan.perYear')
              : plan.billing_interval === 'month'
                ? t('plan.perMonth')
                : plan.billing_interval}
          </span>
        ) : null}
      </p>
      {perMonth ? <p className="muted small">{t('plan.approxPerMonth', { price: formatPrice(perMonth, plan.currency) })}</p> : null}
      {plan.description ? <p className="muted">{plan.description}</p> : null}
      <ul className="plan__features">
        {planFeatures(plan, t).map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
      <div className="plan__action">{action}</div>
      {note}
    </li>
  );
}
