import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { makeAuth, makeUser, renderWithProviders } from '@/test/render';
import { DashboardPage, loadPageData } from './dashboard-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = (await import('@/lib/supabase')) as unknown as {
  supabase: { from: ReturnType<typeof vi.fn>; rpc?: ReturnType<typeof vi.fn> };
};

const DASHBOARD = {
  stats: {
    total_interviews: 2,
    completed_interviews: 2,
    in_progress_interviews: 0,
    average_score: 71,
    best_score: 80,
    total_time_minutes: 30,
    questions_answered: 10,
    practice_attempts: 0,
    total_chat_messages: 0,
    current_streak_days: 1,
    longest_streak_days: 3,
    score_trend: [{ interview_id: 'i1', date: '2026-01-02T10:00:00Z', score: 71, job_role: 'Frontend Developer' }],
  },
  plan_usage: {
    plan_id: 'free',
    plan_name: 'Free',
    features: {},
    interviews_used: 2,
    interviews_limit: 3,
    interviews_remaining: 1,
    bonus_interviews: 0,
    period_start: null,
    period_end: null,
    subscription_id: null,
    subscription_status: null,
    cancel_at_period_end: null,
    current_period_end: null,
    past_due: null,
    grace_until: null,
  },
  recent_interviews: [
    {
      id: 'i1',
      title: 'RECENT-MARKER interview',
      job_role: 'Frontend Developer',
      company: null,
      interview_type: 'behavioral',
      difficulty: 'medium',
      status: 'completed',
      total_questions: 5,
      questions_answered: 5,
      score: 71,
      created_at: '2026-01-02T10:00:00Z',
      completed_at: '2026-01-02T10:20:00Z',
    },
  ],
  skill_gaps: [
    {
      skill_name: 'GAP-MARKER',
      proficiency_level: 'moderate',
      gap_score: 40,
      skill_score: 60,
      interview_id: 'i1',
      identified_at: '2026-01-02T10:20:00Z',
    },
  ],
};

/** A PostgREST builder whose every call chains and which never answers. */
function pendingQuery() {
  const chain: Record<string, unknown> = new Proxy(
    {},
    { get: (_target, property) => (property === 'then' ? (_resolve: unknown) => undefined : () => chain) },
  );
  return chain;
}

let asked: string[];
let answerDashboard: () => Promise<{ data: unknown; error: unknown }>;
beforeEach(() => {
  asked = [];
  supabase.from.mockImplementation((table: string) => {
    asked.push(table);
    return pendingQuery();
  });
  supabase.rpc = vi.fn((name: string) => {
    asked.push(`rpc:${name}`);
    return name === 'get_dashboard' ? answerDashboard() : new Promise(() => {});
  });
});

// The app's own query client: its freshness window is what lets the parts render without refetching.
const renderDashboard = (queryClient = createQueryClient()) =>
  renderWithProviders(<DashboardPage />, { route: '/app', auth: makeAuth('authenticated'), queryClient });

describe('DashboardPage', () => {
  it('shows statistics, plan usage, recent interviews and skill gaps from one request', async () => {
    answerDashboard = async () => ({ data: DASHBOARD, error: null });
    renderDashboard();
    expect(await screen.findByText('RECENT-MARKER interview')).toBeInTheDocument();
    expect(screen.getByText('GAP-MARKER')).toBeInTheDocument();
    expect(screen.getByTestId('plan-usage')).toHaveTextContent('2 of 3 free interviews this month');
    expect(screen.getByText('80')).toBeInTheDocument(); // best score
    // The achievements card is the profile feature's own request.
    expect(asked.filter((what) => what !== 'achievements')).toEqual(['rpc:get_dashboard']);
  });

  it("names each skill gap's links with the skill while showing only the short word", async () => {
    answerDashboard = async () => ({ data: DASHBOARD, error: null });
    renderDashboard();
    await screen.findByText('GAP-MARKER');
    // A browser names an inline link by all of its text, the visually hidden part included.
    const [practise, resources] = [...document.querySelectorAll('.gap-summary__link')];
    expect(practise?.textContent).toBe('Practise GAP-MARKER questions');
    expect(practise?.querySelector('.visually-hidden')?.textContent).toBe(' GAP-MARKER questions');
    expect(practise).toHaveAttribute('href', '/app/practice?skill=GAP-MARKER');
    expect(resources?.textContent).toBe('Resources for GAP-MARKER');
    expect(resources?.querySelector('.visually-hidden')?.textContent).toBe(' for GAP-MARKER');
    expect(resources).toHaveAttribute('href', '/app/interviews/i1/report');
  });

  it('asks for each part on its own when the combined request fails', async () => {
    answerDashboard = async () => ({ data: null, error: { message: 'boom', code: 'XX000' } });
    renderDashboard();
    await waitFor(() =>
      expect(asked).toEqual(
        expect.arrayContaining(['rpc:get_user_stats', 'rpc:get_plan_usage', 'rpc:get_user_interview_history', 'skill_gaps']),
      ),
    );
  });

  it('asks only for a part the combined answer had in a shape it cannot read', async () => {
    answerDashboard = async () => ({ data: { ...DASHBOARD, recent_interviews: [{ id: 'i1', title: 42 }] }, error: null });
    renderDashboard();
    expect(await screen.findByText('GAP-MARKER')).toBeInTheDocument();
    await waitFor(() => expect(asked).toContain('rpc:get_user_interview_history'));
    expect(screen.queryByText('RECENT-MARKER interview')).not.toBeInTheDocument();
    expect(asked).not.toContain('rpc:get_user_stats');
    expect(asked).not.toContain('skill_gaps');
  });

  it('renders from the request started before it, without asking again', async () => {
    answerDashboard = async () => ({ data: DASHBOARD, error: null });
    const queryClient = createQueryClient();
    await loadPageData(queryClient, { userId: makeUser().id, params: {} });
    renderDashboard(queryClient);
    expect(await screen.findByText('RECENT-MARKER interview')).toBeInTheDocument();
    expect(screen.getByText('GAP-MARKER')).toBeInTheDocument();
    expect(asked.filter((what) => what !== 'achievements')).toEqual(['rpc:get_dashboard']);
  });

  it("starts the achievements card's request with its own, before the first render", async () => {
    answerDashboard = async () => ({ data: DASHBOARD, error: null });
    const queryClient = createQueryClient();
    await loadPageData(queryClient, { userId: makeUser().id, params: {} });
    expect(asked).toEqual(expect.arrayContaining(['rpc:get_dashboard', 'achievements']));
    renderDashboard(queryClient);
    expect(await screen.findByText('RECENT-MARKER interview')).toBeInTheDocument();
    // The card finds its request in flight and does not send another.
    expect(asked.filter((what) => what === 'achievements')).toHaveLength(1);
  });

  it('asks again itself when the request started before it failed', async () => {
    answerDashboard = async () => ({ data: null, error: { message: 'boom', code: 'XX000' } });
    const queryClient = createQueryClient();
    await loadPageData(queryClient, { userId: makeUser().id, params: {} });
    answerDashboard = async () => ({ data: DASHBOARD, error: null });
    renderDashboard(queryClient);
    expect(await screen.findByText('RECENT-MARKER interview')).toBeInTheDocument();
    expect(asked.filter((what) => what !== 'achievements')).toEqual(['rpc:get_dashboard', 'rpc:get_dashboard']);
  });
});
