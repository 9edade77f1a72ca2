import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { evaluationSchema } from '../api/score-practice-answer';
import { FeedbackView } from './FeedbackView';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const evaluation = evaluationSchema.parse({
  score: 42,
  criteria: [{ name: 'Clarity', weight: 40, score: 55, rationale: '' }],
  strengths: [],
  key_points: [{ point: 'Names the trade-off', covered: false }],
  star: {
    situation: { found: true, evidence: 'At my last job' },
    task: { found: false },
    action: { found: false },
    result: { found: false },
  },
  validity: { valid: false, reason: 'too_short' },
});

describe('FeedbackView', () => {
  afterEach(() => setLanguage('en'));

  it('words the score, the validity warning and the sections in English', () => {
    render(<FeedbackView evaluation={evaluation} />);
    expect(screen.getByRole('heading', { name: 'Your feedback' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Score: 42 out of 100 (Needs work)' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'The answer was too short to evaluate properly. Try a fuller answer for a meaningful score.',
    );
    expect(screen.getByText('55/100 · weight 40%')).toBeInTheDocument();
    expect(screen.getByText('No clear strengths identified yet.')).toBeInTheDocument();
    expect(screen.getByText('Situation')).toBeInTheDocument();
    expect(screen.getAllByText('Not found in your answer.')).toHaveLength(3);
  });

  it('an unknown validity reason still explains that the answer was not fully evaluated', () => {
    render(<FeedbackView evaluation={{ ...evaluation, validity: { valid: false, reason: 'something_new' } }} />);
    expect(screen.getByRole('note')).toHaveTextContent('This answer could not be fully evaluated.');
  });

  it('is in German when the UI language is German, with the weight as a German percentage', async () => {
    await setLanguage('de');
    render(<FeedbackView evaluation={evaluation} />);
    expect(screen.getByRole('heading', { name: 'Dein Feedback' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Punktzahl: 42 von 100 (Ausbaufähig)' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Die Antwort war zu kurz, um sie sinnvoll zu bewerten.');
    expect(screen.getByText('55/100 · Gewichtung 40 %')).toBeInTheDocument();
    expect(screen.getByText('Aufgabe')).toBeInTheDocument();
  });
});
