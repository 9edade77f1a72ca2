import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as supabaseModule from '@/lib/supabase';
import { createQueryClient } from '@/lib/query-client';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { loadPageData, NewInterviewPage } from './new-interview-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = supabaseModule as unknown as SupabaseModuleMock;
const rpc = vi.fn();
(supabase as unknown as { rpc: typeof rpc }).rpc = rpc;

const usage = (used: number) => ({
  plan_id: 'free',
  plan_name: 'Free',
  features: {},
  interviews_used: used,
  interviews_limit: 3,
  interviews_remaining: Math.max(0, 3 - used),
  bonus_interviews: 0,
  period_start: '2026-12-01T00:00:00Z',
  period_end: '2027-01-01T00:00:00Z',
  subscription_id: null,
  subscription_status: null,
  cancel_at_period_end: null,
  current_period_end: null,
  past_due: null,
  grace_until: null,
});

describe('NewInterviewPage', () => {
  it('says the month is used up before the form is filled in, and offers the way on', async () => {
    rpc.mockResolvedValue({ data: usage(3), error: null, status: 200 });
    renderWithProviders(<NewInterviewPage />, { route: '/app/interviews/new', auth: makeAuth('authenticated') });
    // The first render in a file also loads the form's modules (resume parsing), which takes more than
    // findBy's default second on a busy machine.
    expect(await screen.findByRole('heading', { name: "You've used this month's interviews" }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upgrade to Pro' })).toHaveAttribute('href', '/pricing');
    expect(screen.queryByRole('button', { name: 'Start interview' })).toBeNull();
  });

  it('shows the form while interviews are left', async () => {
    rpc.mockResolvedValue({ data: usage(2), error: null, status: 200 });
    renderWithProviders(<NewInterviewPage />, { route: '/app/interviews/new', auth: makeAuth('authenticated') });
    expect(await screen.findByText(/2 of 3 free interviews used/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start interview' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: "You've used this month's interviews" })).toBeNull();
  });

  it('keeps the usage line in place while it loads (the form does not move), and fills it for every plan', async () => {
    let answer!: (value: unknown) => void;
    rpc.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { container } = renderWithProviders(<NewInterviewPage />, { route: '/app/interviews/new', auth: makeAuth('authenticated') });
    const lines = () => container.querySelectorAll('.page__header p');
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toHaveAttribute('aria-hidden', 'true');
    answer({
      data: { ...usage(5), plan_id: 'pro', plan_name: 'Pro', interviews_limit: null, interviews_remaining: null },
      error: null,
      status: 200,
    });
    expect(await screen.findByText('Pro plan: unlimited interviews · 5 this month.')).toBeInTheDocument();
    expect(lines()).toHaveLength(2);
  });

  it('renders the usage line and the saved resume at once when loadPageData asked for them before the first render', async () => {
    rpc.mockResolvedValue({ data: usage(1), error: null, status: 200 });
    supabase.__query.maybeSingle.mockResolvedValueOnce({ data: { resume_filename: 'cv.pdf', resume_url: 'u/cv.pdf' }, error: null });
    const auth = makeAuth('authenticated');
    // The app's client: what was just fetched is fresh for the page's first render.
    const queryClient = createQueryClient();
    await loadPageData(queryClient, { userId: auth.user!.id, params: {} });
    const calls = rpc.mock.calls.length;
    const { container } = renderWithProviders(<NewInterviewPage />, { route: '/app/interviews/new', auth, queryClient });
    // The first render already has both answers: no placeholder line, nothing asked for again.
    expect(screen.getByTestId('plan-usage')).toHaveTextContent(/1 of 3 free interviews used/);
    expect(container.querySelector('.page__header p[aria-hidden="true"]')).toBeNull();
    expect(await screen.findByRole('button', { name: /cv\.pdf/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(rpc.mock.calls.length).toBe(calls);
  });
});
