import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SummaryReport } from '../api/get-summary-report';
import type { TranscriptMessage } from '../api/get-transcript';
import { ReportTypeSwitch, type ReportType } from './ReportTypeSwitch';
import { SummaryReportBody } from './SummaryReportView';
import { TranscriptList } from './TranscriptView';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const summary: SummaryReport = {
  summary: '2 of 2 questions answered; overall 64/100.',
  strengths: ['Clear structure', 'Concrete numbers', 'Names trade-offs'],
  weaknesses: ['No result in the STAR story'],
  recommendations: [],
  overall_score: 64,
  communication_score: 70,
  technical_score: null,
  behavioral_score: 58,
  statistics: { total_messages: 6, user_messages: 3, interviewer_messages: 3 },
  generated_at: '2026-11-25T10:00:00Z',
};

const message = (
  index: number,
  role: 'user' | 'assistant',
  content: string,
  extra: Partial<TranscriptMessage> = {},
): TranscriptMessage => ({
  id: `m${index}`,
  message_index: index,
  role,
  content,
  is_question: role === 'assistant',
  is_follow_up: false,
  speaking_duration_seconds: null,
  ...extra,
});

function Harness() {
  const [type, setType] = useState<ReportType>('detailed');
  return (
    <>
      <ReportTypeSwitch value={type} onChange={setType} />
      {type === 'summary' ? <SummaryReportBody title="Backend interview" report={summary} /> : <p>Detailed report</p>}
    </>
  );
}

describe('the report type switch', () => {
  it('shows the detailed report first and switches to the summary and back, saying which one is shown', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Report type' });
    const summaryButton = within(group).getByRole('button', { name: 'Summary' });
    const detailedButton = within(group).getByRole('button', { name: 'Detailed' });
    expect(detailedButton).toHaveAttribute('aria-pressed', 'true');
    expect(summaryButton).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Detailed report')).toBeInTheDocument();

    await user.click(summaryButton);
    expect(summaryButton).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Backend interview' })).toBeInTheDocument();
    expect(screen.queryByText('Detailed report')).not.toBeInTheDocument();

    await user.click(detailedButton);
    expect(screen.getByText('Detailed report')).toBeInTheDocument();
  });

  it('the summary shows its scores, the message counts and only the lists that have items', () => {
    render(<SummaryReportBody title="Backend interview" report={summary} />);
    expect(screen.getByText('Overall').nextElementSibling).toHaveTextContent('64/100');
    expect(screen.getByText('Behavioral').nextElementSibling).toHaveTextContent('58/100');
    expect(screen.queryByText('Technical')).not.toBeInTheDocument(); // no score, no row
    expect(screen.getByText('Conversation').nextElementSibling).toHaveTextContent('6 messages (3 from you, 3 from the interviewer)');
    expect(within(screen.getByRole('region', { name: 'Strengths' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('region', { name: 'Next steps' })).not.toBeInTheDocument();
  });
});

describe('the transcript', () => {
  it('lists the conversation in order with speakers, follow-ups marked and speaking time', () => {
    render(
      <TranscriptList
        messages={[
          message(0, 'assistant', 'Tell me about a disagreement.'),
          message(1, 'user', 'We disagreed about the queue.', { speaking_duration_seconds: 41.6 }),
          message(2, 'assistant', 'What was the result?', { is_follow_up: true }),
          message(3, 'user', 'Latency halved.', { is_follow_up: true }),
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'InterviewerTell me about a disagreement.',
      'Youspoke 42 sWe disagreed about the queue.',
      'InterviewerFollow-upWhat was the result?',
      'YouFollow-upLatency halved.',
    ]);
  });

  it('says so when nothing was recorded', () => {
    render(<TranscriptList messages={[]} />);
    expect(screen.getByText('No messages were recorded for this interview.')).toBeInTheDocument();
  });
});
