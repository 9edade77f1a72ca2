import { describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { createTestQueryClient } from '@/test/render';
import { planUsageQueryOptions } from './plan-usage';
import { billingKeys } from './query-keys/billing';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const rpc = vi.fn();
(supabase as unknown as { rpc: typeof rpc }).rpc = rpc;

const usage = (planId: string, coach: boolean) => ({
  plan_id: planId,
  plan_name: planId === 'free' ? 'Free' : 'Pro',
  features: { voice: coach, coach_chat: coach },
  interviews_used: 1,
  interviews_limit: planId === 'free' ? 3 : null,
  interviews_remaining: planId === 'free' ? 2 : null,
  bonus_interviews: null,
  period_start: '2026-12-01',
  period_end: '2027-01-01',
  subscription_id: null,
  subscription_status: null,
  cancel_at_period_end: null,
  current_period_end: null,
  past_due: false,
  grace_until: null,
});

describe('plan usage', () => {
  it('is read once for every feature and refreshed for all of them by invalidating its one key', async () => {
    rpc.mockResolvedValue({ data: usage('free', false), error: null, status: 200 });
    const client = createTestQueryClient();
    // The new-interview page, the dashboard, billing and the coach all read the same query.
    const [plan, again] = await Promise.all([client.fetchQuery(planUsageQueryOptions()), client.fetchQuery(planUsageQueryOptions())]);
    expect(rpc).toHaveBeenCalledTimes(1);
    expect(plan.features.coach_chat).toBe(false);
    expect(again.bonus_interviews).toBe(0);

    rpc.mockResolvedValue({ data: usage('pro_monthly', true), error: null, status: 200 });
    await client.invalidateQueries({ queryKey: billingKeys.planUsage() });
    const upgraded = await client.fetchQuery(planUsageQueryOptions());
    expect(rpc).toHaveBeenCalledTimes(2);
    expect(upgraded).toMatchObject({ plan_id: 'pro_monthly', features: { coach_chat: true } });
  });
});
