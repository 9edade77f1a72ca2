import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { ReportData } from '../api/get-report';
import { ReportView } from './ReportView';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const session = {
  id: '22222222-2222-4222-8222-222222222222',
  session_id: 'sess_abc12345',
  title: 'Frontend Developer interview',
  job_role: 'Frontend Developer',
  custom_role: null,
  company: 'Acme',
  interview_type: 'mixed',
  difficulty: 'medium',
  tech_stack: ['React'],
  interaction_mode: 'text' as const,
  status: 'completed' as const,
  total_questions: 2,
  questions_answered: 1,
  resume_filename: null,
  job_description_filename: null,
  duration_seconds: 754,
  score: 64,
  started_at: '2026-01-01T10:00:00Z',
  completed_at: '2026-01-01T10:12:34Z',
  created_at: '2026-01-01T10:00:00Z',
};
const question = (id: string, text: string, type: 'technical' | 'behavioral') => ({
  id,
  order_number: 1,
  question_text: text,
  question_type: type,
  difficulty: 'medium',
  skill_category: 'React',
  skills: [],
  time_limit_seconds: 300,
  is_follow_up: false,
  parent_question_id: null as string | null,
  starter_code: null,
  function_name: null,
  test_cases: [],
  bank_question_id: null,
});
const data: ReportData = {
  session,
  report: {
    summary: '1 of 2 questions answered; overall 64/100.',
    strengths: ['Concrete example with numbers'],
    weaknesses: ['Skipped the behavioral question'],
    recommendations: ['Practise STAR stories'],
    overall_score: 64,
    communication_score: 70,
    technical_score: 81,
    behavioral_score: 40,
    skill_scores: { React: { score: 81, question_count: 1 } },
    statistics: {},
    average_response_time_seconds: 95,
    consistency: 80,
    confidence: 60,
    generated_at: '2026-01-01T10:12:40Z',
  },
  questions: [
    question('q1', 'How does React decide to re-render?', 'technical'),
    question('q2', 'Tell me about a conflict.', 'behavioral'),
  ],
  followUps: [],
  responses: [
    {
      id: 'r1',
      question_id: 'q1',
      answer_text: 'When state or props change.',
      code_answer: null,
      transcript: null,
      speaking_duration_seconds: null,
      time_taken_seconds: 95,
      client_test_results: null,
      submitted_at: '2026-01-01T10:02:00Z',
      score: 81,
      ai_feedback: 'Solid.',
      strengths: [],
      weaknesses: [],
      missed_key_points: [],
      improved_answer: null,
      rubric: {
        score: 81,
        criteria: [],
        strengths: ['Mentions state and props'],
        weaknesses: ['No mention of memoisation'],
        key_points: [],
        missed_key_points: ['React.memo and useMemo'],
        suggested_outline: [],
        feedback: 'Solid answer.',
      },
      evaluated_at: '2026-01-01T10:02:05Z',
    },
  ],
  skillGaps: [
    {
      id: 'g1',
      skill_name: 'Conflict Resolution',
      proficiency_level: 'weak',
      gap_score: 60,
      skill_score: 40,
      recommendation: 'Prepare two conflict stories.',
      skill_gap_resources: [
        {
          priority: 1,
          learning_resources: { title: 'Crucial Conversations', url: 'https://example.com/cc', resource_type: 'book', description: null },
        },
      ],
    },
  ],
};

