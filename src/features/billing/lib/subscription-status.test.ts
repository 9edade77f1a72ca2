import { describe, expect, it } from 'vitest';
import type { Subscription } from '../api/get-subscription';
import { subscriptionDateLine } from './subscription-status';

const day = (iso: string) => iso.slice(0, 10);
const base: Subscription = {
  id: 'sub_1',
  plan_id: 'pro_monthly',
  status: 'active',
  cancel_at_period_end: false,
  cancel_at: null,
  canceled_at: null,
  ended_at: null,
  current_period_start: '2026-12-04T00:00:00Z',
  current_period_end: '2027-01-04T00:00:00Z',
  trial_end: null,
  past_due_since: null,
};

describe('subscriptionDateLine', () => {
  it('a live subscription renews, or cancels on its cancel date', () => {
    expect(subscriptionDateLine(base, day)).toBe('Renews on 2027-01-04');
    expect(subscriptionDateLine({ ...base, cancel_at_period_end: true, cancel_at: '2027-01-04T00:00:00Z' }, day)).toBe(
      'Cancels on 2027-01-04',
    );
  });

  it('a subscription cancelled immediately says when it ended, not a future cancel date', () => {
    const ended = {
      ...base,
      status: 'canceled',
      cancel_at: '2027-01-04T00:00:00Z',
      canceled_at: '2026-12-05T10:00:00Z',
      ended_at: '2026-12-05T10:00:00Z',
    };
    expect(subscriptionDateLine(ended, day)).toBe('Ended on 2026-12-05');
  });
});
