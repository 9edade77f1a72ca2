import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { billingKeys } from '@/lib/query-keys/billing';
import { interviewKeys } from '@/lib/query-keys/interviews';
import { reportKeys } from '@/lib/query-keys/reports';
import { keysBuiltBy } from '@/test/query-keys';
import { createTestQueryClient } from '@/test/render';
import { useCancelInterview } from './cancel-interview';
import { useCompleteInterview } from './complete-interview';
import { useCreateInterview, type CreateInterviewInput } from './create-interview';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const mocked = supabase as unknown as { rpc: ReturnType<typeof vi.fn>; functions: { invoke: ReturnType<typeof vi.fn> } };
mocked.rpc = vi.fn();
mocked.functions = { invoke: vi.fn() };

const USER = '11111111-1111-4111-8111-111111111111';
const INTERVIEW = '0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90';
const OTHER_INTERVIEW = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';

/** Every kind of query about the user's interviews: the room, the history and dashboard lists, totals, skills. */
const interviewQueries = keysBuiltBy(interviewKeys);
const unrelated: QueryKey[] = [billingKeys.subscription(USER), reportKeys.detail(OTHER_INTERVIEW)];

function cachedClient(keys: QueryKey[]): QueryClient {
  const client = createTestQueryClient();
  for (const key of keys) client.setQueryData(key, { cached: true });
  return client;
}

const invalidated = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated;

function renderMutation<T>(useMutationHook: () => T, client: QueryClient) {
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(useMutationHook, { wrapper }).result.current;
}

const input: CreateInterviewInput = {
  jobRole: 'Backend Engineer',
  customRole: null,
  company: null,
  interviewType: 'technical',
  difficulty: 'medium',
  techStack: [],
  totalQuestions: 5,
  interactionMode: 'text',
  resume: null,
  jobDescription: null,
};

describe('an interview changing refreshes every query of the user interviews', () => {
  it('creating one refreshes the lists, totals and the plan usage', async () => {
    mocked.rpc.mockResolvedValue({ data: { id: INTERVIEW, session_id: 'IV-1' }, error: null, status: 200 });
    const client = cachedClient([...interviewQueries, billingKeys.planUsage(), ...unrelated]);
    await renderMutation(useCreateInterview, client).mutateAsync(input);

    for (const key of [...interviewQueries, billingKeys.planUsage()]) expect(invalidated(client, key), JSON.stringify(key)).toBe(true);
    for (const key of unrelated) expect(invalidated(client, key), JSON.stringify(key)).toBe(false);
  });

  it('cancelling one refreshes the lists, totals and the plan usage', async () => {
    mocked.rpc.mockResolvedValue({ data: null, error: null, status: 204 });
    const client = cachedClient([...interviewQueries, billingKeys.planUsage(), ...unrelated]);
    await renderMutation(useCancelInterview, client).mutateAsync(INTERVIEW);

    for (const key of [...interviewQueries, billingKeys.planUsage()]) expect(invalidated(client, key), JSON.stringify(key)).toBe(true);
    for (const key of unrelated) expect(invalidated(client, key), JSON.stringify(key)).toBe(false);
  });

  it('completing one refreshes the lists, totals and everything about its report', async () => {
    mocked.functions.invoke.mockResolvedValue({ data: { status: 'completed', score: 82 }, error: null });
    const report = [
      reportKeys.detail(INTERVIEW),
      reportKeys.summary(USER, INTERVIEW),
      reportKeys.transcript(USER, INTERVIEW),
      reportKeys.shares(INTERVIEW),
    ];
    const client = cachedClient([...interviewQueries, ...report, ...unrelated]);
    await renderMutation(useCompleteInterview, client).mutateAsync(INTERVIEW);

    for (const key of [...interviewQueries, ...report]) expect(invalidated(client, key), JSON.stringify(key)).toBe(true);
    for (const key of unrelated) expect(invalidated(client, key), JSON.stringify(key)).toBe(false);
  });
});
