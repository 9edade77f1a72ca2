import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { RecentInterview } from '../api/get-recent-interviews';
import { InterviewList } from './InterviewList';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const base = {
  company: 'Acme',
  interview_type: 'technical',
  difficulty: 'medium',
  created_at: '2026-01-15T10:00:00Z',
  questions_answered: 3,
  total_questions: 5,
} as const;

describe('InterviewList', () => {
  it('links a finished interview to its report and a running one to the room, with score and resume action', () => {
    const interviews = [
      { ...base, id: 'done-1', title: 'Finished one', status: 'completed', score: 81.6 },
      { ...base, id: 'run-1', title: 'Running one', status: 'in_progress', score: null, company: null },
    ] as unknown as RecentInterview[];
    renderWithProviders(<InterviewList interviews={interviews} />);
    const [finished, running] = screen.getAllByRole('listitem');
    expect(within(finished!).getByRole('link', { name: 'Finished one' })).toHaveAttribute('href', '/app/interviews/done-1/report');
    expect(finished).toHaveTextContent(/^Finished one.*Acme · .* · 3\/5 answered/);
    expect(finished).toHaveTextContent('82/100');
    expect(within(running!).getAllByRole('link')[0]).toHaveAttribute('href', '/app/interviews/run-1');
    expect(running).toHaveTextContent('—');
    expect(running).not.toHaveTextContent('Acme');
    expect(within(running!).getAllByRole('link')).toHaveLength(2);
  });
});
