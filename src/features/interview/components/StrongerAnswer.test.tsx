import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StrongerAnswer } from './StrongerAnswer';

describe('StrongerAnswer', () => {
  it('shows the rewritten answer on request, its gaps marked as still missing', async () => {
    render(
      <StrongerAnswer text={'Situation: We migrated billing in two weeks.\nResult: [the outcome, with a number]\n[the lesson learned]'} />,
    );
    const summary = screen.getByText('Your answer, rewritten stronger');
    await userEvent.click(summary);
    expect(screen.getByText('Situation: We migrated billing in two weeks.')).toBeVisible();
    const gaps = document.querySelectorAll('mark');
    expect([...gaps].map((g) => g.textContent)).toEqual(['Still missing: the outcome, with a number', 'Still missing: the lesson learned']);
  });

  it('renders nothing without a rewrite (an invalid or off-topic answer)', () => {
    const { container } = render(<StrongerAnswer text={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
