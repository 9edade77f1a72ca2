import { describe, expect, it } from 'vitest';
import { isFreePlan, isPaidPlanId, monthsFreePerYear } from './plans';

describe('plans', () => {
  it('tells the paid plans from the free one and from unknown ids', () => {
    expect(isPaidPlanId('pro_monthly')).toBe(true);
    expect(isPaidPlanId('pro_yearly')).toBe(true);
    expect(isPaidPlanId('free')).toBe(false);
    expect(isPaidPlanId('enterprise')).toBe(false);
    expect(isPaidPlanId(null)).toBe(false);
    expect(isFreePlan('free')).toBe(true);
    expect(isFreePlan('pro_monthly')).toBe(false);
  });

  it('counts the months a yearly price saves', () => {
    expect(monthsFreePerYear(1900, 19000)).toBe(2);
    expect(monthsFreePerYear(1000, 12000)).toBe(0);
    expect(monthsFreePerYear(1000, 13000)).toBe(0);
    expect(monthsFreePerYear(0, 0)).toBe(0);
  });
});