describe('ReportView', () => {
  it('renders scores, statistics, the per-question chart and feedback, strengths, weaknesses, recommendations and skill gaps', () => {
    renderWithProviders(<ReportView data={data} />, { auth: makeAuth('authenticated') });
    expect(screen.getByRole('heading', { level: 1, name: 'Frontend Developer interview' })).toBeInTheDocument();
    const scores = screen.getByRole('region', { name: 'Scores' });
    expect(within(scores).getByText('Overall:').parentElement).toHaveTextContent('64/100');
    expect(within(scores).getByText('Technical:').parentElement).toHaveTextContent('81/100');
    expect(within(scores).getByText('Behavioral:').parentElement).toHaveTextContent('40/100');
    expect(screen.getByText('Duration').nextElementSibling).toHaveTextContent('12 min 34 s');
    expect(screen.getByText('Average response time').nextElementSibling).toHaveTextContent('1 min 35 s');
    expect(screen.getByText('Answered').nextElementSibling).toHaveTextContent('1 of 2');
    expect(screen.getByRole('img', { name: 'Score per question' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Question 2 \(Behavioral\) not scored/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Strengths' })).getByText('Concrete example with numbers')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Recommendations' })).getByText('Practise STAR stories')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Crucial Conversations' })).toHaveAttribute('href', 'https://example.com/cc');
    expect(screen.getByRole('link', { name: 'Practise Conflict Resolution questions' })).toHaveAttribute(
      'href',
      '/app/practice?skill=Conflict%20Resolution',
    );
    // a missed key point is one of the (at most three) points to improve, said once
    expect(screen.getByText("Missed key point: 'React.memo and useMemo'")).toBeInTheDocument();
    expect(screen.queryByText('Key points you missed')).toBeNull();
    expect(screen.getByText('Skipped.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save as PDF' })).toBeInTheDocument();
  });

  it('lists each follow-up, its answer and its feedback under its parent question', () => {
    const followUp = {
      ...question('fq1', 'Can you also cover this point: "React.memo and useMemo"?', 'technical'),
      order_number: 3,
      is_follow_up: true,
      parent_question_id: 'q1',
    };
    const unanswered = {
      ...question('fq2', 'How did the conflict end?', 'behavioral'),
      order_number: 4,
      is_follow_up: true,
      parent_question_id: 'q2',
    };
    const withFollowUp: ReportData = {
      ...data,
      followUps: [followUp, unanswered],
      responses: [
        ...data.responses,
        {
          ...data.responses[0]!,
          id: 'r-fu',
          question_id: 'fq1',
          answer_text: 'I wrap pure rows in React.memo and memoise derived data.',
          time_taken_seconds: 40,
          score: 72,
          rubric: { ...data.responses[0]!.rubric!, score: 72, feedback: 'Covers memoisation clearly.', missed_key_points: [] },
        },
      ],
    };
    renderWithProviders(<ReportView data={withFollowUp} />, { auth: makeAuth('authenticated') });
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('report__question'));
    expect(items).toHaveLength(2);
    const first = within(items[0]!).getByRole('list', { name: 'Follow-up questions' });
    expect(within(first).getByRole('heading', { name: 'Can you also cover this point: "React.memo and useMemo"?' })).toBeInTheDocument();
    expect(within(first).getByText('I wrap pure rows in React.memo and memoise derived data.')).toBeInTheDocument();
    expect(within(first).getByText('Covers memoisation clearly.')).toBeInTheDocument();
    expect(within(first).getByText('scored 72/100')).toBeInTheDocument();
    const second = within(items[1]!).getByRole('list', { name: 'Follow-up questions' });
    expect(within(second).getByText('How did the conflict end?')).toBeInTheDocument();
    expect(within(second).getByText('Not answered.')).toBeInTheDocument();
    // follow-ups are not questions of their own
    expect(screen.getByText('Answered').nextElementSibling).toHaveTextContent('1 of 2');
    expect(screen.getByText('Average response time').nextElementSibling).toHaveTextContent('1 min 35 s');
  });

  it('plays a spoken answer from a signed link asked for when the answer is unfolded (the owner only)', async () => {
    const bucket = (supabase as unknown as SupabaseModuleMock['supabase']).__bucket;
    bucket.createSignedUrl.mockResolvedValue({
      data: { signedUrl: 'http://127.0.0.1/storage/v1/object/sign/voice-answers/u/s/q1.webm?token=t' },
      error: null,
    });
    const spoken: ReportData = {
      ...data,
      responses: [{ ...data.responses[0]!, transcript: 'When state or props change.', audio_path: 'u/s/q1.webm' }],
    };
    const { unmount } = renderWithProviders(<ReportView data={spoken} />, { auth: makeAuth('authenticated') });
    expect(bucket.createSignedUrl).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByText('Your answer'));
    const audio = await screen.findByLabelText('Recording of your answer', { selector: 'audio' });
    expect(audio).toHaveAttribute('src', 'http://127.0.0.1/storage/v1/object/sign/voice-answers/u/s/q1.webm?token=t');
    expect(audio).toHaveAttribute('controls');
    expect(vi.mocked(supabase.storage.from)).toHaveBeenCalledWith('voice-answers');
    expect(bucket.createSignedUrl).toHaveBeenCalledWith('u/s/q1.webm', expect.any(Number));
    expect(bucket.createSignedUrl.mock.calls[0]![1]).toBeLessThanOrEqual(15 * 60);
    unmount();

    // A shared copy, even with answers, has no recording.
    bucket.createSignedUrl.mockClear();
    renderWithProviders(<ReportView data={spoken} shared={{ includeAnswers: true }} />, { auth: makeAuth('unauthenticated') });
    await userEvent.setup().click(screen.getByText('Answer'));
    expect(screen.getByText('When state or props change.')).toBeInTheDocument();
    expect(screen.queryByText('Recording of your answer')).toBeNull();
    expect(bucket.createSignedUrl).not.toHaveBeenCalled();
  });

  it('says so when the recording cannot be played', async () => {
    const bucket = (supabase as unknown as SupabaseModuleMock['supabase']).__bucket;
    bucket.createSignedUrl.mockResolvedValue({ data: null, error: { message: 'Object not found', statusCode: '404' } });
    const spoken: ReportData = { ...data, responses: [{ ...data.responses[0]!, audio_path: 'u/s/gone.webm' }] };
    renderWithProviders(<ReportView data={spoken} />, { auth: makeAuth('authenticated') });
    await userEvent.setup().click(screen.getByText('Your answer'));
    await waitFor(() => expect(screen.getByText("The recording can't be played right now.")).toBeInTheDocument(), { timeout: 10_000 });
    expect(screen.queryByLabelText('Recording of your answer', { selector: 'audio' })).toBeNull();
  });

  it('renders what is stored when no report row exists (feedback pending)', () => {
    const pending: ReportData = {
      ...data,
      report: null,
      responses: [{ ...data.responses[0]!, rubric: null, score: null, evaluated_at: null }],
      skillGaps: [],
    };
    renderWithProviders(<ReportView data={pending} />, { auth: makeAuth('authenticated') });
    expect(screen.getByText('Overall:').parentElement).toHaveTextContent('64/100');
    expect(screen.getByText('Feedback pending for this answer.')).toBeInTheDocument();
    expect(screen.getByText('No skill gaps were identified in this interview.')).toBeInTheDocument();
  });

  it('as a shared copy: says so, hides answers the candidate did not share and never offers the model answer', () => {
    const withoutAnswers: ReportData = { ...data, responses: [{ ...data.responses[0]!, answer_text: null }] };
    renderWithProviders(<ReportView data={withoutAnswers} shared={{ includeAnswers: false }} />, { auth: makeAuth('unauthenticated') });
    expect(screen.getByText('Shared interview report')).toBeInTheDocument();
    expect(screen.getByText(/chose to share scores and feedback only/)).toBeInTheDocument();
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument();
    expect(screen.queryByText('Answer')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /model answer/i })).not.toBeInTheDocument();
    expect(screen.getByText("Missed key point: 'React.memo and useMemo'")).toBeInTheDocument(); // feedback stays
    expect(screen.queryByRole('link', { name: /^Practise / })).not.toBeInTheDocument(); // the visitor has no practice library
  });

  it('as a shared copy with answers: shows them, labelled for a reader who is not the candidate', () => {
    renderWithProviders(<ReportView data={data} shared={{ includeAnswers: true }} />, { auth: makeAuth('unauthenticated') });
    expect(screen.getByText(/It includes their answers/)).toBeInTheDocument();
    expect(screen.getByText('Answer')).toBeInTheDocument();
    expect(screen.getByText('When state or props change.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /model answer/i })).not.toBeInTheDocument();
  });

  it('offers to answer a bank question again in practice (not for generated questions, not to visitors)', () => {
    const fromBank: ReportData = {
      ...data,
      questions: [
        { ...data.questions[0]!, bank_question_id: '33333333-3333-4333-8333-333333333333' },
        { ...data.questions[1]!, bank_question_id: '44444444-4444-4444-8444-444444444444' },
        { ...data.questions[1]!, id: 'q3', question_text: 'Generated for this interview only.' },
      ],
    };
    const { unmount } = renderWithProviders(<ReportView data={fromBank} />, { auth: makeAuth('authenticated') });
    expect(screen.getByRole('link', { name: 'Answer it again in practice' })).toHaveAttribute(
      'href',
      '/app/practice/33333333-3333-4333-8333-333333333333',
    );
    // q2 was skipped: practising it is offered too
    expect(screen.getByRole('link', { name: 'Answer it in practice' })).toHaveAttribute(
      'href',
      '/app/practice/44444444-4444-4444-8444-444444444444',
    );
    expect(screen.getAllByRole('link', { name: /in practice$/ })).toHaveLength(2);
    unmount();
    renderWithProviders(<ReportView data={fromBank} shared={{ includeAnswers: true }} />, { auth: makeAuth('unauthenticated') });
    expect(screen.queryByRole('link', { name: /in practice$/ })).not.toBeInTheDocument();
  });

  it('shows how well the answers matched the job description, with practice for what was not shown (owner only)', () => {
    const withJd: ReportData = {
      ...data,
      report: {
        ...data.report!,
        statistics: {
          job_description_coverage: { terms: ['React', 'TypeScript', 'GraphQL'], covered: ['React'], missed: ['TypeScript', 'GraphQL'] },
        },
      },
    };
    const { unmount } = renderWithProviders(<ReportView data={withJd} />, { auth: makeAuth('authenticated') });
    const section = screen.getByRole('region', { name: 'Job description match' });
    expect(section).toHaveTextContent('Your answers showed 1 of the 3 skills the job description asks for.');
    expect(within(section).getByRole('list', { name: 'Skills shown' })).toHaveTextContent('React');
    expect(within(section).getByRole('link', { name: 'Practise GraphQL questions' })).toHaveAttribute(
      'href',
      '/app/practice?skill=GraphQL',
    );
    unmount();
    renderWithProviders(<ReportView data={withJd} shared={{ includeAnswers: true }} />, { auth: makeAuth('unauthenticated') });
    expect(screen.queryByRole('region', { name: 'Job description match' })).not.toBeInTheDocument();
  });

  it('has no job description section when the interview had none', () => {
    renderWithProviders(<ReportView data={data} />, { auth: makeAuth('authenticated') });
    expect(screen.queryByRole('region', { name: 'Job description match' })).not.toBeInTheDocument();
  });
});
