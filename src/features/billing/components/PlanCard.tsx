import type { ReactNode } from 'react';
import { formatPrice, type Plan } from '../api/list-plans';

export function planFeatures(plan: Plan): string[] {
  const out = [plan.interviews_per_month === null ? 'Unlimited mock interviews' : `${plan.interviews_per_month} mock interviews per month`];
  out.push('Instant AI feedback on every answer', 'Practice library');
  out.push(plan.features.voice === true ? 'Voice mode (speak your answers)' : 'Text mode');
  if (plan.features.coach_chat === true) out.push('AI interview coach chat');
  return out;
}

export function PlanCard({ plan, highlight, action, note }: { plan: Plan; highlight?: boolean; action: ReactNode; note?: ReactNode }) {
  const perMonth = plan.billing_interval === 'year' ? Math.round(plan.price_cents / 12) : null;
  return (
    <li className={`card plan ${highlight ? 'plan--highlight' : ''}`} aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`} className="plan__name">
        {plan.name}
      </h2>
      <p className="plan__price">
        <span className="plan__amount">{plan.price_cents === 0 ? 'Free' : formatPrice(plan.price_cents, plan.currency)}</span>
        {plan.billing_interval ? <span className="muted"> / {plan.billing_interval}</span> : null}
      </p>
      {perMonth ? <p className="muted small">≈ {formatPrice(perMonth, plan.currency)} per month</p> : null}
      {plan.description ? <p className="muted">{plan.description}</p> : null}
      <ul className="plan__features">
        {planFeatures(plan).map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
      <div className="plan__action">{action}</div>
      {note}
    </li>
  );
}
