import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { makeAuth, renderWithProviders } from '@/test/render';
import { ReportPage } from './report-page';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());
const { supabase } = (await import('@/lib/supabase')) as unknown as {
  supabase: { from: ReturnType<typeof vi.fn>; rpc?: ReturnType<typeof vi.fn> };
};

const INTERVIEW = '0b7c6f2e-4d1a-4b8e-9c3d-2f6a1e5d7c90';

/** What get_interview_report_page answers for a finished interview with one answer and one share link. */
const PAGE = {
  session: {
    id: INTERVIEW,
    session_id: 'sess_abc12345',
    title: 'Frontend Developer interview',
    job_role: 'Frontend Developer',
    custom_role: null,
    company: null,
    interview_type: 'behavioral',
    difficulty: 'medium',
    tech_stack: ['React'],
    interaction_mode: 'text',
    status: 'completed',
    total_questions: 1,
    questions_answered: 1,
    resume_filename: null,
    job_description_filename: null,
    duration_seconds: 300,
    score: 70,
    started_at: '2026-01-01T10:00:00Z',
    completed_at: '2026-01-01T10:05:00Z',
    created_at: '2026-01-01T10:00:00Z',
  },
  report: {
    summary: 'A solid first interview.',
    strengths: ['Clear structure'],
    weaknesses: [],
    recommendations: [],
    overall_score: 70,
    communication_score: 70,
    technical_score: null,
    behavioral_score: 70,
    skill_scores: {},
    statistics: {},
    average_response_time_seconds: 60,
    consistency: null,
    confidence: null,
    generated_at: '2026-01-01T10:05:01Z',
  },
  summary_report: {
    summary: 'SUMMARY-MARKER in short.',
    strengths: ['Clear structure'],
    weaknesses: [],
    recommendations: [],
    overall_score: 70,
    communication_score: 70,
    technical_score: null,
    behavioral_score: 70,
    statistics: { total_messages: 2, user_messages: 1, interviewer_messages: 1 },
    generated_at: '2026-01-01T10:05:01Z',
  },
  questions: [
    {
      id: 'q1',
      order_number: 1,
      question_text: 'Tell me about a conflict.',
      question_type: 'behavioral',
      difficulty: 'medium',
      skill_category: null,
      skills: [],
      time_limit_seconds: 300,
      is_follow_up: false,
      parent_question_id: null,
      starter_code: null,
      function_name: null,
      test_cases: [],
      bank_question_id: null,
    },
  ],
  responses: [],
  skill_gaps: [],
  transcript: [
    {
      id: 'm1',
      message_index: 0,
      role: 'assistant',
      content: 'Tell me about a conflict.',
      is_question: true,
      is_follow_up: false,
      speaking_duration_seconds: null,
    },
    {
      id: 'm2',
      message_index: 1,
      role: 'user',
      content: 'TRANSCRIPT-MARKER: we disagreed about the release date.',
      is_question: false,
      is_follow_up: false,
      speaking_duration_seconds: null,
    },
  ],
  shares: [
    {
      id: 's1',
      interview_id: INTERVIEW,
      token: 'A'.repeat(32),
      include_answers: false,
      expires_at: null,
      revoked_at: null,
      view_count: 0,
      last_viewed_at: null,
      created_at: '2026-01-02T10:00:00Z',
    },
  ],
};

let asked: string[];
let answer: () => Promise<{ data: unknown; error: null }>;
beforeEach(() => {
  asked = [];
  // Nothing answers unless a test says so: the page stays in its loading state.
  answer = () => new Promise(() => {});
  supabase.from.mockImplementation((table: string) => {
    asked.push(table);
    return new Promise(() => {});
  });
  supabase.rpc = vi.fn((name: string) => {
    asked.push(`rpc:${name}`);
    return answer();
  });
});

// The app's own query client: its freshness window is what lets the seeded parts render without a refetch.
const renderPage = (route: string, queryClient = createQueryClient()) =>
  renderWithProviders(<ReportPage />, {
    route,
    path: '/app/interviews/:id/report',
    auth: makeAuth('authenticated'),
    queryClient,
  });

/** The app's query client without its retries (an unreadable answer is retried twice, seconds apart). */
function clientWithoutRetries() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return client;
}

describe('ReportPage', () => {
  it('asks for the report, transcript and share links in one request', async () => {
    renderPage(`/app/interviews/${INTERVIEW}/report`);
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/);
    await waitFor(() => expect(asked).toEqual(['rpc:get_interview_report_page']));
    expect(supabase.rpc).toHaveBeenCalledWith('get_interview_report_page', { p_interview_id: INTERVIEW });
  });

  it('shows the transcript and the share links from that answer without asking again', async () => {
    answer = async () => ({ data: PAGE, error: null });
    renderPage(`/app/interviews/${INTERVIEW}/report`);
    expect(await screen.findByText('TRANSCRIPT-MARKER: we disagreed about the release date.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Manage links (1)' })).toBeInTheDocument();
    expect(asked).toEqual(['rpc:get_interview_report_page']);
  });

  it('shows the summary view from the same answer', async () => {
    answer = async () => ({ data: PAGE, error: null });
    renderPage(`/app/interviews/${INTERVIEW}/report?view=summary`);
    expect(await screen.findByText('SUMMARY-MARKER in short.')).toBeInTheDocument();
    expect(asked).toEqual(['rpc:get_interview_report_page']);
  });

  it.each([
    ['the interview', { session: { ...PAGE.session, status: 'exploded' } }],
    ['a question', { questions: [{ ...PAGE.questions[0], question_type: 'riddle' }] }],
    ['an answer', { responses: [{ id: 'r1', question_id: 'q1' }] }],
    ['a skill gap', { skill_gaps: [{ id: 'g1', skill_name: 'React' }] }],
  ])('shows an error instead of the report when %s is not what the page reads', async (_part, broken) => {
    answer = async () => ({ data: { ...PAGE, ...broken }, error: null });
    renderPage(`/app/interviews/${INTERVIEW}/report`, clientWithoutRetries());
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeInTheDocument();
    expect(screen.queryByText('A solid first interview.')).not.toBeInTheDocument();
  });

  it('asks for the transcript on its own when its part of the answer is not what it reads', async () => {
    answer = async () => ({ data: { ...PAGE, transcript: [{ id: 'm1', role: 'narrator' }] }, error: null });
    renderPage(`/app/interviews/${INTERVIEW}/report`);
    expect(await screen.findByRole('button', { name: 'Manage links (1)' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(['rpc:get_interview_report_page', 'interview_messages']));
  });

  it("renders not found when the interview isn't the user's", async () => {
    answer = async () => ({ data: null, error: null });
    renderPage(`/app/interviews/${INTERVIEW}/report`);
    expect(
      await screen.findByText("We couldn't find this report. It may have been deleted, or the link may be wrong."),
    ).toBeInTheDocument();
    expect(asked).toEqual(['rpc:get_interview_report_page']);
  });

  it('asks nothing for an address that cannot name an interview', async () => {
    renderPage('/app/interviews/nope/report');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});
