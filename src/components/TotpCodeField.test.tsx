import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { isTotpCode, TotpCodeField, useTotpCodeEntry } from './TotpCodeField';

function Harness({ onCode }: { onCode: (code: string) => void }) {
  const entry = useTotpCodeEntry();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const code = entry.take();
        if (code) onCode(code);
      }}
    >
      <TotpCodeField entry={entry} label="Code" name="code" formatError="Enter the 6-digit code." />
      <button type="submit">Go</button>
    </form>
  );
}

describe('TotpCodeField', () => {
  it('accepts six digits only', () => {
    expect(isTotpCode(' 123456 ')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('12a456')).toBe(false);
  });

  it('hands over the trimmed code, or shows the format error and hands over nothing', async () => {
    const user = userEvent.setup();
    const onCode = vi.fn();
    render(<Harness onCode={onCode} />);
    const field = screen.getByLabelText('Code');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(field, '12x');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onCode).not.toHaveBeenCalled();
    expect(screen.getByText('Enter the 6-digit code.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '654321');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(onCode).toHaveBeenCalledWith('654321');
    expect(screen.queryByText('Enter the 6-digit code.')).not.toBeInTheDocument();
  });
});
