import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { SupabaseModuleMock } from '@/test/supabase-mock';
import { makeAuth, renderWithProviders } from '@/test/render';
import type { PlanUsage } from '@/lib/plan-usage';
import { NewInterviewForm } from './NewInterviewForm';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const freePlan: Pick<PlanUsage, 'features' | 'interviews_limit' | 'interviews_remaining' | 'bonus_interviews'> & Record<string, unknown> = {
  plan_id: 'free',
  plan_name: 'Free',
  features: { voice: false },
  interviews_used: 2,
  interviews_limit: 3,
  interviews_remaining: 1,
  bonus_interviews: 0,
  period_end: null,
};

const setup = (props: Partial<Parameters<typeof NewInterviewForm>[0]> = {}) => {
  const onSubmit = vi.fn();
  renderWithProviders(
    <NewInterviewForm
      planUsage={freePlan}
      onSubmit={onSubmit}
      isSubmitting={false}
      submitLabel="Start interview"
      error={null}
      {...props}
    />,
    { auth: makeAuth('authenticated') },
  );
  return { onSubmit, user: userEvent.setup({ applyAccept: false }) };
};

describe('NewInterviewForm', () => {
  it('submits the configuration with tags and a custom role', async () => {
    const { onSubmit, user } = setup();
    await user.selectOptions(screen.getByLabelText('Job role'), 'Other (type your own)…');
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Type the role you are interviewing for.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your role')).toHaveFocus();

    await user.type(screen.getByLabelText('Your role'), 'Site Reliability Engineer');
    await user.type(screen.getByLabelText('Company (optional)'), 'Acme');
    await user.type(screen.getByRole('textbox', { name: 'Tech stack (optional)' }), 'Kubernetes{Enter}Go,');
    await user.click(screen.getByLabelText(/Coding/));
    await user.click(screen.getByLabelText('Hard'));
    await user.selectOptions(screen.getByLabelText('Number of questions'), '3');
    await user.click(screen.getByLabelText('All at the end, in the report'));
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    expect(onSubmit).toHaveBeenCalledWith({
      jobRole: 'Site Reliability Engineer',
      customRole: 'Site Reliability Engineer',
      company: 'Acme',
      interviewType: 'coding',
      difficulty: 'hard',
      techStack: ['Kubernetes', 'Go'],
      totalQuestions: 3,
      interactionMode: 'text',
      resume: null,
      jobDescription: null,
      feedbackTiming: 'deferred',
    });
  });

  it('offers voice only on plans that include it', () => {
    setup();
    expect(screen.getByLabelText(/Voice \(Pro\)/)).toBeDisabled();
    expect(screen.getByRole('link', { name: 'See plans' })).toHaveAttribute('href', '/pricing');
  });

  it('shows the quota error readably with an upgrade link', () => {
    const error = new UserFacingError(
      'Monthly interview limit reached: your Free plan includes 3 interviews per month and you have used 3.',
      {
        code: 'quota_exceeded',
        details: ['Upgrade to Pro for unlimited interviews.'],
      },
    );
    setup({ error });
    expect(screen.getByRole('alert')).toHaveTextContent('Monthly interview limit reached');
    expect(screen.getByRole('link', { name: 'See Pro plans' })).toHaveAttribute('href', '/pricing');
  });

  it('rejects unreadable uploads with a clear error', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText(/Choose resume file/), new File(['x'], 'photo.png', { type: 'image/png' }));
    expect(await screen.findByText(/isn't a supported file/)).toBeInTheDocument();
  });

  it('offers the resume kept on the profile: downloaded as its owner and read like a chosen file', async () => {
    const mock = supabase as unknown as SupabaseModuleMock['supabase'];
    mock.__query.maybeSingle.mockResolvedValueOnce({ data: { resume_filename: 'cv.txt', resume_url: 'u1/resume.txt' }, error: null });
    const text = 'Ada Lovelace. Senior engineer at Initech: led the payments platform in TypeScript and Postgres.';
    mock.__bucket.download.mockResolvedValueOnce({ data: new Blob([text], { type: 'text/plain' }), error: null });
    const { onSubmit, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use my saved resume (cv.txt)' }));
    expect(vi.mocked(supabase.storage.from)).toHaveBeenCalledWith('resumes');
    expect(mock.__bucket.download).toHaveBeenCalledWith('u1/resume.txt');
    expect(await screen.findByText('cv.txt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start interview' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ resume: { fileName: 'cv.txt', text } }));
  });

  it('says so when the saved resume cannot be opened, and the file can still be chosen', async () => {
    const mock = supabase as unknown as SupabaseModuleMock['supabase'];
    mock.__query.maybeSingle.mockResolvedValueOnce({ data: { resume_filename: 'cv.pdf', resume_url: 'u1/resume.pdf' }, error: null });
    mock.__bucket.download.mockResolvedValueOnce({ data: null, error: { message: 'Object not found' } });
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Use my saved resume (cv.pdf)' }));
    expect(await screen.findByText("We couldn't open your saved resume. Try again, or choose the file.")).toBeInTheDocument();
    expect(screen.getByLabelText(/Choose resume file/)).toBeEnabled();
  });

  it('offers no saved resume when the profile has none', async () => {
    setup();
    await screen.findByLabelText(/Choose resume file/);
    expect(screen.queryByRole('button', { name: /Use my saved resume/ })).toBeNull();
  });
});
